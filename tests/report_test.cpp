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
            "verdict    not converged: all 2 steps made; the gradient norm fell from 10 to\n"
            "           1.5, f fell from 25 to 0.25\n"
            "method     sgd (lr 0.1)\n"
            "steps      2, 15 evaluations of f, 0.012 ms\n"
            "f          25 at the start, 0.25 at the end\n"
            "best       0.25 at step 2\n"
            "gradient   norm 1.5 +- 1.24e-11 (central, h 0.0001)\n");
}

TEST(Report, NumbersGetSevenDigitsOrAsManyAsAsked) {
  Fixture fixture;
  fixture.x0 = {0.1 + 0.2, 4};
  std::vector<RunResult> runs{fixture.run(1, Method::sgd, 0.1)};
  runs[0].descent.first.f = 24.199999999999996;
  const DescentSettings settings{{}, 2, {}};
  const std::string charts;
  ReportInput input{kExpression, kVariables, charts, runs, settings};
  std::string text = render_report(input);
  EXPECT_NE(text.find("x = [0.3, 4]\nf(x) = 24.2\n"), std::string::npos) << text;
  input.digits = 0;  // --digits full: the shortest text that reads back
  text = render_report(input);
  EXPECT_NE(text.find("x = [0.30000000000000004, 4]\nf(x) = 24.199999999999996\n"),
            std::string::npos)
      << text;
  input.digits = 2;
  EXPECT_NE(render_report(input).find("f(x) = 24\n"), std::string::npos);
}

TEST(Report, LongPointsWrapBetweenValuesWithinEightyColumns) {
  Fixture fixture;
  std::vector<std::string> names;
  fixture.x0.clear();
  for (int i = 1; i <= 30; ++i) {
    names.push_back("x" + std::to_string(i));
    fixture.x0.push_back(-1.0 / 3.0 * i);
  }
  fixture.x2 = fixture.x0;
  const std::vector<RunResult> runs{fixture.run(1, Method::sgd, 0.1)};
  const DescentSettings settings{{}, 2, {}};
  const std::string charts;
  const std::string text = render_report({kExpression, names, charts, runs, settings});
  std::size_t lines = 0, at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find('\n', at);
    const std::string line = text.substr(at, end - at);
    EXPECT_LE(line.size(), 80u) << line;
    // A wrapped point line ends after a value's comma, never inside a number.
    const bool point = line.rfind("x = [", 0) == 0 || line.rfind("    -", 0) == 0;
    if (point && line.back() != ']') {
      EXPECT_EQ(line.back(), ',') << line;
    }
    at = end + 1;
    ++lines;
  }
  EXPECT_NE(text.find("x = [-0.3333333, -0.6666667, -1, "), std::string::npos) << text;
  EXPECT_NE(text.find("\n    -"), std::string::npos) << text;  // continued, indented
  EXPECT_NE(text.find("f(x1, x2, x3, "), std::string::npos) << text;
  EXPECT_NE(text.find("\n  x"), std::string::npos) << text;  // the variables wrap too
  EXPECT_GT(lines, 12u);
}

TEST(Report, CautionsWhenTolGradAsksForLessThanTheGradientCanTell) {
  std::vector<RunResult> runs{Fixture().run(1, Method::sgd, 0.1)};
  runs[0].verdict.noise_floor = 3e-12;
  DescentSettings settings{{}, 2, {}};
  settings.stop.tol_grad = 1e-15;
  const std::string charts;
  const std::string text = render_report({kExpression, kVariables, charts, runs, settings});
  EXPECT_NE(text.find("caution    --tol-grad 1e-15 asks for less than the gradient's error here\n"
                      "           (~1.24e-11): the criterion cannot be trusted; try --grad "
                      "five-point\n"
                      "           or --h auto\n"),
            std::string::npos)
      << text;
  settings.stop.tol_grad = 1e-6;  // above the floor: no caution
  EXPECT_EQ(render_report({kExpression, kVariables, charts, runs, settings}).find("caution"),
            std::string::npos);
}

TEST(Report, SeveralRunsGetARankingAndAVerdictLineEach) {
  const Fixture fixture;
  std::vector<RunResult> runs{fixture.run(1, Method::adam, 0.3), fixture.run(2, Method::sgd, 0.95)};
  runs[0].descent.last.keep({3, 7, fixture.x1, 2});  // ends higher, but met the criterion
  runs[0].descent.reason = StopReason::tol_grad;
  runs[0].descent.last_step = 3;
  runs[0].verdict.ending = Ending::converged;
  DescentSettings settings{{}, 2, {}};
  settings.stop.tol_grad = 2;
  const std::string charts;
  ReportInput input{kExpression, kVariables, charts, runs, settings};
  const std::string text = render_report(input);
  EXPECT_EQ(render_ranking(input),
            "rank  run  optimizer  verdict        final f  best f     steps\n"
            "1     1    adam:0.3   converged      7        0.25 at 2  3\n"
            "2     2    sgd:0.95   not converged  0.25     0.25       2\n");
  EXPECT_NE(text.find("run 1 (adam:0.3): converged: gradient norm 2 <= --tol-grad 2 at step 3\n"
                      "run 2 (sgd:0.95): not converged: the step budget ran out (--steps 2) "
                      "before\n  --tol-grad 2; "),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("method"), std::string::npos) << text;  // no detail unless asked
  input.details = true;
  const std::string detailed = render_report(input);
  EXPECT_NE(detailed.find("run 1 (adam:0.3)\n  verdict    converged: gradient norm 2 <= "
                          "--tol-grad 2 at step 3\n  method     adam (lr 0.3, beta1 0.9, beta2 "
                          "0.999, eps 1e-07)\n"),
            std::string::npos)
      << detailed;
  EXPECT_NE(detailed.find("  x          [-2.5, 0.125]\n"), std::string::npos) << detailed;
  // Run 1's best (step 2) is not its last row (step 3): its x is shown.
  EXPECT_NE(detailed.find("  best       0.25 at step 2, x = "), std::string::npos) << detailed;
}

TEST(Report, EqualValuesAtTheShownDigitsShareARank) {
  const Fixture fixture;
  std::vector<RunResult> runs{fixture.run(1, Method::sgd, 0.1), fixture.run(2, Method::sgd, 0.2),
                              fixture.run(3, Method::sgd, 0.3)};
  runs[0].descent.last.f = 0.12345678;
  runs[1].descent.last.f = 0.12345681;  // the same at 7 digits: 0.1234568
  runs[2].descent.last.f = 0.5;
  const DescentSettings settings{{}, 2, {}};
  const std::string charts;
  ReportInput input{kExpression, kVariables, charts, runs, settings};
  std::string ranking = render_ranking(input);
  EXPECT_NE(ranking.find("\n1     1    sgd:0.1"), std::string::npos) << ranking;
  EXPECT_NE(ranking.find("\n1     2    sgd:0.2"), std::string::npos) << ranking;
  EXPECT_NE(ranking.find("\n3     3    sgd:0.3"), std::string::npos) << ranking;
  input.digits = 0;
  ranking = render_ranking(input);
  EXPECT_NE(ranking.find("\n2     2    sgd:0.2"), std::string::npos) << ranking;
}

TEST(Report, RunsWithoutAFiniteAnswerRankLast) {
  const Fixture fixture;
  std::vector<RunResult> runs{fixture.run(1, Method::sgd, 1), fixture.run(2, Method::sgd, 2)};
  runs[0].descent.reason = StopReason::diverged;  // even with the lower f
  runs[0].verdict.ending = Ending::unbounded;
  runs[1].descent.last.f = 1.0;
  const DescentSettings settings{{}, 2, {}};
  const std::string charts;
  const std::string ranking = render_ranking({kExpression, kVariables, charts, runs, settings});
  EXPECT_LT(ranking.find("\n1     2"), ranking.find("\n2     1")) << ranking;
  EXPECT_NE(ranking.find("unbounded"), std::string::npos) << ranking;
}

}  // namespace
}  // namespace gd
