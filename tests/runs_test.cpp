#include "runs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objective.h"

namespace gd {
namespace {

std::vector<std::string> names(const std::vector<RunSpec>& runs) {
  std::vector<std::string> result;
  for (const auto& run : runs) result.push_back(std::to_string(run.index) + " " + run_name(run));
  return result;
}

TEST(Runs, OneByDefault) {
  EXPECT_EQ(names(plan_runs(Options{})), std::vector<std::string>{"1 sgd:0.01"});
}

TEST(Runs, TheProductOfOptimizersAndLearningRates) {
  Options options;
  options.optimizers = {{Method::sgd, std::nullopt}, {Method::adam, std::nullopt}};
  options.learning_rates = {0.01, 0.1};
  EXPECT_EQ(names(plan_runs(options)),
            (std::vector<std::string>{"1 sgd:0.01", "2 sgd:0.1", "3 adam:0.01", "4 adam:0.1"}));
}

TEST(Runs, NameColonLrFixesOneRun) {
  Options options;
  options.optimizers = {{Method::sgd, 0.95}, {Method::adam, std::nullopt}};
  options.learning_rates = {0.01, 0.1};
  EXPECT_EQ(names(plan_runs(options)),
            (std::vector<std::string>{"1 sgd:0.95", "2 adam:0.01", "3 adam:0.1"}));
  options.learning_rates.clear();  // adam's own default
  EXPECT_EQ(names(plan_runs(options)), (std::vector<std::string>{"1 sgd:0.95", "2 adam:0.001"}));
}

TEST(Runs, ParametersReachEveryRun) {
  Options options;
  options.optimizers = {{Method::momentum, std::nullopt}, {Method::rmsprop, std::nullopt}};
  options.parameters.momentum = 0.5;
  options.parameters.decay = 0.9;
  for (const auto& run : plan_runs(options)) {
    EXPECT_EQ(run.settings.momentum, 0.5);
    EXPECT_EQ(run.settings.decay, 0.9);
  }
}

TEST(Runs, StopReasonsInWords) {
  Options options;
  options.steps = 50;
  DescentResult result;
  EXPECT_EQ(describe_stop(result, options), "all 50 steps made");
  options.stop.tol_grad = 1e-6;
  EXPECT_EQ(describe_stop(result, options), "the step budget ran out (--steps 50)");
  result.reason = StopReason::tol_grad;
  EXPECT_EQ(describe_stop(result, options), "gradient norm <= --tol-grad 1e-06");
  options.stop.max_evals = 10;
  result.reason = StopReason::max_evals;
  EXPECT_EQ(describe_stop(result, options), "the evaluation budget ran out (--max-evals 10)");
  options.stop.tol_f = 0.5;
  result.reason = StopReason::tol_f;
  EXPECT_EQ(describe_stop(result, options), "f changed by <= --tol-f 0.5");
  options.stop.tol_x = 1e-9;
  result.reason = StopReason::tol_x;
  EXPECT_EQ(describe_stop(result, options), "x moved by <= --tol-x 1e-09");
  options.stop.target = -2;
  result.reason = StopReason::target;
  EXPECT_EQ(describe_stop(result, options), "f <= --target -2");
  options.stop.max_time = 1.5;
  result.reason = StopReason::max_time;
  EXPECT_EQ(describe_stop(result, options), "the time budget ran out (--max-time 1.5)");
  result.reason = StopReason::diverged;
  result.last_step = 3;
  result.what_diverged = "f is inf";
  EXPECT_EQ(describe_stop(result, options), "diverged at step 3: f is inf");
}

TEST(Runs, GradientDescriptions) {
  EXPECT_EQ(describe_gradient({}), "central, h 0.0001");
  EXPECT_EQ(describe_gradient({Scheme::five_point, 1e-4, true}), "five-point, h auto");
}

TEST(Runs, GradientErrorEstimate) {
  // exp at 0, central, h = 0.1: g(h) - g(h/2) ~ (h^2 - h^2/4)/6 = 0.00125.
  Objective f = Objective::compile({"exp(x)", {}, {}});
  f.set_point({0.0});
  const auto error = gradient_error(f, {Scheme::central, 0.1, false});
  ASSERT_TRUE(error);
  EXPECT_NEAR(*error, 0.00125, 0.00125 * 0.01);
  // No slope, no relative error.
  Objective flat = Objective::compile({"x*0+1", {}, {}});
  flat.set_point({2.0});
  EXPECT_FALSE(gradient_error(flat, {}));
}

}  // namespace
}  // namespace gd
