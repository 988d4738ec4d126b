// RecordService and Database opened read-only (StoreLocation::readOnly): everything that
// only reads works, every change and every logged view is refused before anything is
// tried, and nothing is created beside the database. (The operating system's read-only —
// file modes, a non-root user — is in tests/integration/faults.)
#include "store_fixture.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace fs = std::filesystem;
using parity::store::StoreError;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> listing(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// Expects `change` to throw the read-only refusal.
template <typename Change>
void requireRefusedAsReadOnly(Change&& change) {
    try {
        change();
        BOOST_ERROR("a read-only store made a change");
    } catch (const StoreError& e) {
        BOOST_TEST(e.isReadOnly(), e.what());
        BOOST_TEST(contains(e.what(), "is open read-only here; nothing was saved"), e.what());
    }
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(ReadOnlyStore, parity::test::StoreFixture)

BOOST_AUTO_TEST_CASE(a_read_only_service_reads_everything_and_changes_nothing) {
    const auto answers = example("core.consent");
    const std::int64_t first = service->submit("core.consent", answers, "clerk");
    service->submit("core.consent", answers, "clerk");
    service.reset();   // closed: no -wal or -shm left
    const auto before = listing(dir.path());
    const auto bytes = [&] {
        std::ifstream in(dir / "parity.db", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    const std::string dbBefore = bytes();

    auto location = this->location();
    location.readOnly = true;
    parity::records::RecordService readOnly(location, catalog);
    BOOST_TEST(readOnly.database().isReadOnly());
    BOOST_TEST(readOnly.list().size() == 2u);
    BOOST_TEST(readOnly.load(first).current()->answers["client_id"] == "C-20431");
    const auto report = readOnly.auditTrail().verify();
    BOOST_TEST(report.ok, report.problem);
    BOOST_TEST(report.entries == 2);
    BOOST_TEST(report.checkpointSeq.value_or(-1) == 2);

    requireRefusedAsReadOnly([&] { readOnly.submit("core.consent", answers, "clerk"); });
    requireRefusedAsReadOnly([&] { readOnly.sign(first, "supervisor"); });
    requireRefusedAsReadOnly([&] { readOnly.view(first, "auditor"); });   // a view must be logged
    // Even a statement that goes around the service is stopped by SQLite (query_only).
    BOOST_CHECK_THROW(readOnly.database().execute("DELETE FROM records WHERE status = 'draft'"), StoreError);

    BOOST_TEST(listing(dir.path()) == before);   // no -wal, -shm, lock or key made
    BOOST_TEST((bytes() == dbBefore));
}

BOOST_AUTO_TEST_CASE(read_only_needs_an_existing_parity_database) {
    service.reset();
    auto location = this->location();
    location.readOnly = true;
    location.database = dir / "missing.db";
    try {
        parity::records::RecordService readOnly(location, catalog);
        BOOST_ERROR("a missing database opened read-only");
    } catch (const StoreError& e) {
        BOOST_TEST(contains(e.what(), "there is no database at"), e.what());
    }
    BOOST_TEST(!fs::exists(location.database));

    location.database = dir / "empty.db";
    { std::ofstream(location.database) << ""; }
    try {
        parity::records::RecordService readOnly(location, catalog);
        BOOST_ERROR("an empty file opened as a Parity database");
    } catch (const StoreError& e) {
        BOOST_TEST(contains(e.what(), "is not a Parity database"), e.what());
    }
}

BOOST_AUTO_TEST_SUITE_END()
