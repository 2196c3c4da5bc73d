// Hostile input, one row each: malformed and adversarial expressions, bad
// option values, numerics that break down. Each must give the documented
// exit code, one clear stderr line naming the problem (expression errors add
// the expression and a caret under the column), nothing half-written on
// stdout, and finish in bounded time and memory.
#include <sys/resource.h>

#include <fstream>
#include <string>

#include "e2e.h"

namespace gd_e2e {
namespace {

struct Hostile {
  std::string name;
  std::string args;  // bash text
  int code;
  std::string says;  // part of stderr's first line
};

void PrintTo(const Hostile& row, std::ostream* out) { *out << row.name; }

/// A file in the scratch directory the rows run in. Each row is its own
/// process (ctest -j), so it is written aside and renamed into place: a
/// row never reads another's half-written copy.
void write_scratch(const std::string& name, const std::string& bytes) {
  const std::string aside = scratch(name);
  std::ofstream(aside, std::ios::binary) << bytes;
  std::rename(aside.c_str(), (testing::TempDir() + name).c_str());
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GD_E2E_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define GD_E2E_ASAN 1
#endif
/// Memory is capped at 1 GiB (ASan reserves terabytes of address space, so
/// under it the peak is only checked afterwards).
#ifdef GD_E2E_ASAN
constexpr const char* kMemoryCap = "";
#else
constexpr const char* kMemoryCap = "ulimit -v 1048576; ";
#endif

/// Runs gd in the scratch directory, killed after 30 s. `to` takes its
/// stdout: "" for the captured file, "> /dev/full", "| head -1" (then
/// head's output is captured, and the code is gd's: pipefail).
Outcome run_bounded(const std::string& args, const std::string& to = "") {
  const std::string out = scratch("hostile_out"), err = scratch("hostile_err"),
                    script = scratch("hostile.sh");
  std::remove(out.c_str());
  const bool piped = to.rfind("|", 0) == 0;
  std::ofstream(script) << "set -o pipefail\n"
                        << kMemoryCap << "cd '" << testing::TempDir()
                        << "' && timeout -s KILL 30 '" GD_BINARY "' " << args << " 2>'" << err
                        << "' " << (to.empty() || piped ? to + " >'" + out + "'" : to) << "\n";
  const int status = std::system(("bash '" + script + "'").c_str());
  return {slurp(out), slurp(err), WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

/// The most memory any child so far has held, in MiB.
long children_peak_mib() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

class HostileInput : public testing::TestWithParam<Hostile> {
 protected:
  static void SetUpTestSuite() {
    write_scratch("gd_hostile_nul.txt", std::string("x+\0y", 4));
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += '(';
    deep += 'x';
    for (int i = 0; i < 5000; ++i) deep += ')';
    write_scratch("gd_hostile_deep.txt", deep);
    std::string long_sum = "x";
    while (long_sum.size() <= 20000) long_sum += "+x";
    write_scratch("gd_hostile_long.txt", long_sum);
    write_scratch("gd_hostile_twice.toml", "steps = 3\nsteps = 4\n");
    write_scratch("gd_hostile_big.toml", "# " + std::string(1 << 20, 'c') + "\n");
  }
};

TEST_P(HostileInput, OneLineTheDocumentedCodeAndNothingHalfWritten) {
  const Hostile& row = GetParam();
  const Outcome run = run_bounded(row.args);
  EXPECT_EQ(run.code, row.code) << run.err;
  const std::vector<std::string> err = lines(run.err);
  if (row.code == 0) {
    EXPECT_EQ(run.err, "");
  } else {
    ASSERT_FALSE(err.empty());
    EXPECT_EQ(err[0].rfind("gd: error: ", 0), 0u) << err[0];
    EXPECT_NE(err[0].find(row.says), std::string::npos) << err[0];
    // One line; an expression error at a column adds the expression and a caret.
    const bool caret = err.size() == 3 && err[0].find(" at column ") != std::string::npos &&
                       err[2].find_first_not_of(' ') == err[2].find('^');
    EXPECT_TRUE(err.size() == 1 || caret) << run.err;
  }
  if (row.code == 2 || row.code == 4) {
    EXPECT_EQ(run.out, "");  // refused before anything is computed
  } else {
    // Rows up to where it stopped, each whole: the header's field count and a newline.
    ASSERT_FALSE(run.out.empty());
    EXPECT_EQ(run.out.back(), '\n');
    const std::vector<std::string> rows = lines(run.out);
    for (const std::string& line : rows)
      EXPECT_EQ(split(line, ',').size(), split(rows[0], ',').size()) << line;
  }
  EXPECT_LT(children_peak_mib(), 512);
}

INSTANTIATE_TEST_SUITE_P(
    Table, HostileInput,
    testing::Values(
        // Expressions
        Hostile{"DeepNesting", "--expr @gd_hostile_deep.txt --start 1 --steps 3", 0, ""},
        Hostile{"Over20000Characters", "--expr @gd_hostile_long.txt --start 1", 2,
                "is 20001 characters long; muParser accepts at most 19999"},
        Hostile{"OnlyOperators", "--expr '+-*/' --start 1", 2, "unexpected operator at column 3"},
        Hostile{"UnbalancedOpen", "--expr '((x+1)' --start 1", 2, "missing parenthesis"},
        Hostile{"UnbalancedClose", "--expr 'x+1)' --start 1", 2, "unexpected parenthesis"},
        Hostile{"TernaryWithoutElse", "--expr 'x ? 1' --start 1", 2, "missing an else clause"},
        Hostile{"ColonWithoutTernary", "--expr 'x : 1' --start 1", 2, "misplaced colon"},
        Hostile{"UnknownFunction", "--expr 'foo(x)+y' --start 1", 2, "unknown function \"foo\""},
        Hostile{"Assignment", "--expr 'x=5' --start 1", 2, "assignment \"=\" is not allowed"},
        Hostile{"CompoundAssignment", "--expr 'x+=1' --start 1", 2, "assignment \"+=\""},
        Hostile{"CommaResults", "--expr 'x,y' --start 1", 2, "gives 2 results"},
        Hostile{"CommaConstants", "--expr '1,2' --start 1", 2, "has no variables"},
        Hostile{"Unicode", "--expr 'x²+y' --start 1", 2, "non-ASCII character"},
        Hostile{"ControlCharacter", "--expr $'x\\x01+y' --start 1", 2, "control character 0x01"},
        Hostile{"NulViaAFile", "--expr @gd_hostile_nul.txt --start 1", 2, "NUL byte at byte 3"},
        Hostile{"EndlessFile", "--expr @/dev/zero --start 1", 2, "is over 1 MiB"},
        Hostile{"MissingFile", "--expr @gd_hostile_missing --start 1", 2, "cannot be read"},
        Hostile{"Empty", "--expr '' --start 1", 2, "the expression is empty"},
        Hostile{"FunctionWithoutParentheses", "--expr 'sin+x' --start 1", 2,
                "\"sin\" is a function"},
        Hostile{"ColumnName", "--expr 'step+x' --start 1,1", 2, "name of a history column"},
        Hostile{"StringLiteral", "--expr '\"a\"+x' --start 1", 2, "strings"},
        Hostile{"TooLongName", "--expr \"$(printf 'v%.0s' {1..200})+x\" --start 1", 2,
                "longer than muParser's"},
        // Option values
        Hostile{"LrNan", "--expr 'x^2' --start 1 --lr nan", 2, "--lr: \"nan\" is not a finite"},
        Hostile{"LrNegative", "--expr 'x^2' --start 1 --lr -1", 2,
                "--lr: expected finite numbers > 0"},
        Hostile{"LrOverflow", "--expr 'x^2' --start 1 --lr 1e400", 2, "\"1e400\" is not a finite"},
        Hostile{"StepsNegative", "--expr 'x^2' --start 1 --steps -5", 2,
                "--steps: expected a whole"},
        Hostile{"Steps1e30", "--expr 'x^2' --start 1 --steps 1e30", 2, "\"1e30\" (too large)"},
        Hostile{"Steps2To64", "--expr 'x^2' --start 1 --steps 18446744073709551616", 2,
                "(too large)"},
        Hostile{"StepsFraction", "--expr 'x^2' --start 1 --steps 2.5", 2, "--steps: expected"},
        Hostile{"HZero", "--expr 'x^2' --start 1 --h 0", 2, "--h: expected a finite number > 0"},
        Hostile{"StartCommaOnly", "--expr 'x^2' --start ,", 2, "value 1 of \",\" is empty"},
        Hostile{"StartEmptyValue", "--expr 'x^2+y+z' --start 1,,2", 2,
                "value 2 of \"1,,2\" is empty"},
        Hostile{"StartLetters", "--expr 'x^2' --start abc", 2, "\"abc\" is not a finite number"},
        Hostile{"StartCount", "--expr 'x^2+y^2' --start 1,2,3", 2, "has 3 values"},
        Hostile{"PlotWidthZero", "--expr 'x^2' --start 1 --format text --plot-width 0", 2,
                "--plot-width: expected a whole number from 1 to 1000"},
        Hostile{"PlotHeightHuge", "--expr 'x^2' --start 1 --format text --plot-height 100000", 2,
                "--plot-height"},
        Hostile{"UnknownOption", "--expr 'x^2' --start 1 --frobnicate", 2, "--frobnicate"},
        Hostile{"RepeatedOption", "--expr 'x^2' --start 1 --lr 0.1 --lr 0.2", 2,
                "--lr is given more than once"},
        Hostile{"UnknownFormat", "--expr 'x^2' --start 1 --format xml", 2, "\"xml\" is not one of"},
        Hostile{"UnknownOptimizer", "--expr 'x^2' --start 1 --optimizer sgdd", 2,
                "\"sgdd\" is not an optimizer"},
        Hostile{"MissingExpression", "--start 1", 2, "--expr is required"},
        Hostile{"ConfigIsADevice", "--config /dev/zero --expr x --start 1", 2,
                "--config /dev/zero: is over 1 MiB"},
        Hostile{"ConfigIsADirectory", "--config . --expr x --start 1", 2, "is a directory"},
        Hostile{"ConfigOver1MiB", "--config gd_hostile_big.toml --expr x --start 1", 2,
                "is over 1 MiB"},
        Hostile{"ConfigKeyTwice", "--config gd_hostile_twice.toml --expr x --start 1", 2,
                "key \"steps\" is given more than once"},
        Hostile{"ConfigEndlessPipe", "--config <(yes 'steps = 1') --expr x --start 1", 2,
                "is over 1 MiB"},
        Hostile{"OutputWithFormatNone", "--expr x --start 1 --format none --output gd_hostile_keep",
                2, "nothing to write"},
        Hostile{"EvalsBelowARow", "--expr 'x^2+y^2' --start 1,1 --max-evals 2", 2,
                "less than one row takes"},
        Hostile{"OutputIsADirectory", "--expr 'x^2' --start 1 --steps 1e9 --output .", 4,
                "--output"},
        Hostile{"OutputUnwritable", "--expr 'x^2' --start 1 --steps 1e9 --output /proc/gd/none", 4,
                "--output"},
        // Numerics
        Hostile{"InfAtStepK", "--expr '-exp(x)' --start 1 --lr 1", 3,
                "unbounded below: f fell from -2.718282 to -inf by step 3"},
        Hostile{"NanAtTheStart", "--expr 'sqrt(x)' --start -1", 3, "f is nan at the start point"},
        Hostile{"ZeroOverZero", "--expr '0/0+x' --start 1", 3, "f is nan at the start point"},
        Hostile{"HugeGradient", "--expr '1e300*x^2' --start 1e4", 3,
                "diverged at step 1: f is inf"},
        Hostile{"GradientNotFinite", "--expr 'x == 0 ? 0 : 1/0' --start 0", 3,
                "the gradient's x component is nan"}),
    [](const testing::TestParamInfo<Hostile>& param) { return param.param.name; });

// Output that goes away or fills up. A billion steps take about a minute,
// past the 30 s kill: each case must end at the first write that fails.
TEST(HostileOutput, AClosedPipeEndsALongRunQuietlyAndAtOnce) {
  for (const char* format : {"csv", "jsonl"}) {
    const Outcome run = run_bounded(
        std::string("--expr 'x^2' --start 1 --steps 1e9 --format ") + format, "| head -1");
    EXPECT_EQ(run.code, 0) << format;
    EXPECT_EQ(run.err, "") << format;
    EXPECT_EQ(lines(run.out).size(), 1u) << format;
  }
}

TEST(HostileOutput, AFullDiskEndsALongRunWithOneLineAndExitFour) {
  const Outcome run = run_bounded("--expr 'x^2' --start 1 --steps 1e9", "> /dev/full");
  EXPECT_EQ(run.code, 4);  // not 128 + a signal: no crash, no core
  EXPECT_EQ(run.err, "gd: error: cannot write output: No space left on device\n");
}

TEST(HostileOutput, AStdoutOpenOnlyForReadingIsExitFour) {
  const Outcome run = run_bounded("--expr 'x^2' --start 1 --steps 1e9", "1< /dev/null");
  EXPECT_EQ(run.code, 4);
  EXPECT_EQ(run.err, "gd: error: cannot write output: Bad file descriptor\n");
}

}  // namespace
}  // namespace gd_e2e
