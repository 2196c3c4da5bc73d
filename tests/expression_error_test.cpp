#include "output/expression_error.h"

#include <gtest/gtest.h>

#include <string>

#include "core/objective.h"

namespace gd {
namespace {

TEST(ExpressionErrors, PutACaretUnderThePosition) {
  EXPECT_EQ(render_expression_error("x1+*2", ExpressionError("--expr: unexpected operator", 3)),
            "gd: error: --expr: unexpected operator at column 4\n"
            "  x1+*2\n"
            "     ^\n");
}

TEST(ExpressionErrors, ClampAPositionPastTheEnd) {
  EXPECT_EQ(render_expression_error("(x1", ExpressionError("--expr: missing parenthesis", 9)),
            "gd: error: --expr: missing parenthesis at column 4\n"
            "  (x1\n"
            "     ^\n");
}

TEST(ExpressionErrors, WithoutAPositionAreOneLine) {
  EXPECT_EQ(render_expression_error("3", ExpressionError("--expr: no variables")),
            "gd: error: --expr: no variables\n");
}

TEST(ExpressionErrors, CountColumnsInCharactersNotBytes) {
  EXPECT_EQ(column_of("\xc3\xa9+x", 2), 2u);  // after "é" (two bytes)
  EXPECT_EQ(render_expression_error("\xc3\xa9+*", ExpressionError("--expr: bad", 3)),
            "gd: error: --expr: bad at column 3\n"
            "  \xc3\xa9+*\n"
            "    ^\n");
}

TEST(ExpressionErrors, ShowControlCharactersAsQuestionMarks) {
  EXPECT_EQ(render_expression_error("x\x01y", ExpressionError("--expr: control character", 1)),
            "gd: error: --expr: control character at column 2\n"
            "  x?y\n"
            "   ^\n");
}

TEST(ExpressionErrors, ShowAWindowOfLongExpressions) {
  std::string text(300, 'x');
  text[200] = '*';
  std::string shown = render_expression_error(text, ExpressionError("--expr: here", 200));
  auto first_break = shown.find('\n');
  auto second_break = shown.find('\n', first_break + 1);
  std::string excerpt = shown.substr(first_break + 1, second_break - first_break - 1);
  std::string caret = shown.substr(second_break + 1);
  EXPECT_LT(excerpt.size(), 90u);
  EXPECT_EQ(excerpt.substr(0, 5), "  ...");
  EXPECT_EQ(excerpt.substr(excerpt.size() - 3), "...");
  ASSERT_EQ(caret.back(), '\n');
  EXPECT_EQ(excerpt[caret.size() - 2], '*');  // the caret's column holds the '*'
  EXPECT_EQ(caret[caret.size() - 2], '^');
}

}  // namespace
}  // namespace gd
