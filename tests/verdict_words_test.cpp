#include "output/verdict_words.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/run.h"

namespace gd {
namespace {

const std::vector<std::string> kVariables{"x", "y"};

TEST(StopWord, FollowsTheEndingThenTheReason) {
  DescentSettings settings;
  RunResult run;
  const auto word = [&] { return std::string(stop_word(run, settings)); };
  EXPECT_EQ(word(), "finished");  // every step made, no criterion
  settings.stop.tol_grad = 1e-6;
  EXPECT_EQ(word(), "max_steps");  // ... before the criterion
  settings.steps = 0;
  EXPECT_EQ(word(), "finished");  // --steps 0 evaluates the start on purpose
  const std::pair<StopReason, const char*> reasons[] = {
      {StopReason::tol_grad, "tol_grad"},   {StopReason::target, "target"},
      {StopReason::tol_f, "tol_f"},         {StopReason::tol_x, "tol_x"},
      {StopReason::max_evals, "max_evals"}, {StopReason::max_time, "max_time"}};
  for (const auto& [reason, expected] : reasons) {
    run.descent.reason = reason;
    EXPECT_EQ(word(), expected);
  }
  const std::pair<Ending, const char*> endings[] = {{Ending::diverged, "diverged"},
                                                    {Ending::unbounded, "unbounded"},
                                                    {Ending::interrupted, "interrupted"},
                                                    {Ending::closed, "closed"},
                                                    {Ending::quit, "quit"}};
  for (const auto& [ending, expected] : endings) {
    run.verdict.ending = ending;
    EXPECT_EQ(word(), expected);
  }
}

TEST(EndingWord, OneForEachEnding) {
  EXPECT_STREQ(ending_word(Ending::converged), "converged");
  EXPECT_STREQ(ending_word(Ending::not_converged), "not_converged");
  EXPECT_STREQ(ending_word(Ending::quit), "quit");
  EXPECT_STREQ(ending_word(Ending::oscillating), "oscillating");
  EXPECT_STREQ(ending_word(Ending::stalled), "stalled");
  EXPECT_STREQ(point_word(PointKind::saddle), "saddle");
  EXPECT_STREQ(point_word(PointKind::unknown), "unknown");
}

TEST(DescribePoint, NamesTheAxisOrTheDirection) {
  const DescentSettings settings;
  const Wording wording{settings, kVariables};
  Verdict v;
  v.end = {{-2, 2}, {{0, 1}, {1, 0}}, {1e-9, 1e-9}};
  EXPECT_EQ(describe_point(v, wording),
            "a saddle point, not a minimum: f still descends along y (curvature -2)");
  const double r = std::sqrt(0.5);
  v.end = {{0, 4}, {{r, -r}, {r, r}}, {1e-9, 1e-9}};
  EXPECT_EQ(describe_point(v, wording), "a minimum, flat along the direction [0.707, -0.707]");
  v.end = {{1, 4}, {{r, -r}, {r, r}}, {1e-9, 1e-9}};
  EXPECT_EQ(describe_point(v, wording), "a minimum (f curves up in every direction)");
}

TEST(DescribeVerdict, ConvergedAtASaddleSaysBut) {
  DescentSettings settings;
  settings.steps = 2000;
  RunResult run;
  run.descent.last_step = 2000;
  run.descent.last.grad_norm = 5.7e-18;
  run.verdict.ending = Ending::converged;
  run.verdict.stationary = true;
  run.verdict.model_distance = 2.8e-18;
  run.verdict.end = {{-2, 2}, {{0, 1}, {1, 0}}, {1e-9, 1e-9}};
  EXPECT_EQ(describe_verdict(run, {settings, kVariables}),
            "converged: all 2000 steps made, at a stationary point (the nearest is 2.8e-18 "
            "away); but a saddle point, not a minimum: f still descends along y (curvature -2)");
}

TEST(DescribeVerdict, NoStepsMadeSaysSo) {
  DescentSettings settings;
  settings.steps = 0;
  RunResult run;
  const std::vector<double> x{1, 2};
  run.descent.first.keep({0, 5, x, 4.5});
  run.descent.last = run.descent.first;
  EXPECT_EQ(describe_verdict(run, {settings, kVariables}),
            "no step made (--steps 0): f = 5, gradient norm 4.5");
}

}  // namespace
}  // namespace gd
