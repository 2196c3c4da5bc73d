#include "core/objective.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>
#include <string>
#include <vector>

#include "problems.h"

namespace gd {
namespace {

Objective compile(const std::string& text, std::vector<std::string> order = {},
                  std::vector<std::pair<std::string, double>> constants = {}) {
  return Objective::compile({text, std::move(order), std::move(constants)});
}

/// The error compile() throws for `text`; fails the test if none.
ExpressionError refusal(const std::string& text, std::vector<std::string> order = {},
                        std::vector<std::pair<std::string, double>> constants = {}) {
  try {
    compile(text, std::move(order), std::move(constants));
  } catch (const ExpressionError& error) {
    return error;
  }
  ADD_FAILURE() << "accepted: " << text;
  return ExpressionError("accepted");
}

TEST(Objective, FindsVariablesInNaturalOrder) {
  EXPECT_EQ(compile("x10+x2+x1").variables(), (std::vector<std::string>{"x1", "x2", "x10"}));
  EXPECT_EQ(compile("y*b+a").variables(), (std::vector<std::string>{"a", "b", "y"}));
  EXPECT_EQ(compile("sin(t)+_pi*_e").variables(), (std::vector<std::string>{"t"}));
}

TEST(Objective, VarsOptionSetsTheOrder) {
  EXPECT_EQ(compile("x+y", {"y", "x"}).variables(), (std::vector<std::string>{"y", "x"}));
}

TEST(Objective, VarsOptionMustMatchTheExpression) {
  EXPECT_NE(std::string(refusal("x+y", {"x"}).what()).find("\"y\""), std::string::npos);
  EXPECT_NE(std::string(refusal("x+y", {"x", "y", "z"}).what()).find("\"z\""), std::string::npos);
  EXPECT_NE(std::string(refusal("x+y", {"x", "y", "x"}).what()).find("twice"), std::string::npos);
}

TEST(Objective, EvaluatesAtItsPoint) {
  Objective f = compile("x1^2+3*x2");
  f.set_point({2.0, 5.0});
  EXPECT_EQ(f.value(), 19.0);
  f.point()[0] = -1.0;
  EXPECT_EQ(f.value(), 16.0);
  EXPECT_EQ(f.evaluations(), 2u);
}

TEST(Objective, SetPointCopiesIntoTheBoundBuffer) {
  // muParser holds pointers into the point: it must never move, even when
  // the Objective does.
  Objective f = compile("x*10+y");
  Objective moved = std::move(f);
  std::vector<double> start{1.0, 2.0};
  moved.set_point(start);
  EXPECT_EQ(moved.value(), 12.0);
  EXPECT_THROW(moved.set_point({1.0}), std::invalid_argument);
}

TEST(Objective, LeadingMinusIsNegation) {
  Objective f = compile("-x1^2+1");
  f.set_point({3.0});
  EXPECT_EQ(f.value(), -8.0);  // muParser: unary minus binds looser than ^
}

TEST(Objective, PiIsTheFullDouble) {
  Objective f = compile("x*0+_pi");
  EXPECT_EQ(f.value(), 3.141592653589793);
  EXPECT_EQ(f.value(), std::acos(-1.0));
}

TEST(Objective, EIsMuParsersValue) {
  Objective f = compile("x*0+_e");
  EXPECT_EQ(f.value(), std::exp(1.0));
}

TEST(Objective, PiAndEAreTheConstants) {
  EXPECT_EQ(compile("sin(pi*x)+e").variables(), (std::vector<std::string>{"x"}));
  Objective f = compile("x*0+pi");
  EXPECT_EQ(f.value(), 3.141592653589793);
  Objective g = compile("x*0+e");
  EXPECT_EQ(g.value(), 2.718281828459045);
}

TEST(Objective, PiAndEAreVariablesWhenVarsNamesThem) {
  Objective f = compile("pi*x+e", {"x", "pi", "e"});
  EXPECT_EQ(f.variables(), (std::vector<std::string>{"x", "pi", "e"}));
  f.set_point({2.0, 3.0, 5.0});
  EXPECT_EQ(f.value(), 11.0);
  // --vars naming one leaves the other a constant.
  EXPECT_EQ(compile("pi*x+0*e", {"pi", "x"}).variables(), (std::vector<std::string>{"pi", "x"}));
}

TEST(Objective, DefineWinsOverPiAndE) {
  Objective f = compile("pi*x+e", {}, {{"pi", 3.0}, {"e", 2.0}});
  EXPECT_EQ(f.variables(), (std::vector<std::string>{"x"}));
  f.set_point({1.0});
  EXPECT_EQ(f.value(), 5.0);
}

TEST(Objective, DefinesAreConstantsNotVariables) {
  Objective f = compile("a*x^2+b", {}, {{"a", 2.5}, {"b", -1.0}});
  EXPECT_EQ(f.variables(), (std::vector<std::string>{"x"}));
  f.set_point({2.0});
  EXPECT_EQ(f.value(), 9.0);
}

TEST(Objective, DefinesMustBeNewNames) {
  EXPECT_NE(std::string(refusal("x", {}, {{"sin", 1}}).what()).find("function"), std::string::npos);
  EXPECT_NE(std::string(refusal("x", {}, {{"_pi", 3}}).what()).find("constant"), std::string::npos);
  EXPECT_NE(std::string(refusal("x", {}, {{"a", 1}, {"a", 2}}).what()).find("twice"),
            std::string::npos);
  EXPECT_NE(std::string(refusal("x", {}, {{"2a", 1}}).what()).find("not a name"),
            std::string::npos);
  // muParser throws on names over 100 characters; gd says so first.
  EXPECT_NE(std::string(refusal("x", {}, {{std::string(101, 'v'), 1}}).what()).find("at most 100"),
            std::string::npos);
  EXPECT_NO_THROW(compile("x+" + std::string(100, 'v'), {}, {{std::string(100, 'v'), 1}}));
}

struct Rejection {
  std::string text;
  std::string says;                     // part of the message
  std::optional<std::size_t> position;  // byte offset, when there is one
};

void PrintTo(const Rejection& r, std::ostream* out) { *out << '"' << r.text << '"'; }

class Rejects : public testing::TestWithParam<Rejection> {};

TEST_P(Rejects, WithAMessageAndPosition) {
  const Rejection& r = GetParam();
  ExpressionError error = refusal(r.text);
  EXPECT_NE(std::string(error.what()).find(r.says), std::string::npos) << error.what();
  EXPECT_EQ(error.position(), r.position) << error.what();
}

INSTANTIATE_TEST_SUITE_P(
    Expressions, Rejects,
    testing::Values(
        Rejection{"x1+*2", "unexpected operator \"*\"", 3},
        Rejection{"(x1", "missing parenthesis", 3},  // muParser says 4: clamped to the end
        Rejection{"x1)", "unexpected parenthesis", 2},
        Rejection{"foo(x)", "unknown function \"foo\"", 0},
        Rejection{"x + bar (x)", "unknown function \"bar\"", 4},
        Rejection{"x1=5", "assignment \"=\"", 2}, Rejection{"x1+=1", "assignment \"+=\"", 2},
        Rejection{"x1*=2", "assignment \"*=\"", 2}, Rejection{"x1,x2", "2 results", 2},
        Rejection{"min(x1,x2),x3", "2 results", 10}, Rejection{"3+4", "no variables", std::nullopt},
        Rejection{"_pi", "no variables", std::nullopt}, Rejection{"", "empty", std::nullopt},
        Rejection{"   ", "empty", std::nullopt},
        Rejection{"x1+\x01x2", "control character 0x01", 3},
        Rejection{"x1\t+x2", "control character 0x09", 2},
        Rejection{"x\x7f", "control character 0x7f", 1}, Rejection{"x\xc3\xa9", "non-ASCII", 1},
        Rejection{"1e400*x", "\"1e400\" is not a valid number", 0},
        Rejection{"x*1e", "\"1e\" is not a valid number", 2},
        Rejection{"sin+x", "\"sin\" is a function; call it as sin(...)", 0},
        Rejection{"sinx+sin", "\"sin\" is a function", 5},
        Rejection{"-", "incomplete or malformed expression", 1},
        Rejection{";y", "unexpected token \";y\"", 0},  // not ";y " (muParser's own space)
        Rejection{"sin(x", "missing parenthesis", 5}, Rejection{"x^", "unexpected end", 2},
        Rejection{"x ? 1", "else clause", std::nullopt}));

TEST(Objective, NamesNoTokenWhereMuParserNamesTheWrongOne) {
  // muParser says "-" for the "*" at offset 2.
  ExpressionError error = refusal("+-*/ x");
  EXPECT_STREQ(error.what(), "--expr: unexpected operator");
  EXPECT_EQ(error.position(), 2u);
  // Elsewhere muParser points past the name it rightly gives: it stays.
  EXPECT_NE(std::string(refusal("sin(x,y)").what()).find("\"sin\""), std::string::npos)
      << refusal("sin(x,y)").what();
}

TEST(Objective, ComparisonsAreNotAssignments) {
  EXPECT_NO_THROW(compile("(x==1)+(x<=2)+(x>=3)+(x!=4)"));
}

TEST(Objective, RejectsExpressionsOverMuParsersLimit) {
  std::string text = "x";
  while (text.size() <= kMaxExpressionLength) text += "+x";
  ExpressionError error = refusal(text);
  EXPECT_NE(std::string(error.what()).find("19999"), std::string::npos);
  // Up to the limit is accepted.
  std::string longest = "x" + std::string(kMaxExpressionLength - 3, ' ') + "+x";
  ASSERT_EQ(longest.size(), kMaxExpressionLength - 0);
  EXPECT_NO_THROW(compile(longest));
}

TEST(TestProblems, TheirCodeIsTheirExpressionToTheBit) {
  using namespace problems;
  for (const Problem& problem : {kRosenbrock, kHimmelblau, kBooth, kBeale}) {
    Objective f = Objective::compile({problem.expression, {}, {}});
    for (const auto& [x, y] : {std::pair{-1.2, 1.0}, std::pair{0.3, -2.5}, std::pair{4.0, 0.7}}) {
      f.set_point({x, y});
      EXPECT_EQ(f.value(), problem.f(x, y)) << problem.name << " at " << x << ", " << y;
    }
    EXPECT_EQ(problem.f(problem.x, problem.y), 0.0) << problem.name;  // the minimum
  }
}

}  // namespace
}  // namespace gd
