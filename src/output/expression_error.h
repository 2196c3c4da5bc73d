#pragma once

#include <cstddef>
#include <string>

namespace gd {

class ExpressionError;

/// "gd: error: MESSAGE" and, when the error has a position, " at column N"
/// followed by the expression (or a window of it) and a caret under it.
/// Every line ends with '\n'.
std::string render_expression_error(const std::string& expression, const ExpressionError& error);

/// The 1-based terminal column of byte `offset` (UTF-8 continuation bytes
/// take no column).
std::size_t column_of(const std::string& text, std::size_t offset);

}  // namespace gd
