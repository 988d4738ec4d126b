#include "common/utf8.h"

namespace parity {

namespace {

/// Length of the well-formed sequence starting at `pos`, or 0 when it is malformed.
/// The ranges are those of the Unicode standard's table of well-formed byte sequences.
std::size_t sequenceLength(std::string_view text, std::size_t pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char secondMin = 0x80, secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0;   // overlong
        if (lead == 0xED)
            secondMax = 0x9F;   // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90;   // overlong
        if (lead == 0xF4)
            secondMax = 0x8F;   // past U+10FFFF
    } else
        return 0;
    if (pos + length > text.size())
        return 0;
    if (byte(pos + 1) < secondMin || byte(pos + 1) > secondMax)
        return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(pos + i) < 0x80 || byte(pos + i) > 0xBF)
            return 0;
    return length;
}

} // namespace

std::size_t firstInvalidUtf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = sequenceLength(text, pos);
        if (length == 0)
            return pos;
        pos += length;
    }
    return std::string_view::npos;
}

std::string repairedUtf8(std::string_view text) {
    std::size_t bad = firstInvalidUtf8(text);
    if (bad == std::string_view::npos)
        return std::string(text);
    std::string out(text.substr(0, bad));
    for (std::size_t pos = bad; pos < text.size();) {
        const std::size_t length = sequenceLength(text, pos);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++pos;   // one replacement per malformed byte: simple, and never swallows a good one
            continue;
        }
        out.append(text.substr(pos, length));
        pos += length;
    }
    return out;
}

} // namespace parity
