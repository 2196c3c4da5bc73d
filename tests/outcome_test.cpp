#include "app/outcome.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <string>

#include "app/plan.h"
#include "output/fd_output.h"

namespace gd {
namespace {

/// A plan of `runs` sgd runs of f(x, y), 100 steps.
Plan plan_of(std::size_t runs = 1) {
  Plan plan;
  plan.variables = {"x", "y"};
  plan.descent.steps = 100;
  for (std::size_t i = 1; i <= runs; ++i) {
    RunSpec run;
    run.index = i;
    run.settings.learning_rate = 0.1 * static_cast<double>(i);
    plan.runs.push_back(run);
  }
  return plan;
}

RunResult result_of(const Plan& plan, StopReason reason, std::uint64_t last_step = 100,
                    std::size_t run = 0) {
  RunResult result;
  result.spec = plan.runs.at(run);
  result.descent.reason = reason;
  result.descent.last_step = last_step;
  return result;
}

TEST(ExitCodes, AreTheDocumentedOnes) {
  EXPECT_EQ(exit_code::ok, 0);
  EXPECT_EQ(exit_code::budget, 1);
  EXPECT_EQ(exit_code::usage, 2);
  EXPECT_EQ(exit_code::diverged, 3);
  EXPECT_EQ(exit_code::write_failed, 4);
  EXPECT_EQ(exit_code::internal, 70);
  EXPECT_EQ(exit_code::interrupted(SIGINT), 130);
  EXPECT_EQ(exit_code::interrupted(SIGTERM), 143);
  EXPECT_EQ(exit_code::interrupted(SIGHUP), 129);
}

TEST(JudgeRun, AFinishedRunIsQuiet) {
  const Plan plan = plan_of();
  const Outcome verdict = judge_outcome(result_of(plan, StopReason::finished), plan, 0);
  EXPECT_EQ(verdict.code, exit_code::ok);
  EXPECT_EQ(verdict.lines, "");
}

TEST(JudgeRun, ABudgetBeforeTheCriteriaIsOne) {
  Plan plan = plan_of();
  plan.descent.stop.tol_grad = 1e-8;
  Outcome verdict = judge_outcome(result_of(plan, StopReason::finished), plan, 0);
  EXPECT_EQ(verdict.code, exit_code::budget);
  EXPECT_EQ(verdict.lines,
            "gd: the step budget ran out (--steps 100) before a criterion was met\n");
  EXPECT_EQ(judge_outcome(result_of(plan, StopReason::tol_grad), plan, 0).code, exit_code::ok);
  // A closed output is said by whoever saw it fail, not as a budget.
  EXPECT_EQ(judge_outcome(result_of(plan, StopReason::closed), plan, 0).code, exit_code::ok);
}

TEST(JudgeRun, DivergingIsThreeWithAdviceThatFits) {
  const Plan plan = plan_of();
  RunResult result = result_of(plan, StopReason::diverged, 7);
  result.descent.non_finite = NonFinite::f;
  result.descent.non_finite_value = HUGE_VAL;
  Outcome verdict = judge_outcome(result, plan, 0);
  EXPECT_EQ(verdict.code, exit_code::diverged);
  EXPECT_EQ(verdict.lines,
            "gd: error: diverged at step 7: f is inf; try a smaller --lr (it is 0.1)\n");
  result.spec.named_rate = true;
  EXPECT_EQ(judge_outcome(result, plan, 0).lines,
            "gd: error: diverged at step 7: f is inf; try a smaller rate in --optimizer (it is "
            "0.1)\n");
  // At the start no learning rate is to blame: f itself, or f beside x.
  result.descent.last_step = 0;
  result.descent.non_finite_value = std::nan("");
  EXPECT_EQ(judge_outcome(result, plan, 0).lines,
            "gd: error: diverged at step 0: f is nan at the start point; try another --start\n");
  result.descent.non_finite = NonFinite::gradient;
  result.descent.non_finite_coordinate = 1;
  EXPECT_EQ(judge_outcome(result, plan, 0).lines,
            "gd: error: diverged at step 0: the gradient's y component is nan at the start "
            "point; try another --start or a smaller --h (it is 0.0001)\n");
}

TEST(JudgeRun, ASignalIs128PlusItsNumber) {
  const Plan plan = plan_of();
  const Outcome verdict = judge_outcome(result_of(plan, StopReason::interrupted, 42), plan, SIGTERM);
  EXPECT_EQ(verdict.code, 143);
  EXPECT_EQ(verdict.lines, "gd: interrupted by SIGTERM at step 42: every row so far is written\n");
}

TEST(JudgeRun, WarnsWhenHFellBelowThePrecisionOfX) {
  Plan plan = plan_of();
  RunResult result = result_of(plan, StopReason::finished);
  result.descent.h_lost_step = 3;
  result.descent.h_lost_coordinate = 1;
  const Outcome verdict = judge_outcome(result, plan, 0);
  EXPECT_EQ(verdict.code, exit_code::ok);
  EXPECT_EQ(verdict.lines,
            "gd: warning: at step 3, y +- h rounds to y (--h 0.0001 is below its precision): the "
            "gradient there is rounding, not the slope of f; try a larger --h\n");
  // A run that diverged says only that.
  result.descent.reason = StopReason::diverged;
  result.descent.non_finite = NonFinite::f;
  result.descent.non_finite_value = HUGE_VAL;
  EXPECT_EQ(judge_outcome(result, plan, 0).lines.rfind("gd: error: diverged", 0), 0u);
}

TEST(JudgeRun, NamesTheRunWhenThereAreSeveral) {
  Plan plan = plan_of(2);
  plan.descent.stop.target = -1;
  const Outcome verdict = judge_outcome(result_of(plan, StopReason::finished, 100, 1), plan, 0);
  EXPECT_EQ(verdict.lines,
            "gd: run 2 (sgd:0.2): the step budget ran out (--steps 100) before a criterion was "
            "met\n");
}

/// A verdict as "CODE: LINES", to compare both at once.
std::string shown(const Outcome& verdict) {
  return std::to_string(verdict.code) + ": " + verdict.lines;
}

TEST(Verdicts, SayWhatStoppedGdWithItsCode) {
  EXPECT_EQ(shown(interrupted_before_runs(SIGINT)),
            "130: gd: interrupted by SIGINT before the run began\n");
  EXPECT_EQ(shown(interrupted_between_runs(SIGHUP, 2)),
            "129: gd: interrupted by SIGHUP: runs after run 2 were not made\n");
  EXPECT_EQ(shown(cannot_open_output("d", EISDIR)),
            "4: gd: error: --output d: cannot be written: Is a directory\n");
  EXPECT_EQ(shown(internal_error("bad_alloc")), "70: gd: internal error: bad_alloc\n");
  EXPECT_EQ(shown(internal_error("")), "70: gd: internal error\n");
}

TEST(Verdicts, AFailedWriteIsFourUnlessTheReaderLeft) {
  const int full = ::open("/dev/full", O_WRONLY);
  ASSERT_GE(full, 0);
  FdOutput disk(full);
  disk.write("x");
  EXPECT_FALSE(disk.flush());
  EXPECT_EQ(shown(output_failure(disk)),
            "4: gd: error: cannot write output: No space left on device\n");
  ::close(full);
  std::signal(SIGPIPE, SIG_IGN);  // as main does: EPIPE instead
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ::close(fds[0]);
  FdOutput pipe(fds[1]);
  pipe.write("x");
  EXPECT_FALSE(pipe.flush());
  EXPECT_EQ(shown(output_failure(pipe)), "0: ");  // `gd | head`: quietly
  ::close(fds[1]);
}

TEST(Verdicts, AreToldOnStderr) {
  std::FILE* err = std::tmpfile();
  EXPECT_EQ(tell(err, {3, "gd: error: x\n"}), 3);
  std::rewind(err);
  char line[32] = {};
  ASSERT_NE(std::fgets(line, sizeof line, err), nullptr);
  EXPECT_STREQ(line, "gd: error: x\n");
  std::fclose(err);
}

}  // namespace
}  // namespace gd
