// The canonical encoding that the chain hashes: unambiguous and stable.
#include "audit/audit_entry.h"

#include <boost/test/unit_test.hpp>

using parity::audit::AuditEntry;

BOOST_AUTO_TEST_SUITE(AuditEncoding)

BOOST_AUTO_TEST_CASE(encoding_is_length_prefixed_in_a_fixed_order) {
    AuditEntry e;
    e.seq = 7;
    e.at = "2026-11-23T10:00:00.000000Z";
    e.actor = "alice";
    e.action = "signed";
    e.recordId = 3;
    e.formId = "core.consent";
    e.version = 2;
    BOOST_TEST(parity::audit::canonicalEncoding(e) ==
               "parity-audit-1;1:727:2026-11-23T10:00:00.000000Z5:alice6:signed1:312:core.consent1:22:[]0:0:");
}

BOOST_AUTO_TEST_CASE(fields_cannot_bleed_into_each_other) {
    AuditEntry a, b;
    a.actor = "al";
    a.action = "ice";
    b.actor = "ali";
    b.action = "ce";
    BOOST_TEST(parity::audit::canonicalEncoding(a) != parity::audit::canonicalEncoding(b));
    AuditEntry none, zero;
    zero.recordId = 0;
    BOOST_TEST(parity::audit::canonicalEncoding(none) != parity::audit::canonicalEncoding(zero));
}

BOOST_AUTO_TEST_CASE(hash_chains_on_the_previous_hash) {
    AuditEntry e;
    e.seq = 1;
    e.prevHash = parity::audit::kGenesisHash;
    const std::string first = parity::audit::entryHash(e);
    BOOST_TEST(first.size() == 64u);
    e.prevHash = std::string(64, '1');
    BOOST_TEST(parity::audit::entryHash(e) != first);
    // Computed outside Parity (Python hashlib): SHA-256 of 64 zeros followed by
    // "parity-audit-1;1:10:0:0:1:-0:1:-2:[]0:0:". Pins the algorithm: changing it
    // would make every stored trail fail to verify.
    BOOST_TEST(parity::audit::canonicalEncoding(e) == "parity-audit-1;1:10:0:0:1:-0:1:-2:[]0:0:");
    BOOST_TEST(first == "b9601a768d93525af7e5040a58b15a75e35b415d9805c0f16dd33c81e3782ee2");
}

BOOST_AUTO_TEST_SUITE_END()
