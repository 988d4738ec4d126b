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

} // namespace

std::string canonicalEncoding(const AuditEntry& e) {
    std::string out;
    out.reserve(64 + e.at.size() + e.actor.size() + e.changes.size() + e.reason.size() + e.details.size() +
                e.prevHash.size());
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
    return out;
}

std::string entryHash(const AuditEntry& entry) {
    Sha256 hash;
    hash.update(entry.prevHash);
    hash.update(canonicalEncoding(entry));
    return hash.hexDigest();
}

} // namespace parity::audit
