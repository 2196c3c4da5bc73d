#include "output/report.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/run.h"

namespace gd {
namespace {

/// A run of x1^2+x2^2 that made three rows, as a session would hand it over.
struct Fixture {
  std::vector<double> x0{-3, 4}, x1{-2.5, 0.125}, x2{1e-05, -0.5};
  RunResult run(std::size_t index, Method method, double lr) const {
    RunResult run;
    run.spec.index = index;
    run.spec.settings.method = method;
    run.spec.settings.learning_rate = lr;
    run.descent.first.keep({0, 25, x0, 10});
    run.descent.last.keep({2, 0.25, x2, 1.5});
    run.descent.last_step = 2;
    run.descent.best_f = 0.25;
    run.descent.best_step = 2;
    run.descent.best_x = x2;
    run.evaluations = 15;
    run.gradient_error = 1.24e-11;
    run.seconds = 0.0000123;
    return run;
  }
};

const std::string kExpression = "x1^2+x2^2";
const std::vector<std::string> kVariables{"x1", "x2"};

TEST(Report, ShowsStartChartsEndAndSummary) {
  const std::string charts = "-\n -\n";
  const std::vector<RunResult> runs{Fixture().run(1, Method::sgd, 0.1)};
  const DescentSettings settings{{}, 2, {}};
  EXPECT_EQ(render_report({kExpression, kVariables, charts, runs, settings}),
            "f(x1, x2) = x1^2+x2^2\n"
            "x = [-3, 4]\n"
            "f(x) = 25\n"
            "-\n"
            " -\n"
            "x = [1e-05, -0.5]\n"
            "f(x) = 0.25\n"
            "method     sgd (lr 0.1)\n"
            "stopped    all 2 steps made\n"
            "steps      2, 15 evaluations of f, 0.012 ms\n"
            "f          25 at the start, 0.25 at the end\n"
            "best       0.25 at step 2\n"
            "gradient   norm 1.5, estimated error 1.2e-11 (central, h 0.0001)\n");
}

TEST(Report, SeveralRunsGetSummariesWithTheirPointAndARanking) {
  const Fixture fixture;
  std::vector<RunResult> runs{fixture.run(1, Method::adam, 0.3), fixture.run(2, Method::sgd, 0.95)};
  runs[0].descent.last.keep({3, 7, fixture.x1, 2});  // ends higher: ranked second
  runs[0].descent.reason = StopReason::tol_grad;
  runs[0].descent.last_step = 3;
  runs[0].gradient_error.reset();
  DescentSettings settings{{}, 2, {}};
  settings.stop.tol_grad = 2;
  const std::string charts;
  const ReportInput input{kExpression, kVariables, charts, runs, settings};
  const std::string text = render_report(input);
  EXPECT_NE(text.find("run 1\n  method     adam (lr 0.3, beta1 0.9, beta2 0.999, eps 1e-07)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  x          [-2.5, 0.125]\n"), std::string::npos) << text;
  EXPECT_NE(text.find("error not estimated"), std::string::npos) << text;
  // Run 1's best (step 2) is not its last row (step 3): its x is shown.
  EXPECT_NE(text.find("  best       0.25 at step 2, x = "), std::string::npos) << text;
  EXPECT_NE(text.find("  best       0.25 at step 2\n"), std::string::npos) << text;  // run 2
  EXPECT_EQ(render_ranking(input),
            "rank  run  optimizer  lr    final f  best f  best at  met at  stopped\n"
            "1     2    sgd        0.95  0.25     0.25    2        -       the step budget ran "
            "out (--steps 2)\n"
            "2     1    adam       0.3   7        0.25    2        3       gradient norm <= "
            "--tol-grad 2\n");
}

TEST(Report, RunsThatDivergedRankLast) {
  const Fixture fixture;
  std::vector<RunResult> runs{fixture.run(1, Method::sgd, 1), fixture.run(2, Method::sgd, 2)};
  runs[0].descent.reason = StopReason::diverged;  // even with the lower f
  runs[0].descent.non_finite = NonFinite::f;
  runs[0].descent.non_finite_value = HUGE_VAL;
  runs[1].descent.last.f = 1.0;
  const DescentSettings settings{{}, 2, {}};
  const std::string charts;
  const std::string ranking = render_ranking({kExpression, kVariables, charts, runs, settings});
  EXPECT_LT(ranking.find("\n1     2"), ranking.find("\n2     1")) << ranking;
  EXPECT_NE(ranking.find("diverged at step 2: f is inf"), std::string::npos) << ranking;
}

}  // namespace
}  // namespace gd
