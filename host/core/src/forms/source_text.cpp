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
    // Walk the start tag attribute by attribute, so that a '>' or a name inside a quoted
    // value is never taken for the end of the tag or for an attribute.
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t pos = std::size_t(elementOffset);
    while (pos < m_text.size() && !isSpace(m_text[pos]) && m_text[pos] != '>' && m_text[pos] != '/')
        ++pos;   // the element name
    while (pos < m_text.size()) {
        while (pos < m_text.size() && isSpace(m_text[pos]))
            ++pos;
        if (pos >= m_text.size() || m_text[pos] == '>' || m_text[pos] == '/')
            break;
        const std::size_t nameStart = pos;
        while (pos < m_text.size() && !isSpace(m_text[pos]) && m_text[pos] != '=' && m_text[pos] != '>')
            ++pos;
        const std::string_view attributeName = m_text.substr(nameStart, pos - nameStart);
        while (pos < m_text.size() && isSpace(m_text[pos]))
            ++pos;
        if (pos >= m_text.size() || m_text[pos] != '=')
            break;
        ++pos;
        while (pos < m_text.size() && isSpace(m_text[pos]))
            ++pos;
        if (pos >= m_text.size() || (m_text[pos] != '"' && m_text[pos] != '\''))
            break;
        const std::size_t close = m_text.find(m_text[pos], pos + 1);
        if (close == std::string_view::npos)
            break;
        if (attributeName == name)
            return at(std::ptrdiff_t(nameStart));
        pos = close + 1;
    }
    return at(elementOffset - 1);
}

} // namespace parity::forms
