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

}  // namespace
}  // namespace gd
