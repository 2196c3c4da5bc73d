// End-to-end tests of optimizers, gradients, stopping and comparisons: the
// real gd, its stdout, stderr and exit code.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "e2e.h"
#include "problems.h"

namespace {

using namespace gd_e2e;

const char* const kUtf8 = "-u NO_COLOR LC_ALL= LC_CTYPE= LANG=C.UTF-8";
const char* const kBook =
    "--expr 'x^2/20+y^2' --start -7,2 --steps 30 "
    "--optimizer sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3";

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// The last data row's x and y of a csv history (columns step,f,x,y,...).
std::pair<double, double> final_point(const std::string& csv) {
  const auto fields = split(lines(csv).back(), ',');
  return {number(fields[2]), number(fields[3])};
}

TEST(Stopping, ACriterionMetIsExitZero) {
  Outcome run = gd("--expr 'x^2' --start 1 --lr 0.1 --tol-grad 0.1 --format text --plot none");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  // |g_k| = 2 * 0.8^k <= 0.1 first at k = 14.
  EXPECT_TRUE(
      has(run.out,
          "verdict    converged: gradient norm 0.08796093 <= --tol-grad 0.1 at step 14; f's\n"
          "           quadratic model there has a minimum 0.04398047 away, at [0]\n"))
      << run.out;
  EXPECT_TRUE(has(run.out, "steps      14, ")) << run.out;
}

TEST(Stopping, ABudgetBeforeTheCriteriaIsExitOne) {
  Outcome run = gd("--expr 'x^2' --start 1 --lr 0.1 --tol-grad 1e-12 --steps 5");
  EXPECT_EQ(run.code, 1);
  // |g_5| = 2 * 0.8^5, f_5 = 0.8^10; the quadratic model's minimum is x = 0.8^5 away.
  EXPECT_EQ(run.err,
            "gd: not converged: the step budget ran out (--steps 5) before --tol-grad 1e-12; the "
            "gradient norm fell from 2 to 0.65536, f fell from 1 to 0.1073742; f's quadratic "
            "model there has a minimum 0.32768 away, at [0]\n");
  EXPECT_EQ(lines(run.out).size(), 7u);  // every row is still written
  Outcome evals = gd("--expr 'x^2' --start 1 --target -1 --max-evals 10");
  EXPECT_EQ(evals.code, 1);
  EXPECT_EQ(lines(evals.out).size(), 4u);  // rows 0..2: 9 evaluations, a fourth would pass 10
  EXPECT_EQ(evals.err.rfind("gd: not converged: the evaluation budget ran out (--max-evals 10) "
                            "before --target -1; ",
                            0),
            0u)
      << evals.err;
  // Without a criterion, the steps running out is simply the end; the
  // other budgets are still budgets (as timeout(1) exits 124).
  EXPECT_EQ(gd("--expr 'x^2' --start 1 --max-evals 10").code, 1);
  EXPECT_EQ(gd("--expr 'x^2' --start 1 --steps 5").code, 0);
}

TEST(Stopping, ARoundingGradientIsNotConvergence) {
  // abs(x) at 1e150: x +- 1e-4 == x, the difference is 0, and the true
  // slope is 1. Not "converged": stalled, and the budget runs out.
  Outcome run = gd("--expr 'abs(x)' --start 1e150 --steps 10 --tol-grad 1e-12");
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.err,
            "gd: stalled: from step 0, x +- h rounds to x (x = 1e+150; --h 0.0001 is below its "
            "precision): the gradient reads rounding, not f's slope; try --h auto\n");
  // With h following |x|, the slope is seen.
  EXPECT_EQ(gd("--expr 'abs(x)' --start 1e150 --steps 10 --tol-grad 1e-12 --h auto").code, 1);
}

TEST(Stopping, TargetAndTimeBudget) {
  Outcome target = gd("--expr 'x^2' --start 1 --lr 0.1 --target 1e-3 --format text --plot none");
  EXPECT_EQ(target.code, 0);
  EXPECT_TRUE(has(target.out, "verdict    converged: f 0.0007922816 <= --target 0.001 at step 16"))
      << target.out;  // f_k = 0.8^(2k): 0.8^32
  Outcome time = gd("--expr 'x^2' --start 1 --steps 1e15 --max-time 0.2 --target -1");
  EXPECT_EQ(time.code, 1);
  EXPECT_EQ(time.err.rfind("gd: not converged: the time budget ran out (--max-time 0.2) before "
                           "--target -1; ",
                           0),
            0u)
      << time.err;
}

TEST(Gradients, SchemesAndAutomaticStepsRun) {
  for (const char* scheme : {"central", "forward", "backward", "five-point"}) {
    Outcome run = gd(std::string("--expr 'x^2+y^2' --start 1e20,1 --lr 0.25 --steps 1 --grad ") +
                     scheme + " --h auto --format text --plot none");
    EXPECT_EQ(run.code, 0) << scheme;
    EXPECT_EQ(run.err, "") << scheme;  // no h-lost warning: h follows |x|
    EXPECT_TRUE(has(run.out, std::string("(") + scheme + ", h auto)")) << run.out;
  }
}

TEST(Comparisons, EachRowBeginsWithItsRun) {
  Outcome run = gd("--expr 'x^2' --start 1 --steps 2 --optimizer sgd,adam --lr 0.01,0.1");
  EXPECT_EQ(run.code, 0);
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 1u + 4 * 3);
  EXPECT_EQ(rows[0], "run,optimizer,lr,step,f,x,grad_norm");
  const char* expected[] = {"1,sgd,0.01,", "2,sgd,0.1,", "3,adam,0.01,", "4,adam,0.1,"};
  for (std::size_t r = 0; r < 4; ++r)
    for (std::size_t k = 0; k < 3; ++k)
      EXPECT_EQ(rows[1 + 3 * r + k].rfind(expected[r] + std::to_string(k) + ",", 0), 0u)
          << rows[1 + 3 * r + k];
  // sgd with lr 0.1 on x^2 from 1: x_1 = 0.8 (to rounding).
  EXPECT_NEAR(number(split(rows[5], ',')[5]), 0.8, 1e-9);
  Outcome jsonl = gd("--expr 'x^2' --start 1 --steps 0 --optimizer sgd:0.5,adam --format jsonl");
  EXPECT_EQ(
      lines(jsonl.out)[1].rfind("{\"run\":2,\"optimizer\":\"adam\",\"lr\":0.001,\"step\":0,", 0),
      0u)
      << jsonl.out;
}

TEST(Comparisons, TheBooksFigure) {
  Outcome run =
      gd(std::string(kBook) + " --plot line,path --format text --plot-width 80", "", kUtf8);
  EXPECT_EQ(run.code, 0) << run.err;
  for (const char* name : {"sgd:0.95", "momentum:0.1", "adagrad:1.5", "adam:0.3"})
    EXPECT_TRUE(has(run.out, name)) << name;
  EXPECT_TRUE(has(run.out, "o start")) << run.out;
  EXPECT_TRUE(has(run.out, "rank  run  optimizer     verdict        final f"));
  for (const char* verdict :
       {"run 1 (sgd:0.95): not converged: all 30 steps made;", "run 4 (adam:0.3): not converged"})
    EXPECT_TRUE(has(run.out, verdict)) << verdict;
  // Four ranked rows, final f increasing down the table, then a verdict each.
  const auto table = run.out.substr(run.out.find("rank  run"));
  auto rows = lines(table);
  ASSERT_GE(rows.size(), 9u) << table;
  rows.resize(5);
  const std::size_t column = rows[0].find("final f");  // the table's columns line up
  double previous = -1;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r].rfind(std::to_string(r) + " ", 0), 0u) << rows[r];
    const double final_f = number(split(rows[r].substr(column), ' ')[0]);
    EXPECT_GE(final_f, previous);
    previous = final_f;
  }
  // momentum's best (step 24) is not its last row: the table says where it was.
  EXPECT_TRUE(has(table, "0.009535306 at 24")) << table;
}

TEST(Comparisons, ARunThatDivergesIsMarkedAndTheOthersGoOn) {
  // sgd with lr 1e100 on x^2 from 1 (h follows |x|): x_1 = -2e100,
  // x_2 = 4e200, where f = 1.6e401 is inf: diverged at step 2.
  const std::string args =
      "--expr 'x^2' --start 1 --h auto --steps 100 --optimizer sgd:1e100,sgd:0.1";
  Outcome run = gd(args + " --format text --plot line --plot-width 60 --plot-height 12", "", kUtf8);
  EXPECT_EQ(run.code, 3);
  // The report says why; stderr says it in short.
  EXPECT_EQ(run.err, "gd: error: run 1 (sgd:1e+100): diverged at step 2; the report says why\n");
  EXPECT_TRUE(has(run.out, "sgd:1e+100 (diverged)")) << run.out;
  EXPECT_TRUE(has(run.out, "! sgd:1e+100 (diverged): f = inf at step 2")) << run.out;
  EXPECT_TRUE(has(run.out, "run 2 (sgd:0.1): converged: all 100 steps made")) << run.out;
  Outcome csv = gd(args);
  EXPECT_EQ(csv.code, 3);
  // f = x^2 curves by 2: sgd is stable below 2/2.
  EXPECT_EQ(csv.err,
            "gd: error: run 1 (sgd:1e+100): diverged at step 2: f became inf after rising from 1 "
            "to 4e+200; lr 1e+100 is too large for f's curvature 2 at the start: try the rate in "
            "--optimizer below 1\n");
  EXPECT_EQ(lines(csv.out).size(), 1u + 3 + 101);  // run 1: steps 0..2; run 2: 0..100
  EXPECT_EQ(lines(csv.out).back().rfind("2,sgd,0.1,100,", 0), 0u);
}

TEST(Comparisons, ThePathMapFollowsARunThatDidNotDiverge) {
  // Run 1 diverges at step 2 (z near 1e200); the map is sliced at run 2's
  // end, z = 3 * 0.8^100 (about 6e-10), not at run 1's.
  Outcome run =
      gd("--expr 'x^2+y^2+z^2' --start 3 --h auto --optimizer sgd:1e100,sgd:0.1 "
         "--plot path --plot-vars x,y --format text",
         "", kUtf8);
  EXPECT_EQ(run.code, 3);
  const std::string note = "f sliced at the final z = ";
  const auto at = run.out.find(note);
  ASSERT_NE(at, std::string::npos) << run.out;
  EXPECT_NEAR(std::strtod(run.out.c_str() + at + note.size(), nullptr), 3 * std::pow(0.8, 100),
              1e-12);
}

TEST(Comparisons, NoRunTwiceAndNoBudgetBelowOneRow) {
  Outcome twice = gd("--expr 'x^2' --start 1 --optimizer sgd,sgd:0.01");
  EXPECT_EQ(twice.code, 2);
  EXPECT_EQ(twice.out, "");
  EXPECT_EQ(twice.err, "gd: error: --optimizer and --lr make the run sgd:0.01 twice\n");
  Outcome small = gd("--expr 'x^2+y^2' --start 1 --max-evals 4");
  EXPECT_EQ(small.code, 2);
  EXPECT_EQ(small.err,
            "gd: error: --max-evals 4 is less than one row takes (5: f and its gradient)\n");
  EXPECT_EQ(gd("--expr 'x^2+y^2' --start 1 --max-evals 5").code, 1);  // one row, then the budget
}

TEST(Comparisons, ArmijoOnlyWithSgdAndRunColumnsAreNotVariables) {
  Outcome armijo = gd("--expr 'x^2' --start 1 --optimizer adam --line-search armijo");
  EXPECT_EQ(armijo.code, 2);
  EXPECT_EQ(armijo.out, "");
  Outcome clash = gd("--expr 'lr^2' --start 1 --optimizer sgd,adam");
  EXPECT_EQ(clash.code, 2);
  EXPECT_TRUE(has(clash.err, "the variable \"lr\" has the name of a history column")) << clash.err;
  EXPECT_EQ(gd("--expr 'lr^2' --start 1").code, 0);  // one run: no run columns
}

// The settings the README gives for each test function's minimum: gd
// --expr F ARGS ends with exit 0 within 1e-6 of F's minimum.
void expect_minimum(const problems::Problem& problem, const std::string& args) {
  const std::string command = std::string("--expr '") + problem.expression + "' " + args;
  Outcome run = gd(command + " | tail -1");
  EXPECT_EQ(run.code, 0) << run.err;
  const auto [final_x, final_y] = final_point(run.out);
  EXPECT_NEAR(final_x, problem.x, 1e-6) << command;
  EXPECT_NEAR(final_y, problem.y, 1e-6) << command;
}

TEST(KnownMinima, Rosenbrock) {
  expect_minimum(problems::kRosenbrock,
                 "--start -1.2,1 --line-search armijo --lr 1 --grad five-point --h auto "
                 "--tol-grad 1e-8 --steps 100000");
}

TEST(KnownMinima, Himmelblau) {
  expect_minimum(problems::kHimmelblau, "--start 0,0 --lr 0.01 --tol-grad 1e-8 --steps 10000");
}

TEST(KnownMinima, Booth) {
  expect_minimum(problems::kBooth, "--start 0,0 --lr 0.05 --tol-grad 1e-8 --steps 10000");
}

TEST(KnownMinima, Beale) {
  expect_minimum(problems::kBeale,
                 "--start 1,1 --optimizer adam --lr 0.01 --tol-grad 1e-8 --steps 100000");
}

}  // namespace
