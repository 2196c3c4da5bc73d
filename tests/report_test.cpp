#include "output/report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gd {
namespace {

/// A run of x1^2+x2^2 logged from three rows, as the app would report it.
struct Fixture {
  RunLog log;
  std::vector<double> x0{-3, 4}, x1{-2.5, 0.125}, x2{1e-05, -0.5};
  Fixture() {
    log.on_row({0, 25, x0, 10});
    log.on_row({1, 6.5, x1, 5});
    log.on_row({2, 0.25, x2, 1.5});
  }
  RunReport report(std::size_t index, const char* optimizer, double lr) {
    RunReport run;
    run.index = index;
    run.method = std::string(optimizer) + " (lr 0.1)";
    run.optimizer = optimizer;
    run.learning_rate = lr;
    run.log = &log;
    run.result.last_step = 2;
    run.result.best_f = 0.25;
    run.result.best_step = 2;
    run.result.best_x = x2;
    run.stop = "all 2 steps made";
    run.evaluations = 15;
    run.gradient_error = 1.24e-11;
    run.gradient = "central, h 0.0001";
    run.seconds = 0.0000123;
    return run;
  }
};

TEST(Report, ShowsStartChartsEndAndSummary) {
  Fixture fixture;
  const std::string expression = "x1^2+x2^2", charts = "-\n -\n";
  const std::vector<std::string> variables{"x1", "x2"};
  const std::vector<RunReport> runs{fixture.report(1, "sgd", 0.1)};
  EXPECT_EQ(render_report({expression, variables, charts, runs}),
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
  Fixture good, bad;
  bad.log.on_row({3, 7, bad.x1, 2});  // ends higher: ranked second
  std::vector<RunReport> runs{bad.report(1, "adam", 0.3), good.report(2, "sgd", 0.95)};
  runs[0].result.reason = StopReason::tol_grad;
  runs[0].result.last_step = 3;
  runs[0].stop = "gradient norm <= --tol-grad 2";
  runs[0].gradient_error.reset();
  const std::string expression = "x1^2+x2^2", charts;
  const std::vector<std::string> variables{"x1", "x2"};
  const std::string text = render_report({expression, variables, charts, runs});
  EXPECT_NE(text.find("run 1\n  method     adam (lr 0.1)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  x          [-2.5, 0.125]\n"), std::string::npos) << text;
  EXPECT_NE(text.find("error not estimated"), std::string::npos) << text;
  // Run 1's best (step 2) is not its last row (step 3): its x is shown.
  EXPECT_NE(text.find("  best       0.25 at step 2, x = "), std::string::npos) << text;
  EXPECT_NE(text.find("  best       0.25 at step 2\n"), std::string::npos) << text;  // run 2
  EXPECT_EQ(render_ranking(runs),
            "rank  run  optimizer  lr    final f  best f  best at  met at  stopped\n"
            "1     2    sgd        0.95  0.25     0.25    2        -       all 2 steps made\n"
            "2     1    adam       0.3   7        0.25    2        3       gradient norm <= "
            "--tol-grad 2\n");
}

TEST(Report, RunsThatDivergedRankLast) {
  Fixture low, high;
  std::vector<RunReport> runs{low.report(1, "sgd", 1), high.report(2, "sgd", 2)};
  runs[0].result.reason = StopReason::diverged;  // even with the lower f
  const std::string ranking = render_ranking(runs);
  EXPECT_LT(ranking.find("\n1     2"), ranking.find("\n2     1")) << ranking;
}

TEST(Report, DurationsStayReadable) {
  EXPECT_EQ(format_duration(0.0000064), "0.006 ms");
  EXPECT_EQ(format_duration(0.0123), "12.300 ms");
  EXPECT_EQ(format_duration(0.9996), "999.600 ms");  // not "1e+03 ms"
  EXPECT_EQ(format_duration(1.5), "1.50 s");
  EXPECT_EQ(format_duration(1234.0), "1234.00 s");
}

}  // namespace
}  // namespace gd
