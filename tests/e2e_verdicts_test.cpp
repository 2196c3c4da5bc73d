// Every verdict, end to end: the report's verdict line, --summary's stop
// and verdict words, the exit code, stderr in a pipe, and every row kept.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "e2e.h"

using namespace gd_e2e;

namespace {

struct Case {
  const char* name;
  const char* args;
  int code;
  const char* stop;     ///< --summary's stop word
  const char* verdict;  ///< --summary's verdict word
  const char* point;    ///< --summary's point word
  const char* says;     ///< in the report's verdict (unwrapped)
  const char* piped;    ///< the start of stderr in a pipe (csv), or "" for none
};

class Verdicts : public ::testing::TestWithParam<Case> {};

/// The report with its line breaks undone: "verdict ... \n           more" -> "... more".
std::string unwrapped(const std::string& report) {
  std::string text;
  for (const auto& line : lines(report)) {
    const std::size_t words = line.find_first_not_of(' ');
    if (!text.empty() && words == 11)
      text += " " + line.substr(11);
    else
      text += (text.empty() ? "" : "\n") + line;
  }
  return text;
}

TEST_P(Verdicts, SayTheSameInTheReportTheSummaryAndTheExitCode) {
  const Case& c = GetParam();
  const Outcome report = gd(std::string(c.args) + " --format text --plot none");
  EXPECT_EQ(report.code, c.code) << report.err;
  const std::string text = unwrapped(report.out);
  EXPECT_NE(text.find("\nverdict    "), std::string::npos) << text;
  EXPECT_NE(text.find(c.says), std::string::npos) << text;

  const Outcome summary = gd(std::string(c.args) + " --summary");
  EXPECT_EQ(summary.code, c.code);
  const auto rows = lines(summary.out);
  ASSERT_EQ(rows.size(), 2u) << summary.out;
  const auto fields = split(rows[1], ',');
  ASSERT_GE(fields.size(), 4u);
  EXPECT_EQ(fields[fields.size() - 4], c.stop) << rows[1];
  EXPECT_EQ(fields[fields.size() - 2], c.verdict) << rows[1];
  EXPECT_EQ(fields.back(), c.point) << rows[1];

  // The history keeps every row to the summary's last: steps 0..k, in order.
  const Outcome csv = gd(c.args);
  EXPECT_EQ(csv.code, c.code);
  const auto history = lines(csv.out);
  const std::size_t last = std::stoul(split(rows[1], ',')[3]);
  ASSERT_EQ(history.size(), last + 2) << csv.out.substr(0, 400);
  EXPECT_EQ(history.back().rfind(std::to_string(last) + ",", 0), 0u);
  if (*c.piped == '\0') {
    EXPECT_EQ(csv.err, "");
  } else {
    EXPECT_EQ(csv.err.rfind(c.piped, 0), 0u) << csv.err;
    EXPECT_EQ(lines(csv.err).size(), 1u) << csv.err;
  }
}

// The numbers in the words were checked by hand: for x^2 from 1 at lr 0.1,
// |g_k| = 2 * 0.8^k (k = 14: 0.08796093); Rosenbrock's Hessian at (-1.2, 1),
// [[1330, 480], [480, 200]], has largest eigenvalue 1506.37 (2/L = 0.0013);
// x^4+y^4 at (3, 3) curves by 12 * 9 = 108 (2/L = 0.019); ln(x)+x^2 from 1
// at lr 0.6 steps to 1 - 0.6 * 3 = -0.8; x^2-y^2 from (1, 0) is at
// x = 0.98^100 = 0.1326196 after 100 steps; the other values are the
// history's own rows (f and x at the last step).
const Case kCases[] = {
    {"Converged", "--expr 'x^2' --start 1 --lr 0.1 --tol-grad 0.1", 0, "tol_grad", "converged",
     "minimum",
     "converged: gradient norm 0.08796093 <= --tol-grad 0.1 at step 14; f's quadratic model "
     "there has a minimum 0.04398047 away, at [0]",
     ""},
    {"NotConverged", "--expr 'x1^2+x2^2' --start -3,4 --lr 0.1 --steps 20", 0, "finished",
     "not_converged", "none",
     "not converged: all 20 steps made; the gradient norm fell from 10 to 0.1152922, f fell "
     "from 25 to 0.00332307; f's quadratic model there has a minimum 0.05764608 away, at [0, 0]",
     ""},
    {"NotConvergedBeforeTheCriterion", "--expr 'x^2' --start 1 --lr 0.1 --tol-grad 1e-12 --steps 5",
     1, "max_steps", "not_converged", "none",
     "not converged: the step budget ran out (--steps 5) before --tol-grad 1e-12;",
     "gd: not converged: the step budget ran out (--steps 5) before --tol-grad 1e-12;"},
    {"DivergedRosenbrockAtTheDefaultRate", "--expr '(1-x)^2+100*(y-x^2)^2' --start -1.2,1", 3,
     "diverged", "diverged", "none",
     "diverged at step 4: f rose from 24.2 to 4.145558e+35 as x moved to [2.53744e+08, "
     "318131.9]; lr 0.01 is too large for f's curvature 1506 at the start: try --lr below 0.0013",
     "gd: error: diverged at step 4: f rose from 24.2 to 4.145558e+35"},
    {"DivergedBowlAtLr1.5", "--expr 'x^2+y^2' --start 1,1 --lr 1.5", 3, "diverged", "diverged",
     "none",
     "diverged at step 11: f rose from 2 to 8388608 as x moved to [-2048, -2048]; lr 1.5 is too "
     "large for f's curvature 2 at the start: try --lr below 1",
     "gd: error: diverged at step 11:"},
    {"DivergedQuartic", "--expr 'x^4+y^4' --start 3,3 --lr 0.1", 3, "diverged", "diverged", "none",
     "diverged at step 3: f rose from 162 to 6.770038e+25 as x moved to [-2412072, -2412072]; lr "
     "0.1 is too large for f's curvature 108 at the start: try --lr below 0.019",
     "gd: error: diverged at step 3:"},
    {"DivergedPastHsPrecision", "--expr '1e-20*x^2' --start 1 --lr 1.5e20 --steps 1000", 3,
     "diverged", "diverged", "none",
     "diverged at step 40: f rose from 1e-20 to 14689.74 and x "
     "grew to 1.212012e+12, where x +- h rounds to x; lr 1.5e+20 is too large",
     "gd: error: diverged at step 40:"},
    {"DivergedOutOfTheDomain", "--expr 'ln(x)+x^2' --start 1 --lr 0.6", 3, "diverged", "diverged",
     "none",
     "diverged at step 1: f is nan at x = [-0.8]: the step left f's domain (f was 1 at step 0); "
     "try a smaller --lr, or a start away from the edge",
     "gd: error: diverged at step 1: f is nan at x = [-0.8]"},
    {"DivergedAtTheStart", "--expr 'sqrt(x)' --start -1", 3, "diverged", "diverged", "none",
     "diverged at step 0: f is nan at the start point; try another --start",
     "gd: error: diverged at step 0:"},
    {"UnboundedToMinusInfinity", "--expr '-exp(x)' --start 1 --lr 1", 3, "unbounded", "unbounded",
     "none", "unbounded below: f fell from -2.718282 to -inf by step 3, ever faster",
     "gd: error: unbounded below:"},
    {"UnboundedPastHsPrecision", "--expr '-x^2' --start 1 --steps 2000", 3, "unbounded",
     "unbounded", "none", "unbounded below: f fell from -1 to -1.240738e+24 by step 1390",
     "gd: error: unbounded below:"},
    {"UnboundedAlongADownwardCurve", "--expr 'x^2-y^2' --start 1,0.1 --steps 1000", 3, "unbounded",
     "unbounded", "none",
     "unbounded below: f fell from 0.99 to -1.586187e+15 by step 1000, ever "
     "faster along y: f has no minimum that way",
     "gd: error: unbounded below:"},
    {"Oscillating", "--expr 'x^2' --start 1 --lr 1", 0, "finished", "oscillating", "none",
     "oscillating: the last steps jump back and forth and do not shrink, at f = 1; lr 1 is too "
     "large for f's curvature 2 here: try --lr below 1",
     "gd: warning: oscillating:"},
    {"SaddleReached", "--expr 'x^2-y^2' --start 1,0 --steps 2000", 0, "finished", "converged",
     "saddle", "; but a saddle point, not a minimum: f still descends along y (curvature -2)", ""},
    {"SaddleAhead", "--expr 'x^2-y^2' --start 1,0", 0, "finished", "not_converged", "none",
     "f's quadratic model there has a saddle point 0.1326196 away, at [0, 0] (f curves down "
     "along y)",
     ""},
    {"Maximum", "--expr '-x^2-y^2' --start 0,0", 0, "finished", "converged", "maximum",
     "converged: all 100 steps made, at a stationary point (gradient norm 0, at its noise "
     "floor); but a maximum, not a minimum: f descends in every direction",
     ""},
    {"StalledByH", "--expr 'x^2' --start 1e20", 0, "finished", "stalled", "none",
     "stalled: from step 0, x +- h rounds to x (x = 1e+20; --h 0.0001 is below its precision): "
     "the gradient reads rounding, not f's slope; try --h auto",
     "gd: warning: stalled:"},
    {"AConstantSlope", "--expr 'x' --start 1", 0, "finished", "not_converged", "none",
     "f slopes by 1 along x with no curvature there: no minimum that way", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, Verdicts, ::testing::ValuesIn(kCases), [](const auto& test) {
  std::string name = test.param.name;
  for (char& c : name)
    if (c == '.') c = '_';
  return name;
});

/// Every line on an 80-column terminal (and in a pipe with COLUMNS=80) fits.
void expect_fits(const std::string& text) {
  for (const auto& line : lines(text)) EXPECT_LE(columns(line), 80) << line;
}

TEST(Width, EveryReportLineFitsEightyColumns) {
  const char* const env = "-u NO_COLOR LC_ALL= LC_CTYPE= LANG=C.UTF-8 COLUMNS=80";
  const std::string runs[] = {
      "--expr '(1-x)^2+100*(y-x^2)^2' --start -1.2,1 --lr 0.001 --steps 5000 --plot line,path",
      "--expr 'x^2/20+y^2' --start -7,2 --steps 30 "
      "--optimizer sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3 --plot line,path",
      "--expr 'x^2/20+y^2' --start -7,2 --steps 30 "
      "--optimizer sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3 --details",
      "--expr 'x1^2+x2^2+x3^2+x4^2+x5^2+x6^2+x7^2+x8^2+x9^2+x10^2+x11^2+x12^2' --start 0.3 "
      "--plot path --plot-vars x1,x2",
  };
  for (const std::string& args : runs) {
    expect_fits(on_terminal(args, env, 80, 24));
    const Outcome piped = gd(args + " --format text", "", env);
    expect_fits(piped.out);
    EXPECT_NE(piped.out.find("verdict") + piped.out.find("rank"), std::string::npos);
  }
  // A run that diverged: the report says why, stderr in short.
  const Outcome diverged =
      gd("--expr '(1-x)^2+100*(y-x^2)^2' --start -1.2,1 --format text", "", env);
  EXPECT_EQ(diverged.code, 3);
  expect_fits(diverged.out);
  EXPECT_EQ(diverged.err, "gd: error: diverged at step 4; the report says why\n");
}

}  // namespace
