#include "core/run.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/objective.h"

namespace gd {
namespace {

/// Counts what a run shows it, and may stop it or close its output.
struct Counter : Observer {
  std::size_t begins = 0, rows = 0, ends = 0;
  std::size_t run_begun = 0;
  std::uint64_t stop_after = UINT64_MAX;
  RunResult ended;
  void begin(const RunSpec& run) override {
    ++begins;
    run_begun = run.index;
  }
  Next on_row(const Row& row) override {
    ++rows;
    return row.step < stop_after ? Next::go_on : Next::stop_closed;
  }
  void end(const RunResult& result) override {
    ++ends;
    ended = result;
  }
};

RunResult run(const std::string& text, double start, double lr, DescentSettings settings,
              Counter& counter, bool estimate = true) {
  Objective f = Objective::compile({text, {}, {}});
  f.set_point({start});
  RunSpec spec;
  spec.index = 3;
  spec.settings.learning_rate = lr;
  return run_descent(spec, f, settings, counter, estimate);
}

TEST(Run, BeginsAndEndsOnEveryWayOut) {
  StopCriteria tol;
  tol.tol_grad = 0.5;
  StopCriteria evals;
  evals.max_evals = 7;
  const struct {
    const char* text;
    double start, lr;
    DescentSettings settings;
    std::uint64_t stop_after;
    StopReason reason;
  } ways[] = {{"x^2", 1, 0.1, {{}, 5, {}}, UINT64_MAX, StopReason::finished},
              {"x^2", 1, 0.1, {{}, 100, tol}, UINT64_MAX, StopReason::tol_grad},
              {"x^2", 1, 0.1, {{}, 100, evals}, UINT64_MAX, StopReason::max_evals},
              {"-exp(x)", 1, 1, {{}, 100, {}}, UINT64_MAX, StopReason::diverged},
              {"x^2", 1, 0.1, {{}, 100, {}}, 2, StopReason::closed}};
  for (const auto& way : ways) {
    Counter counter;
    counter.stop_after = way.stop_after;
    const RunResult result = run(way.text, way.start, way.lr, way.settings, counter);
    EXPECT_EQ(result.descent.reason, way.reason);
    EXPECT_EQ(counter.begins, 1u);
    EXPECT_EQ(counter.run_begun, 3u);
    EXPECT_EQ(counter.rows, result.descent.last_step + 1);
    EXPECT_EQ(counter.ends, 1u);
    EXPECT_EQ(counter.ended.descent.reason, way.reason);  // end sees the results
    EXPECT_EQ(counter.ended.spec.index, 3u);
  }
}

TEST(Run, CountsTheRunsEvaluationsOnly) {
  // x^2, 5 steps: 6 rows of f and a two-point gradient. The error estimate
  // (5 more) does not count.
  Counter counter;
  const RunResult result = run("x^2", 1, 0.1, {{}, 5, {}}, counter);
  EXPECT_EQ(result.evaluations, 18u);
  ASSERT_TRUE(result.gradient_error);
  EXPECT_GE(result.seconds, 0.0);
  Counter without;
  EXPECT_FALSE(run("x^2", 1, 0.1, {{}, 5, {}}, without, false).gradient_error);
}

TEST(Run, GradientErrorEstimate) {
  // exp at 0, central, h = 0.1: g(h) - g(h/2) ~ (h^2 - h^2/4)/6 = 0.00125.
  Objective f = Objective::compile({"exp(x)", {}, {}});
  f.set_point({0.0});
  const auto error = gradient_error(f, {Scheme::central, 0.1, false});
  ASSERT_TRUE(error);
  EXPECT_NEAR(*error, 0.00125, 0.00125 * 0.01);
  // No slope, no error.
  Objective flat = Objective::compile({"x*0+1", {}, {}});
  flat.set_point({2.0});
  EXPECT_EQ(gradient_error(flat, {}), 0.0);
}

}  // namespace
}  // namespace gd
