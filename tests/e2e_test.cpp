// End-to-end: runs the built gd through /bin/sh and checks stdout, stderr
// and the exit code. Expected numbers come from independent computations
// in this file or from the issue and the seed document, never from gd.
#include "e2e.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace gd_e2e;

const char* const kSeed = "--expr 'x1^2+x2^2' --start -3,4 --lr 0.1 --steps 20";

// The picture from the seed blog post, copied by hand.
const char* const kSeedPicture =
    "-\n\n\n\n\n\n -\n\n\n\n\n  -\n\n\n   -\n    -\n     -\n      -\n"
    "       ------------\n                   -\n";

TEST(EndToEnd, SeedExampleReport) {
  Outcome run = gd(std::string(kSeed) + " --format text --plot classic --digits full");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  const std::string head = "f(x1, x2) = x1^2+x2^2\nx = [-3, 4]\nf(x) = 25\n";
  ASSERT_EQ(run.out.substr(0, head.size()), head);
  EXPECT_EQ(run.out.substr(head.size(), std::string(kSeedPicture).size()), kSeedPicture);

  auto text = lines(run.out.substr(head.size() + std::string(kSeedPicture).size()));
  ASSERT_EQ(text.size(), 11u) << run.out;
  // "x = [a, b]" then "f(x) = c": the values the issue gives, to 1e-12.
  double x1 = 0, x2 = 0, f = 0;
  ASSERT_EQ(std::sscanf(text[0].c_str(), "x = [%lf, %lf]", &x1, &x2), 2) << text[0];
  ASSERT_EQ(std::sscanf(text[1].c_str(), "f(x) = %lf", &f), 1) << text[1];
  EXPECT_NEAR(x1, -0.0345876451381767, 1e-12 * 0.0345876451381767);
  EXPECT_NEAR(x2, 0.0461168601841869, 1e-12 * 0.0461168601841869);
  EXPECT_NEAR(f, 0.0033230699894522, 1e-12 * 0.0033230699894522);
  // The verdict (four lines at full digits), then the rest. 21 rows, each f
  // and two evaluations per coordinate: 21 * 5 = 105.
  EXPECT_EQ(text[2], "verdict    not converged: all 20 steps made; the gradient norm fell from");
  EXPECT_EQ(text[6], "method     sgd (lr 0.1)");
  EXPECT_EQ(text[7].rfind("steps      20, 105 evaluations of f, ", 0), 0u) << text[7];
  EXPECT_EQ(text[8], "f          25 at the start, " + split(text[1], ' ')[2] + " at the end");
  EXPECT_EQ(text[9], "best       " + split(text[1], ' ')[2] + " at step 20");
  EXPECT_EQ(text[10].rfind("gradient   norm 0.115292150460", 0), 0u) << text[10];
}

TEST(EndToEnd, CsvIsTheSeedsNumbersExactly) {
  Outcome run = gd(kSeed);  // stdout is a file: csv
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 22u);
  EXPECT_EQ(rows[0], "step,f,x1,x2,grad_norm");
  auto expected = seed_rows(-3, 4, 0.1, 20);
  for (std::size_t k = 0; k <= 20; ++k) {
    auto fields = split(rows[k + 1], ',');
    ASSERT_EQ(fields.size(), 5u) << rows[k + 1];
    for (std::size_t c = 0; c < 5; ++c)  // every printed number reads back to the same double
      EXPECT_EQ(number(fields[c]), expected[k][c]) << "row " << k << " column " << c;
  }
}

TEST(EndToEnd, TenThousandStepsAreTheIndependentLoopsNumbersExactly) {
  // Every number of a 10,000-step run equals, bit for bit, the seed's loop
  // written out in this file: changes for speed may not change one bit.
  Outcome run = gd("--expr 'x1^2+x2^2' --start -3,4 --lr 0.0005 --steps 10000");
  EXPECT_EQ(run.code, 0);
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 10002u);
  auto expected = seed_rows(-3, 4, 0.0005, 10000);
  for (std::size_t k = 0; k <= 10000; ++k) {
    auto fields = split(rows[k + 1], ',');
    ASSERT_EQ(fields.size(), 5u);
    for (std::size_t c = 0; c < 5; ++c)
      ASSERT_EQ(number(fields[c]), expected[k][c]) << "row " << k << " column " << c;
  }
}

TEST(EndToEnd, FormatNoneWritesNothingButErrorsAndTheExitCode) {
  Outcome run = gd("--expr 'x1^2+x2^2' --start -3,4 --steps 1000 --format none");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "");
  Outcome diverged = gd("--expr '-exp(x)' --start 1 --lr 1 --format none");
  EXPECT_EQ(diverged.code, 3);
  EXPECT_EQ(diverged.out, "");
  EXPECT_EQ(lines(diverged.err).size(), 1u);
  Outcome budget = gd("--expr 'x^2' --start 1 --tol-grad 1e-300 --steps 5 --format none");
  EXPECT_EQ(budget.code, 1);
  // The norm no row shows is still taken for --tol-grad: met, exit 0.
  Outcome met = gd("--expr 'x^2' --start 1 --lr 0.1 --tol-grad 1e-3 --steps 100 --format none");
  EXPECT_EQ(met.code, 0);
  EXPECT_EQ(met.out + met.err, "");
  EXPECT_EQ(gd("--expr x --start 1 --format none --summary").code, 2);
}

TEST(EndToEnd, TsvAndJsonlCarryTheSameNumbers) {
  auto csv = lines(gd(kSeed).out);
  auto tsv = lines(gd(std::string(kSeed) + " --format tsv").out);
  auto jsonl = lines(gd(std::string(kSeed) + " --format jsonl").out);
  ASSERT_EQ(tsv.size(), 22u);
  ASSERT_EQ(jsonl.size(), 21u);  // no header
  EXPECT_EQ(tsv[0], "step\tf\tx1\tx2\tgrad_norm");
  for (std::size_t k = 1; k < csv.size(); ++k) {
    auto fields = split(csv[k], ',');
    EXPECT_EQ(split(tsv[k], '\t'), fields);
    EXPECT_EQ(jsonl[k - 1], "{\"step\":" + fields[0] + ",\"f\":" + fields[1] +
                                ",\"x1\":" + fields[2] + ",\"x2\":" + fields[3] +
                                ",\"grad_norm\":" + fields[4] + "}");
  }
}

TEST(EndToEnd, FormatAutoIsTextOnATerminal) {
  // script(1) gives gd a pseudo-terminal as stdout.
  const std::string screen_file = scratch("tty");
  std::string command = "script -qec \"'" GD_BINARY "' " + std::string(kSeed) +
                        "\" /dev/null < /dev/null > " + screen_file;
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::string screen = slurp(screen_file);
  EXPECT_NE(screen.find("f(x) = 25"), std::string::npos) << screen;
  EXPECT_EQ(screen.find("step,f"), std::string::npos) << screen;
}

TEST(EndToEnd, ExplicitPlotWithDataGoesToStderr) {
  Outcome run = gd(std::string(kSeed) + " --format csv --plot classic");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, kSeedPicture);
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 22u);
  for (std::size_t k = 1; k < rows.size(); ++k)  // data only: every row is 5 numbers
    EXPECT_EQ(split(rows[k], ',').size(), 5u) << rows[k];
}

TEST(EndToEnd, PlotSizeOptions) {
  // By hand: 20 losses 25*0.64^k (k = 1..20) on 10 columns: x_per_value 0.5,
  // so every second value is drawn: k = 2, 4, ..., 20. min 0.0033, gap 15.997;
  // row = floor(4 - (v - min)/gap*4): 10.24 -> 1, 4.19 -> 2, 1.72 .. 0.0081 -> 3,
  // and the last, the minimum, -> 4.
  Outcome run =
      gd(std::string(kSeed) + " --format csv --plot classic --plot-width 10 " + "--plot-height 5");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "\n-\n -\n  -------\n         -\n");
}

TEST(EndToEnd, PlotNoneDrawsNothing) {
  Outcome run = gd(std::string(kSeed) + " --format text --plot none");
  EXPECT_EQ(run.out.find("------------"), std::string::npos);
  EXPECT_EQ(lines(run.out).size(), 13u);
}

TEST(EndToEnd, OneStartValueIsUsedForEveryVariable) {
  auto rows = lines(gd("--expr 'x1+2*x2' --start 1.5 --steps 0").out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(split(rows[1], ',')[1], "4.5");
  EXPECT_EQ(split(rows[1], ',')[2], "1.5");
  EXPECT_EQ(split(rows[1], ',')[3], "1.5");
}

TEST(EndToEnd, VarsDefineAndPi) {
  auto rows = lines(gd("--expr 'a*y+x*0+_pi' --vars y,x --define a=2 --start 1,5 --steps 0").out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], "step,f,y,x,grad_norm");
  // a*y + _pi at y = 1: 2 + 3.141592653589793, computed here.
  EXPECT_EQ(number(split(rows[1], ',')[1]), 2.0 + 3.141592653589793);
}

TEST(EndToEnd, LeadingMinusInTheExpression) {
  Outcome run = gd("--expr '-x1^2+1' --start 3 --steps 0");
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(split(lines(run.out)[1], ',')[1], "-8");
}

TEST(EndToEnd, BadExpressionShowsWhereAndWritesNothing) {
  Outcome run = gd("--expr 'x1+*2' --start 1");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "gd: error: --expr: unexpected operator \"*\" at column 4\n"
            "  x1+*2\n"
            "     ^\n");
}

TEST(EndToEnd, ControlCharactersAreRefused) {
  Outcome run = gd("--expr $'x1\\x01+x2' --start 1");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("control character 0x01 at column 3"), std::string::npos) << run.err;
}

TEST(EndToEnd, BadOptionsAreOneLineAndExitTwo) {
  for (const char* args : {"--expr x --start 1 --lr -1", "--expr x --start 1 --steps -5",
                           "--expr x --start 1,2", "--expr x --start 1 --nope", "--start 1",
                           "--expr 'x+y' --start 1 --vars x", "--expr x --start 1 --define sin=1",
                           "--expr 'f^2+x' --start 1", "--expr 'grad_norm*step' --start 1"}) {
    Outcome run = gd(args);
    EXPECT_EQ(run.code, 2) << args;
    EXPECT_EQ(run.out, "") << args;
    EXPECT_EQ(lines(run.err).size(), 1u) << args << ": " << run.err;
    EXPECT_EQ(run.err.rfind("gd: error: ", 0), 0u) << run.err;
  }
}

TEST(EndToEnd, StartCountMismatchNamesTheVariables) {
  Outcome run = gd("--expr 'x1+x2+x3' --start 1,2");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.err,
            "gd: error: --start has 2 values, but the expression has 3 variables "
            "(x1, x2, x3)\n");
}

TEST(EndToEnd, DivergenceKeepsTheRowsAndExitsThree) {
  // -exp(x) from 1 with lr 1: x = 1, 1+e, 1+e+e^(1+e), then exp overflows.
  Outcome run = gd("--expr '-exp(x)' --start 1 --lr 1 --steps 100");
  EXPECT_EQ(run.code, 3);
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 5u) << run.out;  // header, steps 0..3
  const double x1 = 1 + std::exp(1.0);
  EXPECT_NEAR(number(split(rows[2], ',')[2]), x1, 1e-6);
  EXPECT_EQ(split(rows[4], ',')[0], "3");
  EXPECT_EQ(split(rows[4], ',')[1], "-inf");
  // f fell to -inf: no learning rate is to blame, f has no minimum.
  EXPECT_EQ(run.err,
            "gd: error: unbounded below: f fell from -2.718282 to -inf by step 3, ever faster: f "
            "has no minimum that way\n");
}

TEST(EndToEnd, XBecomingInfiniteIsDivergence) {
  // f = 1e300 atan(x): the gradient at 0 is about 1e300, so x_1 = -1e10 * 1e300
  // overflows to -inf, where f (-1e300 pi/2) and the gradient (0) are finite.
  Outcome run = gd("--expr '1e300*atan(x)' --start 0 --lr 1e10");
  EXPECT_EQ(run.code, 3);
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 3u) << run.out;
  EXPECT_EQ(split(rows[2], ',')[2], "-inf");
  // f's curvature at 0 is 0 (atan is straight there): no stable rate to suggest.
  EXPECT_EQ(run.err,
            "gd: error: diverged at step 1: x is -inf: the step overshot; try a smaller --lr (it "
            "is 1e+10)\n");
}

TEST(EndToEnd, NonFiniteGradientAtTheStartBlamesStartOrH) {
  // f(0) = 0, but f(+-h) = inf: the gradient is inf - inf = nan.
  Outcome run = gd("--expr 'x == 0 ? 0 : 1/0' --start 0");
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.err,
            "gd: error: diverged at step 0: the gradient's x component is nan at the start "
            "point; try another --start or a smaller --h (it is 0.0001)\n");
}

TEST(EndToEnd, WarnsWhenHIsBelowThePrecisionOfX) {
  // At x = 1e20, x +- 1e-4 == x: the gradient is 0 by rounding, not a minimum.
  Outcome run = gd("--expr 'x^2' --start 1e20 --steps 1");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(lines(run.out).size(), 3u);
  EXPECT_EQ(run.err,
            "gd: warning: stalled: from step 0, x +- h rounds to x (x = 1e+20; --h 0.0001 is "
            "below its precision): the gradient reads rounding, not f's slope; try --h auto\n");
  EXPECT_EQ(gd("--expr 'x^2' --start 1e20 --steps 1 --h 1e10").err, "");
}

TEST(EndToEnd, AnUnwritableStderrIsNoCrash) {
  // fmt::print throws when it cannot write; gd's messages must not.
  EXPECT_EQ(gd("--expr 'sqrt(x)' --start -1", "2>/dev/full >/dev/null").code, 3);
  EXPECT_EQ(gd("--expr 'x' --start 1", "2>&- >&-").code, 4);
  EXPECT_EQ(gd("--expr 'x+' --start 1", "2>/dev/full >/dev/null").code, 2);
}

TEST(EndToEnd, ANanGradientComponentShowsAsANanNorm) {
  // f(1) = 0 but f(1 + h) = sqrt(-h) is nan: the norm is nan, whatever follows x.
  Outcome run = gd("--expr 'sqrt(1-x)+0*y' --start 1,0 --steps 3");
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.out, "step,f,x,y,grad_norm\n0,0,1,0,nan\n");
}

TEST(EndToEnd, NanAtTheStartIsDivergenceAtStepZero) {
  Outcome run = gd("--expr 'sqrt(x)' --start -1 --format jsonl");
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.out, "{\"step\":0,\"f\":null,\"x\":-1,\"grad_norm\":null}\n");
  EXPECT_EQ(run.err,
            "gd: error: diverged at step 0: f is nan at the start point; try another --start\n");
}

TEST(EndToEnd, HeadEndsTheRunQuietly) {
  // A billion steps would take minutes: gd must notice the closed pipe.
  Outcome run = gd("--expr 'x^2' --start 1 --steps 1000000000", "| head -2");
  EXPECT_EQ(run.code, 0);  // pipefail: gd's own status
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(lines(run.out).size(), 2u);
}

TEST(EndToEnd, FullDiskIsExitFour) {
  for (const char* format : {"csv", "text"}) {
    Outcome run = gd(std::string(kSeed) + " --format " + format, "> /dev/full");
    EXPECT_EQ(run.code, 4) << format;
    EXPECT_EQ(run.err, "gd: error: cannot write output: No space left on device\n");
  }
}

TEST(EndToEnd, HelpAndVersion) {
  Outcome help = gd("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--plot-height"), std::string::npos);
  Outcome version = gd("--version");
  EXPECT_EQ(version.code, 0);
  EXPECT_EQ(version.out, "gd " GD_VERSION "\n");
}

TEST(EndToEnd, PiAndEAreConstants) {
  Outcome run = gd("--expr 'sin(pi*x)' --start 0.3 --format csv --steps 0");
  EXPECT_EQ(run.code, 0) << run.err;
  // sin(0.3 pi) = 0.80901699437494745 (cos 36 degrees, (1 + sqrt 5) / 4).
  ASSERT_EQ(lines(run.out).size(), 2u);
  EXPECT_EQ(lines(run.out)[0], "step,f,x,grad_norm");
  EXPECT_NEAR(number(split(lines(run.out)[1], ',')[1]), (1 + std::sqrt(5.0)) / 4, 1e-15);
  Outcome vars = gd("--expr 'pi*x' --vars x,pi --start 1 --format csv --steps 0");
  EXPECT_EQ(lines(vars.out).at(0), "step,f,x,pi,grad_norm");
  Outcome defined = gd("--expr 'e*x' --define e=3 --start 1 --format csv --steps 0");
  EXPECT_EQ(split(lines(defined.out).at(1), ',').at(1), "3");
}

TEST(EndToEnd, AFlagGivenANumberIsAUsageError) {
  // Found by the CLI fuzzer: was exit 70, "gd: internal error: stoll".
  Outcome run = gd("--expr x^2 --start 1 --no-header=77777777777777777777777");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "gd: error: --no-header: takes no value (or true or false), got "
            "\"77777777777777777777777\" (see gd --help)\n");
  Outcome version = gd("--version=77777777777777777777777");
  EXPECT_EQ(version.code, 2);
  EXPECT_EQ(version.out, "");
  Outcome steps = gd("--expr x --start 1 --steps 99999999999999999999999");
  EXPECT_EQ(steps.code, 2);
  EXPECT_EQ(steps.err,
            "gd: error: --steps: expected a whole number >= 0, got \"99999999999999999999999\" "
            "(too large) (see gd --help)\n");
}

TEST(EndToEnd, SlipsGetHints) {
  Outcome typo = gd("--expr x --start 1 --stpes 5");
  EXPECT_EQ(typo.code, 2);
  EXPECT_EQ(typo.out, "");
  EXPECT_EQ(typo.err, "gd: error: unknown option --stpes; did you mean --steps? (see gd --help)\n");
  Outcome loose = gd("'x^2+y^2' --start 1,2");
  EXPECT_EQ(loose.code, 2);
  EXPECT_EQ(loose.err,
            "gd: error: unexpected argument \"x^2+y^2\": an expression goes after --expr, as in "
            "--expr \"x^2+y^2\" (see gd --help)\n");
  Outcome power = gd("--expr 'x**2' --start 1");
  EXPECT_EQ(power.code, 2);
  EXPECT_EQ(power.out, "");
  EXPECT_EQ(power.err,
            "gd: error: --expr: unexpected operator \"*\" at column 3; powers are written ^, as "
            "in x^2\n  x**2\n    ^\n");
}

/// Every line of `text` at most `width` columns (UTF-8 aside: help is ASCII).
void expect_lines_within(const std::string& text, std::size_t width, const std::string& what) {
  for (const std::string& line : lines(text)) EXPECT_LE(line.size(), width) << what << ": " << line;
}

TEST(EndToEnd, HelpIsGroupedAndFitsEightyColumns) {
  for (const char* args : {"--help", "--help functions", "--help=functions"}) {
    Outcome piped = gd(args, "", "COLUMNS=80");
    EXPECT_EQ(piped.code, 0);
    EXPECT_EQ(piped.err, "");
    expect_lines_within(piped.out, 80, args);
    expect_lines_within(on_terminal(args, "COLUMNS=80", 80), 80, args);
  }
  const std::string help = gd("--help").out;
  for (const char* group : {"\nFunction:\n", "\nDescent:\n", "\nStopping:\n", "\nOutput:\n",
                            "\nCharts:\n", "\nOther:\n", "gd --help functions"})
    EXPECT_NE(help.find(group), std::string::npos) << group;
  for (const char* artefact : {"{false}", "=sgd", "=100", "REQUIRED"})
    EXPECT_EQ(help.find(artefact), std::string::npos) << artefact;
  EXPECT_NE(help.find("  --digits N|full"), std::string::npos);
}

TEST(EndToEnd, HelpWrapsToTheTerminalsWidth) {
  // A wider terminal gets longer lines (the pipe's are at most 80).
  const std::string wide = on_terminal("--help", "COLUMNS=80", 120);
  expect_lines_within(wide, 120, "120 columns");
  const auto longest = [](const std::string& text) {
    std::size_t most = 0;
    for (const std::string& line : lines(text)) most = std::max(most, line.size());
    return most;
  };
  EXPECT_GT(longest(wide), 80u);
}

}  // namespace
