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

/// What gd shows for `text`, compiled as gd compiles --expr.
std::string shown(const std::string& text) {
  try {
    Objective::compile({text, {}, {}});
  } catch (const ExpressionError& error) {
    return render_expression_error(text, error);
  }
  ADD_FAILURE() << "no error for " << text;
  return "";
}

TEST(ExpressionErrors, HintAtCertainSlipsKeepingTheColumn) {
  EXPECT_EQ(shown("x**2"),
            "gd: error: --expr: unexpected operator \"*\" at column 3; powers are written ^, as "
            "in x^2\n"
            "  x**2\n"
            "    ^\n");
  EXPECT_EQ(shown("|x|"),
            "gd: error: --expr: unexpected token \"|x|\" at column 1; write abs(x) for |x|\n"
            "  |x|\n"
            "  ^\n");
  EXPECT_EQ(shown("2x").substr(0, shown("2x").find('\n')),
            "gd: error: --expr: unexpected variable \"x\" at column 2; multiplication is "
            "written *, as in 2*x");
}

TEST(ExpressionErrors, HintTheFunctionsMuParserHas) {
  const std::pair<const char*, const char*> slips[] = {
      {"math.sin(x)", "; write sin(...), not math.sin(...)\n"},
      {"np.exp(x)+1", "; write exp(...), not np.exp(...)\n"},
      {"pow(x, 2)",
       "unknown function \"pow\" at column 1; powers are written ^: pow(a, b) is a^b\n"},
      {"log(x, 10)",
       "; log and ln are the natural logarithm, of one value; log10(x) and log2(x) "
       "are to base 10 and 2\n"},
      {"lg(x)", "; the logarithms are log10(x), log2(x), and log(x) or ln(x) (natural)\n"},
      {"arctan(x)", "; write atan, as in atan(x)\n"}};
  for (const auto& [text, hint] : slips) {
    const std::string lines = shown(text);
    EXPECT_NE(lines.find(hint), std::string::npos) << lines;
    EXPECT_NE(lines.find(" at column "), std::string::npos) << lines;
  }
}

TEST(ExpressionErrors, NoHintWhereTheSlipIsNotCertain) {
  for (const char* text : {"x+*2", "foo(x)", "(x", "x %2", "x||", "2+"}) {
    const std::string lines = shown(text);
    EXPECT_EQ(lines.find(';'), std::string::npos) << lines;
  }
  // A --define error is not the expression's: no hint from its text.
  EXPECT_EQ(render_expression_error("x**2", ExpressionError("--define: \"1a\" is not a name")),
            "gd: error: --define: \"1a\" is not a name\n");
}

}  // namespace
}  // namespace gd
