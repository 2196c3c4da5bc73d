#include "core/gradient.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "core/objective.h"
#include "problems.h"

namespace gd {
namespace {

Objective compile(const std::string& text) { return Objective::compile({text, {}, {}}); }

/// The book's central difference with step h (gd's default scheme).
std::size_t central_difference(Objective& f, double h, std::vector<double>& g) {
  return difference_gradient(f, 0.0, {Scheme::central, h, false}, g);  // f(x) unused
}

/// |g - exp(1)| of a scheme's derivative of exp at x = 1 with step h.
double scheme_error(Scheme scheme, double h) {
  Objective f = compile("exp(x)");
  f.set_point({1.0});
  std::vector<double> g;
  difference_gradient(f, f.value(), {scheme, h, false}, g);
  return std::fabs(g[0] - std::exp(1.0));
}

TEST(Schemes, HalvingHShrinksTheErrorByTheirOrder) {
  // Truncation errors ~ h (one-sided), h^2 (central), h^4 (five-point):
  // halving h divides them by ~2, ~4, ~16 while rounding stays far below.
  const struct {
    Scheme scheme;
    double h, ratio;
  } cases[] = {{Scheme::forward, 1e-3, 2},
               {Scheme::backward, 1e-3, 2},
               {Scheme::central, 1e-2, 4},
               {Scheme::five_point, 1e-1, 16}};
  for (const auto& c : cases) {
    const double ratio = scheme_error(c.scheme, c.h) / scheme_error(c.scheme, c.h / 2);
    EXPECT_NEAR(ratio, c.ratio, c.ratio * 0.05) << static_cast<int>(c.scheme);
  }
  // And the orders rank the schemes at the same h.
  EXPECT_LT(scheme_error(Scheme::central, 1e-3), scheme_error(Scheme::forward, 1e-3) / 100);
  EXPECT_LT(scheme_error(Scheme::five_point, 1e-2), scheme_error(Scheme::central, 1e-2) / 100);
}

TEST(Schemes, OneSidedSchemesUseFAtX) {
  Objective f = compile("x^2");
  f.set_point({3.0});
  std::vector<double> g;
  // With a made-up f(x), the one-sided differences show they used it.
  difference_gradient(f, 0.0, {Scheme::forward, 0.5, false}, g);
  EXPECT_DOUBLE_EQ(g[0], (3.5 * 3.5 - 0.0) / 0.5);
  difference_gradient(f, 0.0, {Scheme::backward, 0.5, false}, g);
  EXPECT_DOUBLE_EQ(g[0], (0.0 - 2.5 * 2.5) / 0.5);
  difference_gradient(f, 9.0, {Scheme::five_point, 0.5, false}, g);
  EXPECT_DOUBLE_EQ(g[0], (-16.0 + 8 * 3.5 * 3.5 - 8 * 2.5 * 2.5 + 4.0) / 6.0);
}

TEST(Schemes, EvaluationsPerGradient) {
  for (Scheme scheme : {Scheme::central, Scheme::forward, Scheme::backward, Scheme::five_point}) {
    Objective f = compile("x+y+z");
    f.set_point({1, 2, 3});
    std::vector<double> g;
    difference_gradient(f, 6.0, {scheme, 1e-3, false}, g);
    EXPECT_EQ(f.evaluations(), gradient_evaluations(scheme, 3)) << static_cast<int>(scheme);
    for (double gi : g) EXPECT_NEAR(gi, 1.0, 1e-9);
  }
  EXPECT_EQ(gradient_evaluations(Scheme::five_point, 3), 12u);
  EXPECT_EQ(gradient_evaluations(Scheme::forward, 3), 3u);
}

TEST(Schemes, AutomaticStepsFollowTheScaleOfX) {
  const double eps = std::numeric_limits<double>::epsilon();
  EXPECT_EQ(step_for({Scheme::central, 1e-4, false}, 1e6), 1e-4);
  EXPECT_DOUBLE_EQ(step_for({Scheme::forward, 0, true}, 0.5), std::sqrt(eps));
  EXPECT_DOUBLE_EQ(step_for({Scheme::backward, 0, true}, -300), 300 * std::sqrt(eps));
  EXPECT_DOUBLE_EQ(step_for({Scheme::central, 0, true}, 1e6), 1e6 * std::cbrt(eps));
  EXPECT_DOUBLE_EQ(step_for({Scheme::five_point, 0, true}, 2), 2 * std::pow(eps, 0.2));
  // At x = 1e20 the automatic step is not lost to rounding, as 1e-4 is.
  Objective f = compile("x^2");
  f.set_point({1e20});
  std::vector<double> g;
  EXPECT_EQ(difference_gradient(f, 1e40, {Scheme::central, 1e-4, true}, g), 1u);
  EXPECT_NEAR(g[0], 2e20, 2e20 * 1e-6);
  EXPECT_EQ(difference_gradient(f, 1e40, {Scheme::central, 1e-4, false}, g), 0u);
}

TEST(CentralDifference, MatchesKnownDerivatives) {
  Objective f = compile("x1^2+3*x2+sin(x3)");
  f.set_point({1.5, -2.0, 0.25});
  std::vector<double> g;
  central_difference(f, 1e-4, g);
  ASSERT_EQ(g.size(), 3u);
  EXPECT_NEAR(g[0], 3.0, 1e-9);             // d/dx1 x1^2 = 2 x1
  EXPECT_NEAR(g[1], 3.0, 1e-9);             // d/dx2 3 x2 = 3
  EXPECT_NEAR(g[2], std::cos(0.25), 1e-8);  // d/dx3 sin x3 = cos x3 (error h^2/6)
}

TEST(CentralDifference, RosenbrockGradientByHand) {
  Objective f = compile(problems::kRosenbrock.expression);
  f.set_point({-1.2, 1.0});
  std::vector<double> g;
  central_difference(f, 1e-4, g);
  // df/dx = -2(1-x) - 400x(y-x^2) = -215.6, df/dy = 200(y-x^2) = -88
  EXPECT_NEAR(g[0], -215.6, 1e-5);
  EXPECT_NEAR(g[1], -88.0, 1e-6);
}

TEST(CentralDifference, IsTheBooksFormulaToTheBit) {
  Objective f = compile("x1^3-2*x1*x2+exp(x2)");
  const double x1 = 0.7, x2 = -0.3, h = 1e-4;
  f.set_point({x1, x2});
  std::vector<double> g;
  central_difference(f, h, g);
  auto direct = [](double a, double b) { return a * a * a - 2 * a * b + std::exp(b); };
  EXPECT_EQ(g[0], (direct(x1 + h, x2) - direct(x1 - h, x2)) / (2 * h));
  EXPECT_EQ(g[1], (direct(x1, x2 + h) - direct(x1, x2 - h)) / (2 * h));
}

TEST(CentralDifference, RestoresThePointAndCountsEvaluations) {
  Objective f = compile("x1*x2*x3");
  const std::vector<double> start{0.1, 0.2, 0.30000000000000004};
  f.set_point(start);
  std::vector<double> g;
  central_difference(f, 1e-4, g);
  EXPECT_EQ(f.point().to_vector(), start);  // bit for bit
  EXPECT_EQ(f.evaluations(), 6u);           // two per coordinate
}

TEST(CentralDifference, SaysWhereHIsBelowThePrecisionOfX) {
  Objective f = compile("x1^2+x2^2");
  std::vector<double> g;
  f.set_point({1.0, 1e20});  // ulp(1e20) = 16384 > 2h: 1e20 +- 1e-4 == 1e20
  EXPECT_EQ(central_difference(f, 1e-4, g), 1u);
  EXPECT_EQ(g[1], 0.0);  // rounding, not the slope 2e20
  f.set_point({1.0, 2.0});
  EXPECT_EQ(central_difference(f, 1e-4, g), 2u);  // none: the dimension
}

TEST(EuclideanNorm, IsTheSquareRootOfTheSumOfSquares) {
  EXPECT_EQ(euclidean_norm({3.0, 4.0}), 5.0);
  EXPECT_EQ(euclidean_norm({}), 0.0);
  EXPECT_EQ(euclidean_norm({0.0, -0.0}), 0.0);
  const std::vector<double> g{0.1, -2.5, 7.25};
  EXPECT_EQ(euclidean_norm(g), std::sqrt(0.1 * 0.1 + 2.5 * 2.5 + 7.25 * 7.25));
}

TEST(EuclideanNorm, NeitherOverflowsNorUnderflows) {
  EXPECT_DOUBLE_EQ(euclidean_norm({3e200, 4e200}), 5e200);
  EXPECT_DOUBLE_EQ(euclidean_norm({3e-200, 4e-200}), 5e-200);
}

TEST(EuclideanNorm, SubnormalComponents) {
  // 3-4-5 below 2^-1022, where a scale of 2^-ilogb would be infinite.
  EXPECT_NEAR(euclidean_norm({3e-310, 4e-310}), 5e-310, 1e-315);
  EXPECT_EQ(euclidean_norm({4.9406564584124654e-324}), 4.9406564584124654e-324);  // the least
  EXPECT_NEAR(euclidean_norm({-1e-308, 1e-308}), std::sqrt(2.0) * 1e-308, 1e-320);
}

TEST(EuclideanNorm, PassesNonFiniteValuesOn) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(euclidean_norm({1.0, -inf}), inf);
  EXPECT_TRUE(std::isnan(euclidean_norm({1.0, std::nan("")})));
  // Wherever the first non-finite value is, and whatever follows it.
  EXPECT_TRUE(std::isnan(euclidean_norm({std::nan(""), 0.0})));
  EXPECT_TRUE(std::isnan(euclidean_norm({5.0, std::nan(""), 0.0})));
  EXPECT_TRUE(std::isnan(euclidean_norm({std::nan(""), 1e-200})));
  EXPECT_TRUE(std::isnan(euclidean_norm({std::nan(""), inf})));  // the first one
  EXPECT_EQ(euclidean_norm({-inf, std::nan(""), 0.0}), inf);
  EXPECT_EQ(euclidean_norm({0.0, inf, 1e-300}), inf);
}

}  // namespace
}  // namespace gd
