// End-to-end tests of batch and long runs: config files, summary rows,
// --every, --output, expressions from files, determinism, the progress line
// and --watch on a terminal, and SIGINT/SIGTERM.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "e2e.h"

namespace {

using namespace gd_e2e;

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string write(const std::string& name, const std::string& text) {
  const std::string path = scratch(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(Config, TheFileSetsOptionsAndTheCommandLineWins) {
  const std::string config = write("gd.toml",
                                   "# a sweep's settings\n"
                                   "expr = \"x^2\"\n"
                                   "start = \"1\"\n"
                                   "lr = \"0.25\"\n"
                                   "steps = 3\n");
  Outcome run = gd("--config '" + config + "'");
  EXPECT_EQ(run.code, 0) << run.err;
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 5u);  // steps 0..3 from the file
  // lr 0.25 from the file: x_1 = 1 - 0.25 * 2 = 0.5 (to rounding).
  EXPECT_NEAR(number(split(rows[2], ',')[2]), 0.5, 1e-9);
  Outcome wins = gd("--config '" + config + "' --steps 1 --lr 0.5");
  EXPECT_EQ(lines(wins.out).size(), 3u);
  EXPECT_NEAR(number(split(lines(wins.out)[2], ',')[2]), 0.0, 1e-9);
}

TEST(Config, ArraysAreLists) {
  const std::string config = write("arrays.toml",
                                   "start = [-3, 4]\n"
                                   "optimizer = [\"sgd\", \"adam\"]\n"
                                   "steps = 1\n");
  Outcome run = gd("--expr 'x^2+y^2' --config '" + config + "'");
  EXPECT_EQ(run.code, 0) << run.err;
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 5u);  // two runs of rows 0..1
  EXPECT_EQ(rows[1].rfind("1,sgd,0.01,0,25,-3,4,", 0), 0u) << rows[1];
  EXPECT_EQ(rows[3].rfind("2,adam,0.001,0,25,-3,4,", 0), 0u);
}

TEST(Config, AMisspeltKeyGetsTheNearestKey) {
  const std::string config = write("typo.toml", "stpes = 5\n");
  Outcome run = gd("--expr x --start 1 --config '" + config + "'");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "gd: error: --config " + config +
                         ": unknown key \"stpes\"; did you mean \"steps\"? (see gd --help)\n");
}

TEST(Config, FlagsAreTrueOrFalseAndDigitsANumberOrFull) {
  const std::string config =
      write("flags.toml", "no-header = true\nsummary = true\ndigits = \"full\"\n");
  Outcome run = gd("--expr x --start 1 --steps 1 --config '" + config + "'");
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.out,
            "1,sgd,0.01,1,0.9900000000000011,0.9900000000000011,0.9999999999998899,finished,6,"
            "not_converged,none\n");
  const std::string off = write("off.toml", "no-header = false\nwatch = false\ndigits = 12\n");
  Outcome header = gd("--expr x --start 1 --steps 0 --config '" + off + "'");
  EXPECT_EQ(header.code, 0) << header.err;
  EXPECT_EQ(lines(header.out).at(0), "step,f,x,grad_norm");
  for (const char* bad :
       {"no-header = 77777777777777777777777\n", "summary = 1\n", "watch = \"yes\"\n"}) {
    const std::string file = write("badflag.toml", bad);
    Outcome refused = gd("--expr x --start 1 --config '" + file + "'");
    EXPECT_EQ(refused.code, 2) << bad;
    EXPECT_EQ(refused.out, "");
    EXPECT_EQ(lines(refused.err).size(), 1u) << refused.err;
    const bool watch = std::string(bad).rfind("watch", 0) == 0;  // it takes a pace too
    EXPECT_NE(refused.err.find(watch ? "gd: error: --watch: expected no value, a pace"
                                     : ": takes no value (or true or false), got"),
              std::string::npos)
        << refused.err;
  }
  const std::string digits = write("digits.toml", "digits = 99999999999999999999999\n");
  Outcome too_many = gd("--expr x --start 1 --config '" + digits + "'");
  EXPECT_EQ(too_many.code, 2);
  EXPECT_EQ(too_many.err,
            "gd: error: --digits: expected a whole number from 1 to 17, or full, got "
            "\"99999999999999999999999\" (see gd --help)\n");
}

TEST(Config, AnUnknownKeyOrAMissingFileIsAUsageError) {
  const std::string config = write("bad.toml", "lr = \"0.1\"\nlearning_rate = 0.2\n");
  Outcome run = gd("--expr x --start 1 --config '" + config + "'");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "gd: error: --config " + config + ": unknown key \"learning_rate\" (see gd --help)\n");
  Outcome missing = gd("--expr x --start 1 --config /nonexistent/gd.toml");
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err,
            "gd: error: --config /nonexistent/gd.toml: cannot be read (see gd --help)\n");
  const std::string bad_value = write("value.toml", "lr = \"fast\"\n");
  Outcome value = gd("--expr x --start 1 --config '" + bad_value + "'");
  EXPECT_EQ(value.code, 2);
  EXPECT_TRUE(has(value.err, "--lr")) << value.err;
}

TEST(Summary, TheHeaderTrickIsQuietWithCriteria) {
  // The README's `--steps 0 --summary | head -1` with a config that has
  // --tol-grad: evaluating the start on purpose is no budget running out.
  Outcome run = gd("--expr 'x^2+y^2' --start 1,2 --tol-grad 1e-4 --steps 0 --summary", "| head -1");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "run,optimizer,lr,step,f,x,y,grad_norm,stop,evaluations,verdict,point\n");
  Outcome row = gd("--expr 'x^2+y^2' --start 1,2 --tol-grad 1e-4 --steps 0 --summary --no-header");
  EXPECT_EQ(row.code, 0);
  EXPECT_NE(row.out.find(",finished,5,not_converged,none\n"), std::string::npos) << row.out;
}

TEST(Summary, ALoopBuildsOneTable) {
  // The header once, then a row per run of the loop (the loop's output,
  // redirected after "done", is what is captured).
  EXPECT_EQ(gd("--expr 'x^2' --start 1 --steps 10 --summary | head -1").out,
            "run,optimizer,lr,step,f,x,grad_norm,stop,evaluations,verdict,point\n");
  Outcome run = gd("--version > /dev/null; for lr in 0.01 0.1 0.4; do '" GD_BINARY
                   "' --expr 'x^2' --start 1 --steps 10 --lr $lr --summary --no-header; done");
  EXPECT_EQ(run.code, 0) << run.err;
  auto rows = lines(run.out);
  rows.insert(rows.begin(), "header");
  ASSERT_EQ(rows.size(), 4u) << run.out;
  const char* rates[] = {"0.01", "0.1", "0.4"};
  for (std::size_t i = 0; i < 3; ++i) {
    auto fields = split(rows[1 + i], ',');
    ASSERT_EQ(fields.size(), 11u) << rows[1 + i];
    EXPECT_EQ(fields[1], "sgd");
    EXPECT_EQ(fields[2], rates[i]);
    EXPECT_EQ(fields[3], "10");
    EXPECT_EQ(fields[7], "finished");
    EXPECT_EQ(fields[8], "33");  // 11 rows of 3 evaluations
    EXPECT_EQ(fields[9], "not_converged");
    EXPECT_EQ(fields[10], "none");  // still on the slope: not a stationary point
    // x_10 = (1 - 2 lr)^10, to rounding.
    EXPECT_NEAR(number(fields[5]), std::pow(1 - 2 * std::stod(rates[i]), 10), 1e-9);
  }
}

TEST(Summary, OneRowPerRunWithItsReason) {
  Outcome run =
      gd("--expr 'x^2' --start 1 --optimizer sgd:0.1,sgd:1e100 --h auto "
         "--tol-grad 0.1 --summary --format tsv");
  EXPECT_EQ(run.code, 3);
  auto rows = lines(run.out);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(split(rows[1], '\t')[7], "tol_grad");
  EXPECT_EQ(split(rows[2], '\t')[7], "diverged");
  EXPECT_EQ(gd("--expr x --start 1 --summary --format text").code, 2);
}

TEST(Every, KeepsEveryNthRowTheFirstAndTheLast) {
  auto rows = lines(gd("--expr 'x^2' --start 1 --steps 10 --every 4").out);
  ASSERT_EQ(rows.size(), 5u);
  const char* steps[] = {"0", "4", "8", "10"};
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(split(rows[1 + i], ',')[0], steps[i]);
  // The rows kept are the full history's rows, unchanged.
  auto all = lines(gd("--expr 'x^2' --start 1 --steps 10").out);
  EXPECT_EQ(rows[2], all[5]);
  EXPECT_EQ(rows[4], all[11]);
  EXPECT_EQ(gd("--expr x --start 1 --every 0").code, 2);
}

TEST(Output, DataGoToTheFileAndBadPathsFailFirst) {
  const std::string file = scratch("history.csv");
  Outcome run = gd("--expr 'x^2' --start 1 --steps 5 --output '" + file + "'");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(slurp(file), gd("--expr 'x^2' --start 1 --steps 5").out);
  for (const char* bad : {"/nonexistent/dir/h.csv", "/tmp"}) {
    Outcome failed = gd(std::string("--expr 'x^2' --start 1 --steps 1e9 --output ") + bad);
    EXPECT_EQ(failed.code, 4) << bad;  // at once: a billion steps would take minutes
    EXPECT_EQ(failed.out, "");
    EXPECT_EQ(lines(failed.err).size(), 1u);
    EXPECT_EQ(
        failed.err.rfind(std::string("gd: error: --output ") + bad + ": cannot be written: ", 0),
        0u)
        << failed.err;
  }
}

TEST(Output, AUsageErrorLeavesAnExistingFileAlone) {
  const std::string file = write("keep.csv", "precious\n");
  Outcome run =
      gd("--expr 'x^2+y^2' --start 1,2 --plot path --plot-vars z --format text "
         "--output '" +
         file + "'");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(slurp(file), "precious\n");
}

TEST(Expression, FromAFileOrStdin) {
  const std::string file =
      write("f.txt", "# Rosenbrock's valley\n(1-x)^2 +\n  100*(y-x^2)^2  # b = 100\n");
  Outcome run = gd("--expr @'" + file + "' --start -1.2,1 --steps 0");
  EXPECT_EQ(run.code, 0) << run.err;
  // f(-1.2, 1) = 2.2^2 + 100 * (1 - 1.44)^2 = 4.84 + 19.36 = 24.2
  EXPECT_NEAR(number(split(lines(run.out)[1], ',')[1]), 24.2, 1e-12);
  Outcome from_stdin =
      gd("--expr - --start 3 --steps 0 < '" + write("g.txt", "x^2 # square\n") + "'");
  EXPECT_EQ(split(lines(from_stdin.out)[1], ',')[1], "9");
  Outcome missing = gd("--expr @/nonexistent --start 1");
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.out, "");
  EXPECT_TRUE(has(missing.err, "gd: error: --expr @/nonexistent: cannot be read: ")) << missing.err;
  // A syntax error points into the text as read.
  Outcome bad = gd("--expr @'" + write("bad.txt", "x +\n* 2\n") + "' --start 1");
  EXPECT_EQ(bad.code, 2);
  EXPECT_TRUE(has(bad.err, "x + * 2")) << bad.err;
}

TEST(Determinism, SameInputsSameBytes) {
  for (const char* args :
       {"--expr '(1-x)^2+100*(y-x^2)^2' --start -1.2,1 --lr 0.001 --steps 2000",
        "--expr 'x^2/20+y^2' --start -7,2 --optimizer sgd,adam --lr 0.1,0.3 --format jsonl",
        "--expr 'x^2+y^2' --start 3,4 --optimizer momentum,adagrad --summary"}) {
    const std::string first = gd(args).out, second = gd(args).out;
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(first, second) << args;
  }
}

TEST(LongRuns, TheProgressLineIsOnATerminalAndNeverInAPipe) {
  const std::string args =
      "--expr 'x^2' --start 1 --lr 1e-9 --steps 3e6 --progress always --summary";
  const std::string screen = on_terminal(args + " > /dev/null", "-u NO_COLOR LANG=C");
  EXPECT_TRUE(has(screen, "% step ")) << screen;
  EXPECT_TRUE(has(screen, "steps/s  ETA ")) << screen;
  EXPECT_EQ(screen.substr(screen.size() - 3), "\x1b[K");  // erased at the end
  // auto: stderr is a file here, so nothing; data never carry it.
  Outcome piped = gd("--expr 'x^2' --start 1 --lr 1e-9 --steps 3e6 --progress auto --summary");
  EXPECT_EQ(piped.err, "");
  EXPECT_FALSE(has(piped.out, "% step"));
  EXPECT_FALSE(has(gd(args).out, "% step"));  // always: still only on stderr
}

TEST(LongRuns, WatchRedrawsOnATerminalAndLeavesTheLastFrame) {
  const std::string screen = on_terminal(
      "--expr 'x^2+y^2' --start 3,4 --lr 1e-8 --steps 4e6 --watch=max --plot-height 8 "
      "--progress never",
      "-u NO_COLOR LANG=C.UTF-8", 70, 30);
  EXPECT_TRUE(has(screen, "\x1b[?25l")) << "cursor hidden";
  // The chart's 8 lines and the status line (keys: script(1) gives gd a terminal on stdin).
  EXPECT_TRUE(has(screen, "\x1b[9F")) << "a frame redrawn over the last";
  EXPECT_TRUE(has(screen, "  unpaced  space pause  q quit\x1b[K\n")) << screen;
  EXPECT_TRUE(has(screen, "\x1b[?25h")) << "cursor shown again";
  EXPECT_LT(screen.rfind("\x1b[?25h"), screen.find("method     sgd"));  // then the summary
  // Not on a terminal: no redrawing, the chart once, in the report.
  Outcome file = gd("--expr 'x^2+y^2' --start 3,4 --steps 10 --watch --format text", "",
                    "-u NO_COLOR LANG=C.UTF-8");
  EXPECT_FALSE(has(file.out, "\x1b"));
  EXPECT_TRUE(has(file.out, " step\n"));
}

/// Bash that runs `gd ARGS` in the foreground, writing to `out` and `err`,
/// and sends it `signal` after a second (timeout(1) returns gd's status).
/// Not `gd &`: a background job of a script starts with SIGINT ignored,
/// which gd, like any program, then leaves ignored. --max-time is a
/// backstop should the signal be lost.
std::string signalled(const std::string& args, const std::string& out, const std::string& err,
                      const char* signal) {
  return std::string("--version > /dev/null; (timeout --preserve-status -s ") + signal + " 1 '" +
         GD_BINARY "' " + args + " --max-time 60 > '" + out + "' 2> '" + err + "')";
}

TEST(LongRuns, SigintWritesEveryRowComputedAndExits130) {
  const std::string out = scratch("interrupted.csv"), err = scratch("interrupted.err");
  // --every keeps the file small: every 1000th row, and always the last.
  Outcome run =
      gd(signalled("--expr 'x^2' --start 1 --lr 1e-9 --steps 1e9 --every 1000", out, err, "INT"));
  EXPECT_EQ(run.code, 130);
  const std::string message = slurp(err);
  ASSERT_EQ(message.rfind("gd: interrupted by SIGINT at step ", 0), 0u) << message;
  const std::uint64_t step = std::stoull(message.substr(34));
  auto rows = lines(slurp(out));
  std::remove(out.c_str());
  ASSERT_EQ(rows.size(), 1 + step / 1000 + 1 + (step % 1000 != 0));  // the header, every
  EXPECT_EQ(split(rows.back(), ',')[0], std::to_string(step));       // 1000th, the last
  EXPECT_EQ(split(rows[rows.size() - 2], ',')[0], std::to_string((step - 1) / 1000 * 1000));
}

TEST(LongRuns, SigtermPrintsTheSummaryAndExits143) {
  const std::string out = scratch("terminated.txt"), err = scratch("terminated.err");
  Outcome run =
      gd(signalled("--expr 'x^2' --start 1 --lr 1e-9 --steps 1e9 --format text "
                   "--plot none --optimizer sgd,adam",
                   out, err, "TERM"));
  EXPECT_EQ(run.code, 143);
  EXPECT_EQ(slurp(err).rfind("gd: run 1 (sgd:1e-09): interrupted by SIGTERM at step ", 0), 0u)
      << slurp(err);
  // Only run 1 was made: its report, as of one run.
  EXPECT_TRUE(has(slurp(out), "verdict    interrupted at step ")) << slurp(out);
  EXPECT_FALSE(has(slurp(out), "run 2 (")) << "the later run is not made";
}

TEST(LongRuns, SigintWhileTheExpressionIsReadIsExit130) {
  // @FIFO with no writer: gd waits in open(); Ctrl-C is an interruption, not bad input.
  const std::string fifo = scratch("expr.fifo"), out = scratch("fifo.out"),
                    err = scratch("fifo.err");
  std::remove(fifo.c_str());
  Outcome run = gd("--version > /dev/null; mkfifo '" + fifo + "'; " +
                   signalled("--expr @'" + fifo + "' --start 1", out, err, "INT"));
  std::remove(fifo.c_str());
  EXPECT_EQ(run.code, 130);
  EXPECT_EQ(slurp(err), "gd: interrupted by SIGINT before the run began\n");
  EXPECT_EQ(slurp(out), "");
}

TEST(LongRuns, AnIgnoredSignalStaysIgnored) {
  // nohup-style: SIGHUP ignored on entry; the run ends on its own.
  Outcome run = gd("--version > /dev/null; (trap '' HUP; '" GD_BINARY
                   "' --expr 'x^2' --start 1 --steps 200000 --format csv --every 100000 & "
                   "pid=$!; kill -HUP $pid; wait $pid)");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(lines(run.out).size(), 4u);  // header, 0, 100000, 200000
}

}  // namespace
