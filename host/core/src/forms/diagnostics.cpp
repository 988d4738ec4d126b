#include "forms/diagnostics.h"

namespace parity::forms {

std::string SourceLocation::toString() const {
    if (line == 0)
        return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Diagnostic::toString() const { return where.toString() + ": " + message; }

void Diagnostics::error(const SourceLocation& where, std::string message) {
    m_items.push_back({where, std::move(message)});
}

std::string Diagnostics::toString() const {
    std::string text;
    for (const Diagnostic& d : m_items)
        text += d.toString() + "\n";
    return text;
}

} // namespace parity::forms
