// std::regex matches by recursion, one level per character: a long enough input (a
// clerk pasting a document into a phone field, a hostile form file) overflows the
// stack. Every regex on outside text goes through here, with a length it may not exceed.
#pragma once

#include <regex>
#include <string_view>

namespace parity {

/// The longest text any pattern is run on (form patterns, matches()).
inline constexpr std::size_t kMaxPatternInput = 4096;

/// regex_match, false for text longer than `maxLength`.
inline bool boundedMatch(std::string_view text, const std::regex& pattern, std::size_t maxLength) {
    return text.size() <= maxLength && std::regex_match(text.begin(), text.end(), pattern);
}

} // namespace parity
