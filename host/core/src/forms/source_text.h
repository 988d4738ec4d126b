// Maps byte offsets in a form's XML text to line and column for messages.
#pragma once

#include "forms/diagnostics.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parity::forms {

class SourceText {
public:
    SourceText(std::string_view text, std::string fileName);
    /// Line and column (both 1-based; the column counts characters, not bytes).
    SourceLocation at(std::ptrdiff_t offset) const;
    /// The location of attribute `name` of the element whose name starts at `elementOffset`.
    SourceLocation attribute(std::ptrdiff_t elementOffset, std::string_view name) const;
    const std::string& fileName() const { return m_fileName; }

private:
    std::string_view m_text;
    std::string m_fileName;
    std::vector<std::size_t> m_lineStarts;
};

} // namespace parity::forms
