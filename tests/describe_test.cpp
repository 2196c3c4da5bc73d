#include "output/describe.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/run.h"
#include "optimizer_settings.h"

namespace gd {
namespace {

TEST(Describe, RunNamesAsOptimizerTakesThem) {
  RunSpec run;
  run.settings = with(Method::adam, 0.3);
  EXPECT_EQ(run_name(run), "adam:0.3");
  run.settings = with(Method::sgd, 1e-05);
  EXPECT_EQ(run_name(run), "sgd:1e-05");
}

TEST(Describe, MethodsWithTheParametersTheyUse) {
  EXPECT_EQ(describe_method(with(Method::sgd, 0.1)), "sgd (lr 0.1)");
  EXPECT_EQ(describe_method(with(Method::adam, 0.3)),
            "adam (lr 0.3, beta1 0.9, beta2 0.999, eps 1e-07)");
  EXPECT_EQ(describe_method(with(Method::nesterov, 0.1)), "nesterov (lr 0.1, momentum 0.9)");
  EXPECT_EQ(describe_method(with(Method::momentum, 0.1)), "momentum (lr 0.1, momentum 0.9)");
  EXPECT_EQ(describe_method(with(Method::adagrad, 1.5)), "adagrad (lr 1.5, eps 1e-07)");
  EXPECT_EQ(describe_method(with(Method::rmsprop, 0.01)),
            "rmsprop (lr 0.01, decay 0.99, eps 1e-07)");
  OptimizerSettings armijo = with(Method::sgd, 1);
  armijo.armijo = true;
  EXPECT_EQ(describe_method(armijo), "sgd (lr 1, Armijo line search)");
}

TEST(Describe, Gradients) {
  EXPECT_EQ(describe_gradient({}), "central, h 0.0001");
  EXPECT_EQ(describe_gradient({Scheme::five_point, 1e-4, true}), "five-point, h auto");
  EXPECT_EQ(describe_gradient({Scheme::forward, 0.5, false}), "forward, h 0.5");
  EXPECT_STREQ(scheme_name(Scheme::backward), "backward");
  EXPECT_EQ(describe_h({Scheme::central, 1e-6, false}), "1e-06");
}

TEST(Describe, WhatWasNotFinite) {
  const std::vector<std::string> variables{"x", "y"};
  DescentResult result;
  result.non_finite = NonFinite::f;
  result.non_finite_value = -HUGE_VAL;
  EXPECT_EQ(describe_non_finite(result, variables), "f is -inf");
  result.non_finite = NonFinite::gradient;
  result.non_finite_coordinate = 1;
  result.non_finite_value = -std::nan("");  // a nan with its sign bit: still "nan"
  EXPECT_EQ(describe_non_finite(result, variables), "the gradient's y component is nan");
  result.non_finite = NonFinite::x;
  result.non_finite_coordinate = 0;
  result.non_finite_value = HUGE_VAL;
  EXPECT_EQ(describe_non_finite(result, variables), "x is inf");
}

TEST(Describe, StopReasonsInWords) {
  DescentSettings settings;
  settings.steps = 50;
  const std::vector<std::string> variables{"x"};
  DescentResult result;
  const auto words = [&] { return describe_stop(result, settings, variables); };
  EXPECT_EQ(words(), "all 50 steps made");
  settings.stop.tol_grad = 1e-6;
  EXPECT_EQ(words(), "the step budget ran out (--steps 50)");
  result.reason = StopReason::tol_grad;
  EXPECT_EQ(words(), "gradient norm <= --tol-grad 1e-06");
  settings.stop.max_evals = 10;
  result.reason = StopReason::max_evals;
  EXPECT_EQ(words(), "the evaluation budget ran out (--max-evals 10)");
  settings.stop.tol_f = 0.5;
  result.reason = StopReason::tol_f;
  EXPECT_EQ(words(), "f changed by <= --tol-f 0.5");
  settings.stop.tol_x = 1e-9;
  result.reason = StopReason::tol_x;
  EXPECT_EQ(words(), "x moved by <= --tol-x 1e-09");
  settings.stop.target = -2;
  result.reason = StopReason::target;
  EXPECT_EQ(words(), "f <= --target -2");
  settings.stop.max_time = 1.5;
  result.reason = StopReason::max_time;
  EXPECT_EQ(words(), "the time budget ran out (--max-time 1.5)");
  result.reason = StopReason::diverged;
  result.last_step = 3;
  result.non_finite = NonFinite::f;
  result.non_finite_value = HUGE_VAL;
  EXPECT_EQ(words(), "diverged at step 3: f is inf");
  result.reason = StopReason::closed;
  EXPECT_EQ(words(), "the output was closed");
  result.reason = StopReason::interrupted;
  EXPECT_EQ(words(), "interrupted at step 3");
}

TEST(Describe, StopWordsForDataRows) {
  const std::pair<StopReason, const char*> words[] = {
      {StopReason::finished, "finished"}, {StopReason::max_evals, "max_evals"},
      {StopReason::max_time, "max_time"}, {StopReason::tol_grad, "tol_grad"},
      {StopReason::target, "target"},     {StopReason::tol_f, "tol_f"},
      {StopReason::tol_x, "tol_x"},       {StopReason::diverged, "diverged"},
      {StopReason::closed, "closed"},     {StopReason::interrupted, "interrupted"}};
  for (const auto& [reason, word] : words) EXPECT_STREQ(stop_word(reason), word);
}

}  // namespace
}  // namespace gd
