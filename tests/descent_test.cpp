#include "core/descent.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "core/objective.h"
#include "core/optimizer.h"
#include "core/run.h"
#include "problems.h"

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
  std::uint64_t stop_after = UINT64_MAX;  // then asks to stop with `stop`
  Next stop = Next::stop_closed;
  Next on_row(const Row& row) override {
    rows.push_back({row.step, row.f, row.x.to_vector(), row.grad_norm});
    return row.step < stop_after ? Next::go_on : stop;
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
  using problems::kRosenbrock;
  Recorder rows = run(kRosenbrock.expression, {-1.2, 1.0}, 0.001, 50).rows;
  const auto rosenbrock = kRosenbrock.f;
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
  EXPECT_EQ(result.non_finite, NonFinite::f);
  EXPECT_EQ(result.non_finite_value, -HUGE_VAL);
}

TEST(Descent, StopsAtANanStart) {
  auto [result, rows, evaluations] = run("sqrt(x)", {-1.0}, 0.1, 100);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_EQ(result.last_step, 0u);
  EXPECT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(result.non_finite, NonFinite::f);
  EXPECT_TRUE(std::isnan(result.non_finite_value));
}

TEST(Descent, StopsWhenTheGradientIsNotFinite) {
  // f is finite at 0 but its neighbours are not.
  auto [result, rows, evaluations] = run("x == 0 ? 0 : 1/0", {0.0}, 0.1, 5);
  EXPECT_EQ(result.reason, StopReason::diverged);
  EXPECT_EQ(result.non_finite, NonFinite::gradient);
  EXPECT_EQ(result.non_finite_coordinate, 0u);
  EXPECT_TRUE(std::isnan(result.non_finite_value));
}

TEST(Descent, NamesTheFirstCoordinateThatIsNotFinite) {
  // f(x, y) is finite at (0, 0), but not at y +- h: the gradient's y component.
  auto [result, rows, evaluations] = run("x^2 + (y == 0 ? 0 : 1/0)", {0.0, 0.0}, 0.1, 5);
  EXPECT_EQ(result.non_finite, NonFinite::gradient);
  EXPECT_EQ(result.non_finite_coordinate, 1u);
  // x itself leaves the doubles: 1e300 * atan(x) has a slope of 1e300 at 0.
  auto [away, away_rows, away_evaluations] = run("1e300*atan(x)", {0.0}, 1e10, 5);
  EXPECT_EQ(away.reason, StopReason::diverged);
  EXPECT_EQ(away.non_finite, NonFinite::x);
  EXPECT_EQ(away.non_finite_value, -HUGE_VAL);
}

TEST(Descent, KeepsTheFirstAndLastRows) {
  auto [result, rows, evaluations] = run("x1^2+x2^2", {-3.0, 4.0}, 0.1, 20);
  const auto& first = rows.rows.front();
  const auto& last = rows.rows.back();
  EXPECT_EQ(result.first.step, 0u);
  EXPECT_EQ(result.first.f, first.f);
  EXPECT_EQ(result.first.x, first.x);
  EXPECT_EQ(result.first.grad_norm, first.grad_norm);
  EXPECT_EQ(result.last.step, 20u);
  EXPECT_EQ(result.last.f, last.f);
  EXPECT_EQ(result.last.x, last.x);
  EXPECT_EQ(result.last.grad_norm, last.grad_norm);
  // An early stop: the last row is where it stopped.
  auto [stopped, stopped_rows, stopped_evaluations] = run("x^2", {3.0}, 0.1, 1000, 4);
  EXPECT_EQ(stopped.last.step, 4u);
  EXPECT_EQ(stopped.last.x, stopped_rows.rows.back().x);
}

/// The same descent with and without the rows' gradient norm (--format none
/// skips it): every f and x the same, the norm nan, and divergence still
/// found in the gradient itself.
TEST(Descent, SkippingTheNormChangesNothingElse) {
  const auto descend_with = [](const std::string& text, double start, bool norm) {
    Objective f = compile(text);
    f.set_point({start});
    OptimizerSettings sgd;
    sgd.learning_rate = 0.1;
    DescentSettings settings{{}, 50, {}};
    settings.gradient_norm = norm;
    gd::Run outcome;
    outcome.result = descend(f, *make_rule(sgd, f), settings, outcome.rows);
    return outcome;
  };
  const gd::Run with = descend_with("x^4-3*x^2+x", 2.2, true);
  const gd::Run without = descend_with("x^4-3*x^2+x", 2.2, false);
  ASSERT_EQ(with.rows.rows.size(), without.rows.rows.size());
  for (std::size_t k = 0; k < with.rows.rows.size(); ++k) {
    EXPECT_EQ(with.rows.rows[k].f, without.rows.rows[k].f);
    EXPECT_EQ(with.rows.rows[k].x, without.rows.rows[k].x);
    EXPECT_TRUE(std::isfinite(with.rows.rows[k].grad_norm));
    EXPECT_TRUE(std::isnan(without.rows.rows[k].grad_norm));
  }
  EXPECT_EQ(with.result.best_x, without.result.best_x);
  const gd::Run diverged = descend_with("x == 0 ? 0 : 1/0", 0.0, false);
  EXPECT_EQ(diverged.result.reason, StopReason::diverged);
  EXPECT_EQ(diverged.result.non_finite, NonFinite::gradient);
}

TEST(Descent, AnObserverCanStopTheRun) {
  auto [result, rows, evaluations] = run("x^2", {3.0}, 0.1, 1000, 4);
  EXPECT_EQ(result.reason, StopReason::closed);
  EXPECT_EQ(result.last_step, 4u);
  EXPECT_EQ(rows.rows.size(), 5u);
  EXPECT_EQ(*result.best_step, 3u);  // a closed output: the row was never written
}

/// A run whose observer asks to stop as a signal does, after row `after`.
DescentResult interrupted(const std::string& text, double start, double lr, std::uint64_t after) {
  Objective f = compile(text);
  f.set_point({start});
  OptimizerSettings sgd;
  sgd.learning_rate = lr;
  Recorder rows;
  rows.stop_after = after;
  rows.stop = Next::stop_interrupted;
  return descend(f, *make_rule(sgd, f), {{}, 1000, {}}, rows);
}

TEST(Descent, AnInterruptStopsAfterItsRowWhichCounts) {
  const DescentResult result = interrupted("x^2", 3.0, 0.1, 4);
  EXPECT_EQ(result.reason, StopReason::interrupted);
  EXPECT_EQ(result.last_step, 4u);
  EXPECT_EQ(*result.best_step, 4u);  // the row was written: it is the best so far
  EXPECT_EQ(result.last.step, 4u);
  // Divergence found in that row is said first.
  const DescentResult diverged = interrupted("-exp(x)", 1.0, 1.0, 0);
  EXPECT_EQ(diverged.reason, StopReason::interrupted);
  const DescentResult at_inf = interrupted("-exp(x)", 1000.0, 1.0, 0);
  EXPECT_EQ(at_inf.reason, StopReason::diverged);
}

TEST(Descent, QuitStopsAfterItsRowAndASignalWinsOverIt) {
  Objective f = compile("x^2");
  f.set_point({3.0});
  OptimizerSettings sgd;
  sgd.learning_rate = 0.1;
  Recorder rows;
  rows.stop_after = 4;
  rows.stop = Next::stop_quit;
  const DescentResult result = descend(f, *make_rule(sgd, f), {{}, 1000, {}}, rows);
  EXPECT_EQ(result.reason, StopReason::quit);
  EXPECT_EQ(result.last_step, 4u);
  EXPECT_EQ(result.last.step, 4u);
  EXPECT_LT(Next::stop_quit, Next::stop_interrupted);  // the stronger answer of a list wins
}

/// x^2 from 1 with lr 0.1: x_k = 0.8^k, f_k = 0.64^k, |g_k| = 2 * 0.8^k,
/// up to the rounding of the central difference.
Run stopping(const StopCriteria& stop, std::uint64_t steps = 1000, bool gradient_norm = true) {
  Objective f = compile("x^2");
  f.set_point({1.0});
  OptimizerSettings sgd;
  sgd.learning_rate = 0.1;
  Run outcome;
  outcome.result = descend(f, *make_rule(sgd, f), {{}, steps, stop, gradient_norm}, outcome.rows);
  outcome.evaluations = f.evaluations();
  return outcome;
}

/// The first k >= from where `met(k)`, by counting.
std::uint64_t first_step(const std::function<bool(std::uint64_t)>& met, std::uint64_t from = 0) {
  std::uint64_t k = from;
  while (!met(k)) ++k;
  return k;
}

TEST(Stopping, GradientNorm) {
  StopCriteria stop;
  stop.tol_grad = 0.1;
  const auto run = stopping(stop);
  EXPECT_EQ(run.result.reason, StopReason::tol_grad);
  EXPECT_EQ(run.result.last_step, first_step([](auto k) { return 2 * std::pow(0.8, k) <= 0.1; }));
  EXPECT_EQ(run.result.last_step, 14u);  // by hand: 0.8^14 = 0.044 <= 0.05 < 0.8^13
}

TEST(Stopping, GradientNormIsTakenForTheCriterionEvenWhenNoRowShowsIt) {
  StopCriteria stop;
  stop.tol_grad = 0.1;
  const auto run = stopping(stop, 1000, /*gradient_norm=*/false);
  EXPECT_EQ(run.result.reason, StopReason::tol_grad);
  EXPECT_EQ(run.result.last_step, 14u);            // as in GradientNorm above, worked out by hand
  EXPECT_LE(run.rows.rows.back().grad_norm, 0.1);  // taken, so the rows carry it too
}

TEST(Stopping, Target) {
  StopCriteria stop;
  stop.target = 1e-3;
  const auto run = stopping(stop);
  EXPECT_EQ(run.result.reason, StopReason::target);
  EXPECT_EQ(run.result.last_step, first_step([](auto k) { return std::pow(0.64, k) <= 1e-3; }));
}

TEST(Stopping, ChangeOfF) {
  StopCriteria stop;
  stop.tol_f = 1e-4;
  const auto run = stopping(stop);
  EXPECT_EQ(run.result.reason, StopReason::tol_f);
  EXPECT_EQ(run.result.last_step, first_step(
                                      [](auto k) {
                                        const double now = std::pow(0.64, k);
                                        return std::pow(0.64, k - 1) - now <=
                                               1e-4 * std::max(1.0, now);
                                      },
                                      1));
}

TEST(Stopping, MoveOfX) {
  StopCriteria stop;
  stop.tol_x = 1e-3;
  const auto run = stopping(stop);
  EXPECT_EQ(run.result.reason, StopReason::tol_x);
  EXPECT_EQ(run.result.last_step, first_step(
                                      [](auto k) {
                                        const double now = std::pow(0.8, k);
                                        return std::pow(0.8, k - 1) - now <=
                                               1e-3 * std::max(1.0, now);
                                      },
                                      1));
}

TEST(Stopping, EvaluationBudgetIsNeverPassed) {
  // 3 evaluations a row: 3, 6, 9; a fourth row would make 12 > 10.
  StopCriteria stop;
  stop.max_evals = 10;
  const auto run = stopping(stop);
  EXPECT_EQ(run.result.reason, StopReason::max_evals);
  EXPECT_EQ(run.result.last_step, 2u);
  EXPECT_EQ(run.evaluations, 9u);
  EXPECT_FALSE(met_criterion(run.result.reason));
  stop.max_evals = 9;  // exactly three rows
  EXPECT_EQ(stopping(stop).evaluations, 9u);
}

TEST(Stopping, ARoundingGradientMeetsNoGradientCriterion) {
  // At x = 1e20, x +- 1e-4 == x: the "gradient" is 0 and x does not move,
  // which looks converged to --tol-grad, --tol-x and --tol-f; it is not.
  Objective f = compile("x^2");
  f.set_point({1e20});
  OptimizerSettings sgd;
  StopCriteria stop;
  stop.tol_grad = 1e-3;
  stop.tol_x = 1e-3;
  stop.tol_f = 1e-3;
  Recorder rows;
  DescentResult result = descend(f, *make_rule(sgd, f), {{}, 5, stop}, rows);
  EXPECT_EQ(result.reason, StopReason::finished);
  EXPECT_EQ(result.last_step, 5u);
  EXPECT_EQ(result.h_lost_step, 0u);
  // --target still counts: it needs no gradient.
  stop.target = 1e50;
  Objective g = compile("x^2");
  g.set_point({1e20});
  EXPECT_EQ(descend(g, *make_rule(sgd, g), {{}, 5, stop}, rows).reason, StopReason::target);
}

TEST(Stopping, TimeBudget) {
  StopCriteria stop;
  stop.max_time = 1e-12;  // passed by the time row 0 is done
  const auto run = stopping(stop);
  EXPECT_EQ(run.result.reason, StopReason::max_time);
  EXPECT_EQ(run.result.last_step, 0u);
}

TEST(Stopping, TheStepBudgetWhenNothingElseStops) {
  StopCriteria stop;
  stop.tol_grad = 1e-300;
  const auto run = stopping(stop, 5);
  EXPECT_EQ(run.result.reason, StopReason::finished);
  EXPECT_EQ(run.result.last_step, 5u);
  EXPECT_TRUE(stop.any_criterion());
  EXPECT_FALSE(StopCriteria{}.any_criterion());
  EXPECT_TRUE(met_criterion(StopReason::tol_x));
}

TEST(Stopping, ACriterionMetOnTheLastStepWins) {
  StopCriteria stop;
  stop.tol_grad = 0.1;
  EXPECT_EQ(stopping(stop, 14).result.reason, StopReason::tol_grad);
  EXPECT_EQ(stopping(stop, 13).result.reason, StopReason::finished);
}

TEST(Descent, TracksTheBestPointOfARunThatOvershoots) {
  // Momentum overshoots the minimum of x^2 and comes back: the last row is
  // not the best, which is the least f of all rows.
  Objective f = compile("x^2");
  f.set_point({1.0});
  OptimizerSettings momentum;
  momentum.method = Method::momentum;
  momentum.learning_rate = 0.1;
  Recorder rows;
  const DescentResult result = descend(f, *make_rule(momentum, f), {{}, 30, {}}, rows);
  std::size_t least = 0;
  for (std::size_t k = 0; k < rows.rows.size(); ++k)
    if (rows.rows[k].f < rows.rows[least].f) least = k;
  ASSERT_TRUE(result.best_step);
  EXPECT_EQ(*result.best_step, least);
  EXPECT_NE(*result.best_step, 30u);
  EXPECT_EQ(result.best_f, rows.rows[least].f);
  EXPECT_EQ(result.best_x, rows.rows[least].x);
}

TEST(ObserverList, TellsEveryoneAndStopsIfAnyAsks) {
  Recorder a, b;
  b.stop_after = 0;
  ObserverList both;
  both.add(a);
  both.add(b);
  std::vector<double> x{1.0};
  EXPECT_EQ(both.on_row({0, 1.0, x, 2.0}), Next::stop_closed);
  EXPECT_EQ(a.rows.size(), 1u);
  EXPECT_EQ(b.rows.size(), 1u);
}

TEST(ObserverList, TheSimplestFormOfOneObserverIsItself) {
  Recorder a, b;
  ObserverList one, two, none;
  one.add(a);
  two.add(a);
  two.add(b);
  EXPECT_EQ(&one.simplest(), &a);
  EXPECT_EQ(&two.simplest(), &two);
  EXPECT_EQ(&none.simplest(), &none);
}

TEST(ObserverList, AClosedOutputOutweighsAnInterrupt) {
  Recorder interrupting, closing, going_on;
  interrupting.stop_after = closing.stop_after = 0;
  interrupting.stop = Next::stop_interrupted;
  std::vector<double> x{1.0};
  for (bool closed_first : {true, false}) {
    ObserverList list;
    list.add(going_on);
    list.add(closed_first ? closing : interrupting);
    list.add(closed_first ? interrupting : closing);
    EXPECT_EQ(list.on_row({0, 1.0, x, 2.0}), Next::stop_closed);
  }
  ObserverList only;
  only.add(interrupting);
  only.add(going_on);
  EXPECT_EQ(only.on_row({0, 1.0, x, 2.0}), Next::stop_interrupted);
}

/// Writes what it sees to a shared log.
struct Logger : Observer {
  Logger(std::string name, std::string& log) : name_(std::move(name)), log_(log) {}
  void begin(const RunSpec&) override { log_ += "begin " + name_ + ";"; }
  Next on_row(const Row&) override {
    log_ += "row " + name_ + ";";
    return Next::go_on;
  }
  void end(const RunResult&) override { log_ += "end " + name_ + ";"; }
  std::string name_;
  std::string& log_;
};

TEST(ObserverList, EndsInTheReverseOrder) {
  std::string log;
  Logger a("a", log), b("b", log);
  ObserverList list;
  list.add(a);
  list.add(b);
  std::vector<double> x{1.0};
  list.begin(RunSpec{});
  list.on_row({0, 1.0, x, 2.0});
  list.end(RunResult{});
  EXPECT_EQ(log, "begin a;begin b;row a;row b;end b;end a;");
}

}  // namespace
}  // namespace gd
