#include "gradient.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "objective.h"

namespace gd {
namespace {

Objective compile(const std::string& text) { return Objective::compile({text, {}, {}}); }

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
  Objective f = compile("(1-x)^2+100*(y-x^2)^2");
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
}

}  // namespace
}  // namespace gd
