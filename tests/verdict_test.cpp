#include "core/verdict.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/objective.h"
#include "core/run.h"

namespace gd {
namespace {

/// Keeps the highest f a run showed and each row's first coordinate; may
/// stop it at a step.
struct Rows : Observer {
  double highest = -HUGE_VAL;
  std::vector<double> x0;
  std::uint64_t stop_at = UINT64_MAX;
  Next on_row(const Row& row) override {
    highest = std::fmax(highest, row.f);
    x0.push_back(row.x[0]);
    return row.step < stop_at ? Next::go_on : Next::stop_interrupted;
  }
};

struct Descent {
  std::string expression;
  std::vector<double> start;
  double lr = 0.01;
  std::uint64_t steps = 100;
  Method method = Method::sgd;
  StopCriteria stop{};
  Rows rows{};
  RunResult go() {
    Objective f = Objective::compile({expression, {}, {}});
    f.set_point(start);
    RunSpec spec;
    spec.settings.method = method;
    spec.settings.learning_rate = lr;
    DescentSettings settings;
    settings.steps = steps;
    settings.stop = stop;
    return run_descent(spec, f, settings, rows, true);
  }
};

TEST(Runaway, FRisingFarAboveTheStartStopsTheRun) {
  // x^2+y^2 from (1, 1), lr 1.5: x_k = (-2)^k, f_k = 2 * 4^k. f first passes
  // 2 + 1e6 * 2 at k = 10 (2.1e6); at k = 11 it is higher and farther: stop.
  const RunResult run = Descent{"x^2+y^2", {1, 1}, 1.5}.go();
  EXPECT_EQ(run.descent.reason, StopReason::diverged);
  EXPECT_EQ(run.descent.runaway, Runaway::rose);
  EXPECT_EQ(run.descent.last_step, 11u);
  EXPECT_NEAR(run.descent.last.x[0], -2048, 1e-6);
  EXPECT_EQ(run.verdict.ending, Ending::diverged);
  EXPECT_EQ(run.verdict.cause, Cause::learning_rate);
  // The advice comes from the start's curvature: 2 in every direction.
  EXPECT_NEAR(run.verdict.start.largest(), 2, 1e-6);
  EXPECT_NEAR(*stable_rate({}, run.verdict.start.largest()), 1, 1e-6);
}

TEST(Runaway, XOutgrowingHWhileFRisesStopsTheRun) {
  // 1e-20 x^2 from 1, lr 1.5e20: x_k = (-2)^k (as rounding lets it), and f
  // stays small (1e-20 4^k). x - 1e-4 rounds to x from |x| = 2^40 on (its
  // spacing 2^-12 > 2e-4), about step 40.
  Descent descent{"1e-20*x^2", {1}, 1.5e20, 1000};
  const RunResult run = descent.go();
  EXPECT_EQ(run.descent.reason, StopReason::diverged);
  EXPECT_EQ(run.descent.runaway, Runaway::precision);
  EXPECT_NEAR(static_cast<double>(run.descent.last_step), 40, 1);
  EXPECT_GE(std::fabs(run.descent.last.x[0]), std::ldexp(1.0, 40));
  const auto& x = descent.rows.x0;
  EXPECT_LT(std::fabs(x[x.size() - 2]), std::ldexp(1.0, 40));  // the row before
  EXPECT_EQ(run.verdict.cause, Cause::learning_rate);
}

TEST(Runaway, FFallingFarAsXOutgrowsHIsUnbounded) {
  // -x^2 from 1, lr 0.01: x_k = 1.02^k would pass 2^40 at k = 40 ln 2 / ln 1.02
  // = 1400; the gradient's rounding near there makes it a little sooner.
  Descent descent{"-x^2", {1}, 0.01, 5000};
  const RunResult run = descent.go();
  EXPECT_EQ(run.descent.runaway, Runaway::fell);
  EXPECT_NEAR(static_cast<double>(run.descent.last_step), 1400, 20);
  EXPECT_GE(std::fabs(run.descent.last.x[0]), std::ldexp(1.0, 40));
  EXPECT_LT(std::fabs(descent.rows.x0[descent.rows.x0.size() - 2]), std::ldexp(1.0, 40));
  EXPECT_EQ(run.verdict.ending, Ending::unbounded);
}

TEST(Runaway, AdamThatRisesAndComesBackIsNotDivergence) {
  // Adam's first step is about lr whatever the gradient: from 0.01 with lr
  // 0.5, x_1 = -0.49 and f rises 2400-fold; then its steps shrink and f falls.
  Descent adam{"x^2", {0.01}, 0.5, 300, Method::adam};
  const RunResult run = adam.go();
  EXPECT_GT(adam.rows.highest, 1000 * 1e-4);
  EXPECT_EQ(run.descent.reason, StopReason::finished);
  EXPECT_EQ(run.verdict.ending, Ending::not_converged);
  EXPECT_LT(run.descent.last.f, 1e-12);
}

TEST(Verdict, TheTrailIsTheTwoRowsBeforeTheLastWhenABudgetEnded) {
  // x^2 from 1, lr 0.1: x_k = 0.8^k.
  const RunResult run = Descent{"x^2", {1}, 0.1, 10}.go();
  ASSERT_EQ(run.descent.trail[0].x.size(), 1u);
  EXPECT_EQ(run.descent.trail[0].step, 9u);
  EXPECT_EQ(run.descent.trail[1].step, 8u);
  EXPECT_NEAR(run.descent.trail[0].x[0], std::pow(0.8, 9), 1e-12);
  EXPECT_NEAR(run.descent.trail[1].f, std::pow(0.8, 16), 1e-12);
  EXPECT_NEAR(run.descent.previous_f, std::pow(0.8, 18), 1e-12);
  // The evaluation budget: rows of 3 evaluations; 31 allow rows 0..9.
  Descent evals{"x^2", {1}, 0.1, 1000};
  evals.stop.max_evals = 31;
  const RunResult short_of = evals.go();
  EXPECT_EQ(short_of.descent.reason, StopReason::max_evals);
  EXPECT_EQ(short_of.descent.last_step, 9u);
  EXPECT_EQ(short_of.descent.trail[1].step, 7u);
  ASSERT_EQ(short_of.descent.trail[1].x.size(), 1u);
  EXPECT_NEAR(short_of.descent.trail[1].x[0], std::pow(0.8, 7), 1e-12);
}

TEST(Verdict, OscillatingAtConstantF) {
  // x^2 from 1, lr 1: x = 1, -1, 1, ...; f = 1 throughout.
  const RunResult run = Descent{"x^2", {1}, 1}.go();
  EXPECT_EQ(run.descent.reason, StopReason::finished);
  EXPECT_EQ(run.verdict.ending, Ending::oscillating);
  EXPECT_EQ(run.verdict.growth, 1.0);
  EXPECT_NEAR(run.verdict.end.largest(), 2, 1e-6);  // 2/L = 1: lr is at the limit
}

TEST(Verdict, AMomentumTurnIsNotOscillation) {
  // Heavy ball on a bowl spirals in: at a turn, one long move follows a
  // short one in the opposite direction. Not a steady back and forth.
  for (Method method : {Method::momentum, Method::nesterov}) {
    const RunResult run = Descent{"(x-1)^2+(y+2)^2", {0, 0}, 0.05, 40, method}.go();
    EXPECT_EQ(run.verdict.ending, Ending::not_converged) << method_name(method);
  }
}

TEST(Verdict, AnOverflowIsTheLearningRateNotTheDomain) {
  // x^2 from 1 at lr 1e200: x_1 = -2e200, f = 4e400 = inf.
  const RunResult square = Descent{"x^2", {1}, 1e200}.go();
  EXPECT_EQ(square.verdict.cause, Cause::learning_rate);
  // exp(x^2) from 1 at lr 10: x_1 = 1 - 10 * 2e = -53.4, f = e^2852 = inf.
  const RunResult exp = Descent{"exp(x^2)", {1}, 10}.go();
  EXPECT_EQ(exp.descent.last_step, 1u);
  EXPECT_EQ(exp.verdict.cause, Cause::learning_rate);
}

TEST(Verdict, ShrinkingZigZagIsNotOscillation) {
  // lr 0.95: x <- -0.9 x, shrinking by a tenth a step.
  const RunResult run = Descent{"x^2", {1}, 0.95, 20}.go();
  EXPECT_EQ(run.verdict.ending, Ending::not_converged);
  EXPECT_NEAR(*run.verdict.growth, 0.9, 1e-9);
}

TEST(Verdict, ASaddleReachedIsStationaryAndSaysWhereFDescends) {
  // x^2-y^2 from (1, 0): y stays 0, x = 0.98^k, so after 2000 steps the end
  // is within 3e-18 of the saddle at the origin.
  const RunResult run = Descent{"x^2-y^2", {1, 0}, 0.01, 2000}.go();
  EXPECT_EQ(run.verdict.ending, Ending::converged);
  EXPECT_TRUE(run.verdict.stationary);
  EXPECT_EQ(run.verdict.end.kind(), PointKind::saddle);
  EXPECT_NEAR(std::fabs(run.verdict.end.eigenvectors[0][1]), 1, 1e-9);
  EXPECT_NEAR(run.verdict.end.eigenvalues[0], -2, 1e-6);
}

TEST(Verdict, OnTheWayToASaddleTheModelSaysSo) {
  // After 100 steps x = 0.98^100 = 0.1326: the quadratic model's stationary
  // point is the origin, a saddle, that far away.
  const RunResult run = Descent{"x^2-y^2", {1, 0}}.go();
  EXPECT_EQ(run.verdict.ending, Ending::not_converged);
  EXPECT_FALSE(run.verdict.stationary);
  ASSERT_TRUE(run.verdict.model_point);
  EXPECT_EQ(*run.verdict.model_point, (std::vector<double>{0, 0}));
  EXPECT_NEAR(run.verdict.model_distance, std::pow(0.98, 100), 1e-9);
  EXPECT_EQ(run.verdict.end.kind(), PointKind::saddle);
}

TEST(Verdict, AMaximumIsStationaryToo) {
  const RunResult run = Descent{"-x^2-y^2", {0, 0}}.go();
  EXPECT_EQ(run.verdict.ending, Ending::converged);
  EXPECT_EQ(run.verdict.end.kind(), PointKind::maximum);
}

TEST(Verdict, AConstantSlopeIsNotConvergedWithTheSlopeSaid) {
  const RunResult run = Descent{"x", {1}}.go();
  EXPECT_EQ(run.verdict.ending, Ending::not_converged);
  ASSERT_TRUE(run.verdict.flat_direction);
  EXPECT_NEAR(std::fabs(run.verdict.flat_slope), 1, 1e-9);
  EXPECT_FALSE(run.verdict.model_point);
}

TEST(Verdict, UnboundedWhenFFallsEverFasterOnADownwardCurve) {
  // From (1, 0.1): y = 0.1 * 1.02^1000 = 4e7, f about -1.6e15.
  const RunResult run = Descent{"x^2-y^2", {1, 0.1}, 0.01, 1000}.go();
  EXPECT_EQ(run.descent.reason, StopReason::finished);
  EXPECT_EQ(run.verdict.ending, Ending::unbounded);
  // At 100 steps f has only fallen to -0.5: not yet evidence enough.
  Descent shorter{"x^2-y^2", {1, 0.1}};
  EXPECT_EQ(shorter.go().verdict.ending, Ending::not_converged);
}

TEST(Verdict, LeavingTheDomainIsItsOwnCause) {
  // ln(x)+x^2 from 1, lr 0.6: x_1 = 1 - 0.6 (1/1 + 2) = -0.8, where ln is nan.
  const RunResult run = Descent{"ln(x)+x^2", {1}, 0.6}.go();
  EXPECT_EQ(run.verdict.ending, Ending::diverged);
  EXPECT_EQ(run.verdict.cause, Cause::domain);
  EXPECT_EQ(run.descent.last_step, 1u);
  EXPECT_NEAR(run.descent.last.x[0], -0.8, 1e-8);  // the gradient 3, to h^2
}

TEST(Verdict, StalledByHOrByTinySteps) {
  const RunResult h = Descent{"x^2", {1e20}, 0.1, 5}.go();
  EXPECT_EQ(h.verdict.ending, Ending::stalled);
  EXPECT_EQ(h.verdict.cause, Cause::precision);
  const RunResult tiny = Descent{"x^2", {1e-3}, 1e-20, 5}.go();
  EXPECT_EQ(tiny.verdict.ending, Ending::stalled);
  EXPECT_EQ(tiny.verdict.cause, Cause::tiny_steps);
}

TEST(Verdict, ConvergedByACriterionOrNotWhenABudgetRanOut) {
  Descent met{"x^2", {1}, 0.1};
  met.stop.tol_grad = 0.1;
  EXPECT_EQ(met.go().verdict.ending, Ending::converged);
  Descent short_of{"x^2", {1}, 0.1, 5};
  short_of.stop.tol_grad = 1e-12;
  EXPECT_EQ(short_of.go().verdict.ending, Ending::not_converged);
  Descent stopped{"x^2", {1}, 1e-9, 1000};
  stopped.rows.stop_at = 3;
  const RunResult run = stopped.go();
  EXPECT_EQ(run.verdict.ending, Ending::interrupted);
  EXPECT_EQ(run.descent.last_step, 3u);
}

TEST(Verdict, TheNoiseFloorIsEpsTimesFOverH) {
  // 1 + x^2 at 0: f = 1, h = 1e-4, central: eps * 1 / 1e-4.
  const RunResult run = Descent{"1+x^2", {0}, 0.1, 3}.go();
  EXPECT_DOUBLE_EQ(run.verdict.noise_floor, std::numeric_limits<double>::epsilon() / 1e-4);
  EXPECT_TRUE(run.verdict.at_noise_floor);  // the gradient is exactly 0
  EXPECT_EQ(run.verdict.ending, Ending::converged);
  EXPECT_EQ(run.verdict.end.kind(), PointKind::minimum);
}

TEST(Verdict, TheBooksProblemsKeepTheirVerdicts) {
  Descent himmelblau{"(x^2+y-11)^2+(x+y^2-7)^2", {0, 0}, 0.01, 10000};
  himmelblau.stop.tol_grad = 1e-8;
  Descent booth{"(x+2*y-7)^2+(2*x+y-5)^2", {0, 0}, 0.05, 10000};
  booth.stop.tol_grad = 1e-8;
  Descent beale{
      "(1.5-x+x*y)^2+(2.25-x+x*y^2)^2+(2.625-x+x*y^3)^2", {1, 1}, 0.01, 100000, Method::adam};
  beale.stop.tol_grad = 1e-8;
  for (Descent* problem : {&himmelblau, &booth, &beale}) {
    const RunResult run = problem->go();
    EXPECT_EQ(run.verdict.ending, Ending::converged) << problem->expression;
    EXPECT_EQ(run.verdict.end.kind(), PointKind::minimum) << problem->expression;
  }
  const RunResult rosenbrock = Descent{"(1-x)^2+100*(y-x^2)^2", {-1.2, 1}, 0.001, 5000}.go();
  EXPECT_EQ(rosenbrock.verdict.ending, Ending::not_converged);
  EXPECT_EQ(rosenbrock.verdict.end.kind(), PointKind::minimum);
}

TEST(StableRate, IsTwoOverLForSgdAndMoreWithMomentum) {
  OptimizerSettings sgd;
  EXPECT_EQ(*stable_rate(sgd, 4), 0.5);
  OptimizerSettings heavy;
  heavy.method = Method::momentum;
  heavy.momentum = 0.9;
  EXPECT_DOUBLE_EQ(*stable_rate(heavy, 4), 0.95);
  OptimizerSettings adam;
  adam.method = Method::adam;
  EXPECT_FALSE(stable_rate(adam, 4));
  EXPECT_FALSE(stable_rate(sgd, 0));
}

}  // namespace
}  // namespace gd
