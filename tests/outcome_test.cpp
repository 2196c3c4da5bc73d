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

/// A run that ended for `reason` at `last_step`, judged `ending`: f fell
/// from 9 to 5, the gradient norm from 4 to 2, x went from (1, 1) to (2, 3).
RunResult result_of(const Plan& plan, StopReason reason, Ending ending,
                    std::uint64_t last_step = 100, std::size_t run = 0) {
  RunResult result;
  result.spec = plan.runs.at(run);
  result.descent.reason = reason;
  result.descent.last_step = last_step;
  const std::vector<double> start{1, 1}, end{2, 3};
  result.descent.first.keep({0, 9, start, 4});
  result.descent.last.keep({last_step, 5, end, 2});
  result.verdict.ending = ending;
  return result;
}

TEST(ExitForStop, IsTheOneTable) {
  for (const char* word : {"finished", "tol_grad", "tol_f", "tol_x", "target", "closed"})
    EXPECT_EQ(exit_for_stop(word, 0), exit_code::ok) << word;
  for (const char* word : {"max_steps", "max_evals", "max_time", "quit"})
    EXPECT_EQ(exit_for_stop(word, 0), exit_code::budget) << word;
  for (const char* word : {"diverged", "unbounded"})
    EXPECT_EQ(exit_for_stop(word, 0), exit_code::diverged) << word;
  EXPECT_EQ(exit_for_stop("interrupted", SIGINT), 130);
}

TEST(JudgeRun, AFinishedRunIsQuiet) {
  const Plan plan = plan_of();
  const Outcome outcome =
      judge_outcome(result_of(plan, StopReason::finished, Ending::not_converged), plan, 0);
  EXPECT_EQ(outcome.code, exit_code::ok);
  EXPECT_EQ(outcome.lines, "");
}

TEST(JudgeRun, ABudgetBeforeTheCriteriaIsOne) {
  Plan plan = plan_of();
  plan.descent.stop.tol_grad = 1e-8;
  Outcome outcome =
      judge_outcome(result_of(plan, StopReason::finished, Ending::not_converged), plan, 0);
  EXPECT_EQ(outcome.code, exit_code::budget);
  EXPECT_EQ(outcome.lines,
            "gd: not converged: the step budget ran out (--steps 100) before --tol-grad 1e-08; "
            "the gradient norm fell from 4 to 2, f fell from 9 to 5\n");
  EXPECT_EQ(judge_outcome(result_of(plan, StopReason::tol_grad, Ending::converged), plan, 0).code,
            exit_code::ok);
  // A closed output is said by whoever saw it fail, not as a budget.
  EXPECT_EQ(judge_outcome(result_of(plan, StopReason::closed, Ending::closed), plan, 0).code,
            exit_code::ok);
  // With a report, which gives the whole verdict, stderr says only the budget.
  plan.output.report = true;
  EXPECT_EQ(
      judge_outcome(result_of(plan, StopReason::finished, Ending::not_converged), plan, 0).lines,
      "gd: not converged: the step budget ran out (--steps 100) before --tol-grad 1e-08\n");
  plan.output.report = false;
  // --steps 0 evaluates the start on purpose: no budget ran out.
  plan.descent.steps = 0;
  outcome = judge_outcome(result_of(plan, StopReason::finished, Ending::not_converged, 0), plan, 0);
  EXPECT_EQ(outcome.code, exit_code::ok);
  EXPECT_EQ(outcome.lines, "");
}

TEST(JudgeRun, DivergingIsThreeWithAdviceThatFits) {
  const Plan plan = plan_of();
  RunResult result = result_of(plan, StopReason::diverged, Ending::diverged, 7);
  result.descent.runaway = Runaway::rose;
  const std::vector<double> far{1000, 2000};
  result.descent.last.keep({7, 3e7, far, 1e4});
  result.verdict.cause = Cause::learning_rate;
  // f curves by up to 4 at the start: sgd is stable below 2/4.
  result.verdict.start = {{1, 4}, {{1, 0}, {0, 1}}, {1e-9, 1e-9}};
  Outcome outcome = judge_outcome(result, plan, 0);
  EXPECT_EQ(outcome.code, exit_code::diverged);
  EXPECT_EQ(outcome.lines,
            "gd: error: diverged at step 7: f rose from 9 to 3e+07 as x moved to [1000, 2000]; lr "
            "0.1 is too large for f's curvature 4 at the start: try --lr below 0.5\n");
  result.spec.named_rate = true;
  EXPECT_NE(judge_outcome(result, plan, 0).lines.find("try the rate in --optimizer below 0.5"),
            std::string::npos);
  // At the start no learning rate is to blame: f itself, or f beside x.
  result.descent.runaway = Runaway::none;
  result.descent.last_step = 0;
  result.descent.non_finite = NonFinite::f;
  result.descent.non_finite_value = std::nan("");
  result.verdict.cause = Cause::start;
  EXPECT_EQ(judge_outcome(result, plan, 0).lines,
            "gd: error: diverged at step 0: f is nan at the start point; try another --start\n");
  result.descent.non_finite = NonFinite::gradient;
  result.descent.non_finite_coordinate = 1;
  EXPECT_EQ(judge_outcome(result, plan, 0).lines,
            "gd: error: diverged at step 0: the gradient's y component is nan at the start "
            "point; try another --start or a smaller --h (it is 0.0001)\n");
}

TEST(JudgeRun, UnboundedBelowIsThree) {
  const Plan plan = plan_of();
  const RunResult result = result_of(plan, StopReason::finished, Ending::unbounded);
  const Outcome outcome = judge_outcome(result, plan, 0);
  EXPECT_EQ(outcome.code, exit_code::diverged);
  EXPECT_EQ(outcome.lines,
            "gd: error: unbounded below: f fell from 9 to 5 by step 100, ever faster: f has no "
            "minimum that way\n");
}

TEST(JudgeRun, ASignalIs128PlusItsNumber) {
  const Plan plan = plan_of();
  const Outcome outcome = judge_outcome(
      result_of(plan, StopReason::interrupted, Ending::interrupted, 42), plan, SIGTERM);
  EXPECT_EQ(outcome.code, 143);
  EXPECT_EQ(outcome.lines, "gd: interrupted by SIGTERM at step 42: every row so far is written\n");
}

TEST(JudgeRun, QuitByTheWatchIsOneAsABudget) {
  Plan plan = plan_of();
  const Outcome outcome =
      judge_outcome(result_of(plan, StopReason::quit, Ending::quit, 12), plan, 0);
  EXPECT_EQ(outcome.code, exit_code::budget);
  EXPECT_EQ(outcome.lines, "gd: stopped by q at step 12 (--watch): every row so far is written\n");
  plan.output.report = true;  // the same line beside a report
  EXPECT_EQ(judge_outcome(result_of(plan, StopReason::quit, Ending::quit, 12), plan, 0).lines,
            outcome.lines);
}

TEST(JudgeRun, WarnsOfOscillationAndStallsWhenNoReportSaysSo) {
  Plan plan = plan_of();
  RunResult result = result_of(plan, StopReason::finished, Ending::oscillating);
  result.verdict.end = {{2}, {{1}}, {1e-9}};
  plan.variables = {"x"};
  Outcome outcome = judge_outcome(result, plan, 0);
  EXPECT_EQ(outcome.code, exit_code::ok);
  EXPECT_EQ(outcome.lines,
            "gd: warning: oscillating: the last steps jump back and forth and do not shrink, at "
            "f = 5; lr 0.1 is too large for f's curvature 2 here: try --lr below 1\n");
  plan.output.report = true;  // the report says it
  EXPECT_EQ(judge_outcome(result, plan, 0).lines, "");
}

TEST(JudgeRun, NamesTheRunWhenThereAreSeveral) {
  Plan plan = plan_of(2);
  plan.descent.stop.target = -1;
  const Outcome outcome =
      judge_outcome(result_of(plan, StopReason::finished, Ending::not_converged, 100, 1), plan, 0);
  EXPECT_EQ(outcome.lines,
            "gd: run 2 (sgd:0.2): not converged: the step budget ran out (--steps 100) before "
            "--target -1; the gradient norm fell from 4 to 2, f fell from 9 to 5\n");
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
