#include "audit/audit_entry.h"

#include "audit/crypto.h"

namespace parity::audit {
namespace {

void field(std::string& out, std::string_view value) {
    out += std::to_string(value.size());
    out += ':';
    out += value;
}

void field(std::string& out, const std::optional<std::int64_t>& value) {
    // "-" for none cannot be mistaken for a number.
    field(out, value ? std::string_view(std::to_string(*value)) : std::string_view("-"));
}

/// Appends the canonical encoding of `e` to `out`.
void appendCanonicalEncoding(std::string& out, const AuditEntryView& e) {
    out += "parity-audit-1;";
    field(out, std::to_string(e.seq));
    field(out, e.at);
    field(out, e.actor);
    field(out, e.action);
    field(out, e.recordId);
    field(out, e.formId);
    field(out, e.version);
    field(out, e.changes);
    field(out, e.reason);
    field(out, e.details);
}

} // namespace

AuditEntryView::AuditEntryView(const AuditEntry& e)
    : seq(e.seq), at(e.at), actor(e.actor), action(e.action), recordId(e.recordId), formId(e.formId),
      version(e.version), changes(e.changes), reason(e.reason), details(e.details), prevHash(e.prevHash),
      hash(e.hash) {}

std::string canonicalEncoding(const AuditEntry& e) {
    std::string out;
    out.reserve(64 + e.at.size() + e.actor.size() + e.changes.size() + e.reason.size() + e.details.size() +
                e.prevHash.size());
    appendCanonicalEncoding(out, AuditEntryView(e));
    return out;
}

std::string entryHash(const AuditEntryView& entry) {
    // One buffer per thread, kept between calls: hashing a long trail allocates nothing
    // per entry.
    thread_local std::string encoding;
    encoding.clear();
    appendCanonicalEncoding(encoding, entry);
    Sha256 hash;
    hash.update(entry.prevHash);
    hash.update(encoding);
    return hash.hexDigest();
}

std::string entryHash(const AuditEntry& entry) { return entryHash(AuditEntryView(entry)); }

} // namespace parity::audit
