#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace gd {

/// The most a file or stdin may hold for --expr, comments included.
constexpr std::size_t kMaxExpressionSourceBytes = 1 << 20;

/// The expression --expr names: the text itself; @FILE, that file's text;
/// "-", standard input's. Text from a file or stdin loses its comments (from
/// "#" to the end of a line) and has its newlines turned into spaces.
/// Nothing, with `error` set (one line, no "gd: error:" prefix), when the
/// text cannot be read, is over kMaxExpressionSourceBytes, or holds a NUL
/// byte.
std::optional<std::string> expression_text(const std::string& value, std::string& error);

/// `text` without "#" comments, with newlines as spaces.
std::string strip_comments(const std::string& text);

}  // namespace gd
