#include "output/expression_error.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/objective.h"
#include "output/expression_hints.h"

namespace gd {
namespace {

constexpr std::size_t kExcerptWidth = 72;  // characters of expression shown around the caret

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// One printable column per character: control characters show as '?'.
std::string printable(const std::string& text) {
  std::string shown = text;
  for (char& c : shown) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) c = '?';
  }
  return shown;
}

/// Moves `offset` back to the start of its UTF-8 character.
std::size_t character_start(const std::string& text, std::size_t offset) {
  while (offset > 0 && offset < text.size() && is_continuation(text[offset])) --offset;
  return offset;
}

}  // namespace

std::size_t column_of(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset; ++i)
    if (!is_continuation(text[i])) ++column;
  return column;
}

std::string render_expression_error(const std::string& expression, const ExpressionError& error) {
  std::string hint = expression_hint(expression, error);
  if (!hint.empty()) hint = "; " + hint;
  if (!error.position()) return fmt::format("gd: error: {}{}\n", error.what(), hint);
  std::size_t offset = std::min(*error.position(), expression.size());
  std::string line = fmt::format("gd: error: {} at column {}{}\n", error.what(),
                                 column_of(expression, offset), hint);

  // A window of the expression around the error, so long input stays readable.
  std::size_t begin = 0, end = expression.size();
  std::string prefix, suffix;
  if (expression.size() > kExcerptWidth) {
    begin =
        character_start(expression, offset > kExcerptWidth / 2 ? offset - kExcerptWidth / 2 : 0);
    end = character_start(expression, std::min(expression.size(), begin + kExcerptWidth));
    if (begin > 0) prefix = "...";
    if (end < expression.size()) suffix = "...";
  }
  std::string excerpt = printable(expression.substr(begin, end - begin));
  std::size_t caret_column = prefix.size() + column_of(excerpt, offset - begin);
  return line + fmt::format("  {}{}{}\n  {}^\n", prefix, excerpt, suffix,
                            std::string(caret_column - 1, ' '));
}

}  // namespace gd
