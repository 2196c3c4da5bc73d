#include "descent.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "objective.h"

namespace gd {
namespace {

/// Keeps every row, for checking.
struct Recorder : Observer {
  struct Kept {
    std::uint64_t step;
    double f;
    std::vector<double> x;
    double grad_norm;
  };
  std::vector<Kept> rows;
  std::uint64_t stop_after = UINT64_MAX;
  bool on_row(const Row& row) override {
    rows.push_back({row.step, row.f, row.x, row.grad_norm});
    return row.step < stop_after;
  }
};

Objective compile(const std::string& text) { return Objective::compile({text, {}, {}}); }

TEST(Descent, SeedExampleEndsWhereTheBookSays) {
  Objective f = compile("x1^2+x2^2");
  f.point() = {-3.0, 4.0};
  GradientStep sgd(0.1);
  Recorder rows;
  DescentResult result = descend(f, sgd, {1e-4, 20}, rows);
  EXPECT_EQ(result.reason, StopReason::finished);
  ASSERT_EQ(rows.rows.size(), 21u);
  const auto& last = rows.rows.back();
  // Values given in the issue, from the seed's algorithm in double precision.
  EXPECT_NEAR(last.x[0], -0.0345876451381767, 1e-12 * 0.0345876451381767);
  EXPECT_NEAR(last.x[1], 0.0461168601841869, 1e-12 * 0.0461168601841869);
  EXPECT_NEAR(last.f, 0.0033230699894522, 1e-12 * 0.0033230699894522);
  // By hand: the exact gradient is 2x, so x_k = x_0 (1 - 2 lr)^k = x_0 0.8^k.
  EXPECT_NEAR(last.x[0], -3.0 * std::pow(0.8, 20), 1e-9);
  EXPECT_EQ(f.evaluations(), 21u * 5u);  // f and 2 per coordinate, at every row
}

TEST(Descent, EveryRowMatchesAnIndependentLoop) {
  Objective f = compile("(1-x)^2+100*(y-x^2)^2");
  f.point() = {-1.2, 1.0};
  GradientStep sgd(0.001);
  Recorder rows;
  descend(f, sgd, {1e-4, 50}, rows);

  auto rosenbrock = [](double x, double y) {
    return (1 - x) * (1 - x) + 100 * ((y - x * x) * (y - x * x));
  };
  const double h = 1e-4, lr = 0.001;
  double x = -1.2, y = 1.0;
  ASSERT_EQ(rows.rows.size(), 51u);
  for (std::uint64_t k = 0; k <= 50; ++k) {
    const double gx = (rosenbrock(x + h, y) - rosenbrock(x - h, y)) / (2 * h);
    const double gy = (rosenbrock(x, y + h) - rosenbrock(x, y - h)) / (2 * h);
    const auto& row = rows.rows[k];
    EXPECT_EQ(row.step, k);
    EXPECT_DOUBLE_EQ(row.f, rosenbrock(x, y));
    EXPECT_DOUBLE_EQ(row.x[0], x);
    EXPECT_DOUBLE_EQ(row.x[1], y);
    EXPECT_NEAR(row.grad_norm, std::hypot(gx, gy), 1e-9 * std::hypot(gx, gy));
    x -= lr * gx;
    y -= lr * gy;
  }
}

TEST(Descent, ZeroStepsEvaluatesTheStartOnly) {
  Objective f = compile("x^2");
  f.point() = {3.0};
  GradientStep sgd(0.1);
  Recorder rows;
  descend(f, sgd, {1e-4, 0}, rows);
  ASSERT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(rows.rows[0].f, 9.0);
  EXPECT_EQ(rows.rows[0].x[0], 3.0);
  EXPECT_NEAR(rows.rows[0].grad_norm, 6.0, 1e-9);
}

TEST(Descent, StopsWhereFBecomesInfinite) {
  // x moves up: 1, 1+e, ... until exp overflows at the third step.
  Objective f = compile("-exp(x)");
  f.point() = {1.0};
  GradientStep sgd(1.0);
  Recorder rows;
  DescentResult result = descend(f, sgd, {1e-4, 100}, rows);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_EQ(result.last_step, rows.rows.back().step);
  EXPECT_LT(rows.rows.size(), 10u);
  EXPECT_TRUE(std::isinf(rows.rows.back().f));  // the row that diverged is kept
  for (std::size_t k = 0; k + 1 < rows.rows.size(); ++k) EXPECT_TRUE(std::isfinite(rows.rows[k].f));
  EXPECT_EQ(result.what_diverged, "f is -inf");
}

TEST(Descent, StopsAtANanStart) {
  Objective f = compile("sqrt(x)");
  f.point() = {-1.0};
  GradientStep sgd(0.1);
  Recorder rows;
  DescentResult result = descend(f, sgd, {1e-4, 100}, rows);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_EQ(result.last_step, 0u);
  EXPECT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(result.what_diverged, "f is nan");
}

TEST(Descent, StopsWhenTheGradientIsNotFinite) {
  // f is finite at 0 but its neighbours are not.
  Objective f = compile("x == 0 ? 0 : 1/0");
  f.point() = {0.0};
  GradientStep sgd(0.1);
  Recorder rows;
  DescentResult result = descend(f, sgd, {1e-4, 5}, rows);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_NE(result.what_diverged.find("gradient"), std::string::npos);
}

TEST(Descent, AnObserverCanStopTheRun) {
  Objective f = compile("x^2");
  f.point() = {3.0};
  GradientStep sgd(0.1);
  Recorder rows;
  rows.stop_after = 4;
  DescentResult result = descend(f, sgd, {1e-4, 1000}, rows);
  EXPECT_EQ(result.reason, StopReason::observer);
  EXPECT_EQ(result.last_step, 4u);
  EXPECT_EQ(rows.rows.size(), 5u);
}

TEST(ObserverList, TellsEveryoneAndStopsIfAnyAsks) {
  Recorder a, b;
  b.stop_after = 0;
  ObserverList both;
  both.add(a);
  both.add(b);
  std::vector<double> x{1.0};
  EXPECT_FALSE(both.on_row({0, 1.0, x, 2.0}));
  EXPECT_EQ(a.rows.size(), 1u);
  EXPECT_EQ(b.rows.size(), 1u);
}

}  // namespace
}  // namespace gd
