#include "core/curvature.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/objective.h"

namespace gd {
namespace {

Curvature at(const std::string& text, const std::vector<double>& x) {
  Objective f = Objective::compile({text, {}, {}});
  return measure_curvature(f, x);
}

TEST(SymmetricEigen, SolvesWhatAPlainMultiplicationChecks) {
  // [[4, 1, 2], [1, 3, 0], [2, 0, 5]]: A v = lambda v for each pair, the
  // vectors orthonormal, the values ascending and summing to the trace.
  const std::vector<double> a{4, 1, 2, 1, 3, 0, 2, 0, 5};
  std::vector<double> values;
  std::vector<std::vector<double>> vectors;
  symmetric_eigen(a, 3, values, vectors);
  ASSERT_EQ(values.size(), 3u);
  EXPECT_NEAR(values[0] + values[1] + values[2], 12.0, 1e-12);
  for (std::size_t k = 0; k < 3; ++k) {
    if (k > 0) EXPECT_LE(values[k - 1], values[k]);
    for (std::size_t i = 0; i < 3; ++i) {
      double product = 0;
      for (std::size_t j = 0; j < 3; ++j) product += a[i * 3 + j] * vectors[k][j];
      EXPECT_NEAR(product, values[k] * vectors[k][i], 1e-12);
    }
    for (std::size_t m = 0; m < 3; ++m) {
      double dot = 0;
      for (std::size_t i = 0; i < 3; ++i) dot += vectors[k][i] * vectors[m][i];
      EXPECT_NEAR(dot, k == m ? 1.0 : 0.0, 1e-12);
    }
  }
  // [[2, 1], [1, 2]]: 1 along (1, -1), 3 along (1, 1).
  symmetric_eigen({2, 1, 1, 2}, 2, values, vectors);
  EXPECT_NEAR(values[0], 1, 1e-15);
  EXPECT_NEAR(values[1], 3, 1e-15);
  EXPECT_NEAR(std::fabs(vectors[1][0]), std::sqrt(0.5), 1e-15);
}

TEST(Curvature, ClassifiesByTheSignsOfTheEigenvalues) {
  const Curvature bowl = at("x^2+3*y^2", {1, 2});
  ASSERT_EQ(bowl.eigenvalues.size(), 2u);
  EXPECT_NEAR(bowl.eigenvalues[0], 2, 1e-6);
  EXPECT_NEAR(bowl.eigenvalues[1], 6, 1e-6);
  EXPECT_EQ(bowl.kind(), PointKind::minimum);
  EXPECT_EQ(bowl.largest(), bowl.eigenvalues[1]);
  const Curvature saddle = at("x^2-y^2", {0, 0});
  EXPECT_EQ(saddle.kind(), PointKind::saddle);
  EXPECT_NEAR(saddle.eigenvalues[0], -2, 1e-6);
  EXPECT_NEAR(std::fabs(saddle.eigenvectors[0][1]), 1, 1e-12);  // down along y
  EXPECT_EQ(at("-x^2-y^2", {0, 0}).kind(), PointKind::maximum);
  EXPECT_EQ(at("x+2*y", {3, 4}).kind(), PointKind::flat);
  // A valley of minima: up across it, flat along it.
  const Curvature valley = at("(x+y)^2", {1, -1});
  EXPECT_EQ(valley.kind(), PointKind::minimum);
  EXPECT_FALSE(valley.curves_up(0));
  EXPECT_NEAR(std::fabs(valley.eigenvectors[0][0]), std::sqrt(0.5), 1e-9);
}

TEST(Curvature, RosenbrocksMinimumMatchesItsHessian) {
  // At (1, 1): [[802, -400], [-400, 200]], eigenvalues (1002 -+ sqrt(1002^2 - 4 * 400)) / 2.
  const Curvature c = at("(1-x)^2+100*(y-x^2)^2", {1, 1});
  const double root = std::sqrt(1002.0 * 1002.0 - 4 * 400.0);
  EXPECT_NEAR(c.eigenvalues[0], (1002 - root) / 2, 1e-4);
  EXPECT_NEAR(c.eigenvalues[1], (1002 + root) / 2, 1e-3);
  EXPECT_EQ(c.kind(), PointKind::minimum);
  // Along (1, 1)/sqrt(2): (802 - 800 + 200) / 2 = 101.
  EXPECT_NEAR(c.along({std::sqrt(0.5), std::sqrt(0.5)}), 101, 1e-3);
  EXPECT_FALSE(c.down_along({std::sqrt(0.5), std::sqrt(0.5)}));
}

TEST(Curvature, RoundingOfAHugeFIsNotCurvature) {
  // f is about -1.6e15 from y: along x the differences are rounding only,
  // but along y the curvature -2 stands out.
  const Curvature c = at("x^2-y^2", {1e-13, 3.98e7});
  ASSERT_EQ(c.eigenvalues.size(), 2u);
  EXPECT_TRUE(c.down_along({0, 1}));
  EXPECT_NEAR(c.along({0, 1}), -2, 1e-3);
}

TEST(Curvature, NothingWhenFIsNotFiniteNearbyOrTooManyVariables) {
  EXPECT_EQ(at("sqrt(x)", {0}).kind(), PointKind::unknown);
  std::string sum = "x1^2";
  std::vector<double> x(1, 1.0);
  for (int i = 2; i <= 21; ++i) {
    sum += "+x" + std::to_string(i) + "^2";
    x.push_back(1.0);
  }
  EXPECT_TRUE(at(sum, x).eigenvalues.empty());  // 21 variables
  x.pop_back();
  sum = sum.substr(0, sum.rfind('+'));
  EXPECT_EQ(at(sum, x).kind(), PointKind::minimum);  // 20
}

TEST(Curvature, LeavesThePointAsItWas) {
  Objective f = Objective::compile({"x*y", {}, {}});
  const std::vector<double> x{0.1 + 0.2, 1e-3};
  measure_curvature(f, x);
  EXPECT_EQ(f.point().to_vector(), x);
}

}  // namespace
}  // namespace gd
