#include "forms/source_text.h"

#include <algorithm>

namespace parity::forms {

SourceText::SourceText(std::string_view text, std::string fileName) : m_text(text), m_fileName(std::move(fileName)) {
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            m_lineStarts.push_back(i + 1);
}

SourceLocation SourceText::at(std::ptrdiff_t offset) const {
    if (offset < 0)
        return {m_fileName, 0, 0};
    const std::size_t pos = std::min<std::size_t>(std::size_t(offset), m_text.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
    const std::size_t lineStart = *(next - 1);
    int column = 1;
    for (std::size_t i = lineStart; i < pos; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)   // skip UTF-8 continuation bytes
            ++column;
    return {m_fileName, int(next - m_lineStarts.begin()), column};
}

SourceLocation SourceText::attribute(std::ptrdiff_t elementOffset, std::string_view name) const {
    if (elementOffset < 0)
        return {m_fileName, 0, 0};
    const std::size_t end = m_text.find('>', std::size_t(elementOffset));
    std::size_t pos = std::size_t(elementOffset);
    while ((pos = m_text.find(name, pos)) != std::string_view::npos && pos < end) {
        const bool startsWord = pos > 0 && (m_text[pos - 1] == ' ' || m_text[pos - 1] == '\n' ||
                                            m_text[pos - 1] == '\t' || m_text[pos - 1] == '\r');
        std::size_t after = pos + name.size();
        while (after < m_text.size() && (m_text[after] == ' ' || m_text[after] == '\t' || m_text[after] == '\n'))
            ++after;
        if (startsWord && after < m_text.size() && m_text[after] == '=')
            return at(std::ptrdiff_t(pos));
        pos += name.size();
    }
    return at(elementOffset - 1);
}

} // namespace parity::forms
