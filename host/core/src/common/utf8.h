// UTF-8 checks. Everything Parity stores, hashes or prints as JSON is UTF-8; bytes that
// are not must be caught where they enter (a form file) or repaired where they are made
// (an XPath string function cuts text by bytes, so it can split a character in two).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace parity {

/// Offset of the first byte that does not belong to a well-formed UTF-8 sequence
/// (overlong forms, surrogates and code points past U+10FFFF count as malformed),
/// or std::string_view::npos when the whole text is UTF-8.
std::size_t firstInvalidUtf8(std::string_view text);

/// `text` with each malformed sequence replaced by U+FFFD, the replacement character.
/// Well-formed text comes back unchanged.
std::string repairedUtf8(std::string_view text);

} // namespace parity
