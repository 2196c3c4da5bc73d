#include "descent.h"
#include "optimizer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

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
    rows.push_back({row.step, row.f, row.x.to_vector(), row.grad_norm});
    return row.step < stop_after;
  }
};

Objective compile(const std::string& text) { return Objective::compile({text, {}, {}}); }

/// A plain gradient-descent run of `text` from `start`, every row kept.
struct Run {
  DescentResult result;
  Recorder rows;
  std::uint64_t evaluations = 0;
};
Run run(const std::string& text, std::vector<double> start, double lr, std::uint64_t steps,
        std::uint64_t stop_after = UINT64_MAX) {
  Objective f = compile(text);
  f.set_point(start);
  OptimizerSettings sgd;
  sgd.learning_rate = lr;
  Run outcome;
  outcome.rows.stop_after = stop_after;
  outcome.result = descend(f, *make_rule(sgd, f), {{}, steps, {}}, outcome.rows);
  outcome.evaluations = f.evaluations();
  return outcome;
}

TEST(Descent, SeedExampleEndsWhereTheBookSays) {
  auto [result, rows, evaluations] = run("x1^2+x2^2", {-3.0, 4.0}, 0.1, 20);
  EXPECT_EQ(result.reason, StopReason::finished);
  ASSERT_EQ(rows.rows.size(), 21u);
  const auto& last = rows.rows.back();
  // Values given in the issue, from the seed's algorithm in double precision.
  EXPECT_NEAR(last.x[0], -0.0345876451381767, 1e-12 * 0.0345876451381767);
  EXPECT_NEAR(last.x[1], 0.0461168601841869, 1e-12 * 0.0461168601841869);
  EXPECT_NEAR(last.f, 0.0033230699894522, 1e-12 * 0.0033230699894522);
  // By hand: the exact gradient is 2x, so x_k = x_0 (1 - 2 lr)^k = x_0 0.8^k.
  EXPECT_NEAR(last.x[0], -3.0 * std::pow(0.8, 20), 1e-9);
  EXPECT_EQ(evaluations, 21u * 5u);  // f and 2 per coordinate, at every row
}

TEST(Descent, EveryRowMatchesAnIndependentLoop) {
  Recorder rows = run("(1-x)^2+100*(y-x^2)^2", {-1.2, 1.0}, 0.001, 50).rows;

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
    EXPECT_EQ(row.f, rosenbrock(x, y));  // to the bit: same operations, same order
    EXPECT_EQ(row.x[0], x);
    EXPECT_EQ(row.x[1], y);
    EXPECT_NEAR(row.grad_norm, std::hypot(gx, gy), 1e-9 * std::hypot(gx, gy));
    x -= lr * gx;
    y -= lr * gy;
  }
}

TEST(Descent, ZeroStepsEvaluatesTheStartOnly) {
  Recorder rows = run("x^2", {3.0}, 0.1, 0).rows;
  ASSERT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(rows.rows[0].f, 9.0);
  EXPECT_EQ(rows.rows[0].x[0], 3.0);
  EXPECT_NEAR(rows.rows[0].grad_norm, 6.0, 1e-9);
}

TEST(Descent, StopsWhereFBecomesInfinite) {
  // x moves up: 1, 1+e, ... until exp overflows at the third step.
  auto [result, rows, evaluations] = run("-exp(x)", {1.0}, 1.0, 100);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_EQ(result.last_step, rows.rows.back().step);
  EXPECT_LT(rows.rows.size(), 10u);
  EXPECT_TRUE(std::isinf(rows.rows.back().f));  // the row that diverged is kept
  for (std::size_t k = 0; k + 1 < rows.rows.size(); ++k) EXPECT_TRUE(std::isfinite(rows.rows[k].f));
  EXPECT_EQ(result.what_diverged, "f is -inf");
  EXPECT_EQ(result.non_finite, NonFinite::f);
}

TEST(Descent, StopsAtANanStart) {
  auto [result, rows, evaluations] = run("sqrt(x)", {-1.0}, 0.1, 100);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_EQ(result.last_step, 0u);
  EXPECT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(result.what_diverged, "f is nan");
}

TEST(Descent, StopsWhenTheGradientIsNotFinite) {
  // f is finite at 0 but its neighbours are not.
  auto [result, rows, evaluations] = run("x == 0 ? 0 : 1/0", {0.0}, 0.1, 5);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_EQ(result.what_diverged, "the gradient's x component is nan");
  EXPECT_EQ(result.non_finite, NonFinite::gradient);
}

TEST(Descent, AnObserverCanStopTheRun) {
  auto [result, rows, evaluations] = run("x^2", {3.0}, 0.1, 1000, 4);
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
