// Problems found in a form definition, each at a place in a file.
#pragma once

#include <string>
#include <vector>

namespace parity::forms {

struct SourceLocation {
    std::string file;
    int line = 0;     ///< 1-based; 0 when unknown
    int column = 0;   ///< 1-based, in characters
    std::string toString() const;   ///< "file:line:col"
};

struct Diagnostic {
    SourceLocation where;
    std::string message;
    std::string toString() const;   ///< "file:line:col: message"
};

/// Collects every problem instead of stopping at the first: a plugin developer fixes
/// them all in one round.
class Diagnostics {
public:
    void error(const SourceLocation& where, std::string message);
    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    const std::vector<Diagnostic>& items() const { return m_items; }
    /// All messages, one per line.
    std::string toString() const;

private:
    std::vector<Diagnostic> m_items;
};

} // namespace parity::forms
