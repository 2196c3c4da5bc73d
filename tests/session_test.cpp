#include "app/session.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "app/outcome.h"
#include "app/plan.h"
#include "base/signals.h"
#include "command_lines.h"
#include "pipe.h"

namespace gd {
namespace {

/// What a session wrote, and its exit code.
struct Written {
  int code = -1;
  std::string out, err, live;
};

/// Runs gd's session for `args` with faked streams: stdout and the live
/// lines in pipes, stderr in a temporary file, and `around` as the terminal.
Written session(const std::vector<std::string>& args, const Surroundings& around = {},
                std::optional<int> out_fd = std::nullopt) {
  const Options options = parse_args(args).options;
  check_options(options);
  const Plan plan = make_plan(options, options.expression, around);
  Pipe out, live;
  std::FILE* err = std::tmpfile();
  Written written;
  written.code = run_session(plan, {out_fd.value_or(out.in()), err, live.in(), around});
  written.out = out.text();
  written.live = live.text();
  std::rewind(err);
  for (int c; (c = std::fgetc(err)) != EOF;) written.err += static_cast<char>(c);
  std::fclose(err);
  return written;
}

Surroundings terminal() {
  Surroundings around;
  around.out_is_terminal = around.err_is_terminal = true;
  around.out_size = around.err_size = TerminalSize{80, 24};
  around.utf8 = true;
  return around;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(Session, StreamsTheHistoryInAPipe) {
  const Written w = session({"--expr", "x^2", "--start", "1", "--lr", "0.1", "--steps", "3"});
  EXPECT_EQ(w.code, exit_code::ok);
  EXPECT_EQ(w.err, "");
  const auto lines = lines_of(w.out);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], "step,f,x,grad_norm");
  // x_k = 0.8^k: the central difference of x^2 is 2x up to rounding.
  for (int k = 0; k <= 3; ++k) {
    double step = 0, f = 0, x = 0, norm = 0;
    ASSERT_EQ(std::sscanf(lines[static_cast<std::size_t>(k) + 1].c_str(), "%lf,%lf,%lf,%lf", &step,
                          &f, &x, &norm),
              4);
    EXPECT_EQ(step, k);
    EXPECT_NEAR(x, std::pow(0.8, k), 1e-9);
    EXPECT_EQ(f, x * x);
    EXPECT_NEAR(norm, 2 * x, 1e-9);
  }
}

TEST(Session, ReportsWithAColouredChartOnATerminal) {
  const Written w =
      session({"--expr", "x^2", "--start", "1", "--lr", "0.1", "--steps", "20"}, terminal());
  EXPECT_EQ(w.code, exit_code::ok);
  const auto lines = lines_of(w.out);
  ASSERT_GT(lines.size(), 20u);
  EXPECT_EQ(lines[0], "f(x) = x^2");
  EXPECT_EQ(lines[1], "x = [1]");
  EXPECT_NE(w.out.find("\x1b[38;5;33m"), std::string::npos);  // the series' colour
  EXPECT_NE(w.out.find("\xe2\xa0"), std::string::npos);       // braille dots
  EXPECT_NE(w.out.find("\nverdict    not converged: all 20 steps made; "), std::string::npos)
      << w.out;
  EXPECT_LE(lines.size(), 24u);  // the report fits the screen
  EXPECT_EQ(w.live, "");         // short: no progress line
}

TEST(Session, ADivergedRunIsThreeWithItsRows) {
  const Written w = session({"--expr", "-exp(x)", "--start", "1", "--lr", "1"});
  EXPECT_EQ(w.code, exit_code::diverged);
  // -exp(x) falls to -inf: no minimum, whatever the learning rate.
  EXPECT_EQ(w.err,
            "gd: error: unbounded below: f fell from -2.718282 to -inf by step 3, ever faster: f "
            "has no minimum that way\n");
  const auto lines = lines_of(w.out);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines.back().rfind("3,-inf,", 0), 0u) << lines.back();
}

TEST(Session, SummaryRowsAndAVerdictPerRun) {
  const Written w = session({"--expr", "x^2", "--start", "1", "--optimizer", "sgd:0.1,sgd:1e100",
                             "--steps", "5", "--summary", "--h", "auto"});
  EXPECT_EQ(w.code, exit_code::diverged);
  const auto lines = lines_of(w.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "run,optimizer,lr,step,f,x,grad_norm,stop,evaluations,verdict,point");
  EXPECT_NE(lines[1].find(",finished,18"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[2].rfind("2,sgd,1e+100,", 0), 0u) << lines[2];
  EXPECT_NE(lines[2].find(",diverged,"), std::string::npos) << lines[2];
  EXPECT_EQ(w.err.rfind("gd: error: run 2 (sgd:1e+100): diverged at step ", 0), 0u) << w.err;
}

TEST(Session, DrawsTheProgressLineOnTheLiveStream) {
  const Written w = session({"--expr", "x^2", "--start", "1", "--steps", "3", "--progress",
                             "always", "--format", "none"});
  EXPECT_EQ(w.code, exit_code::ok);
  EXPECT_EQ(w.out, "");
  EXPECT_EQ(w.err, "");
  EXPECT_EQ(w.live, "\r  0% step 0/3  0 steps/s  ETA 0.0 s  f 1\x1b[K\r\x1b[K");
}

TEST(Session, WatchLeavesItsLastFrameInsteadOfTheReportsCharts) {
  const Written w = session(
      {"--expr", "x^2", "--start", "1", "--steps", "3", "--watch=max", "--plot-height", "8"},
      terminal());
  EXPECT_EQ(w.code, exit_code::ok);
  EXPECT_EQ(w.out.find("\x1b[?25l"), 0u);  // the frames first, the cursor hidden
  const auto shown = w.out.find("\x1b[?25h");
  ASSERT_NE(shown, std::string::npos);
  EXPECT_EQ(w.out.find("f(x) = x^2\n"), shown + 6);  // then the report, without charts
  EXPECT_EQ(w.out.find("\xe2\xa0", shown), std::string::npos);
}

TEST(Session, WritesToOutputInsteadOfStdout) {
  const std::string path = testing::TempDir() + "gd_session_" + std::to_string(getpid());
  const Written w = session({"--expr", "x^2", "--start", "1", "--steps", "1", "--output", path});
  EXPECT_EQ(w.code, exit_code::ok);
  EXPECT_EQ(w.out, "");
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  EXPECT_EQ(lines_of(text.str()).size(), 3u);
  std::remove(path.c_str());
}

TEST(Session, AnOutputThatCannotBeOpenedIsFourBeforeAnyRun) {
  const Written w =
      session({"--expr", "x^2", "--start", "1", "--output", testing::TempDir()});  // a directory
  EXPECT_EQ(w.code, exit_code::write_failed);
  EXPECT_EQ(w.err,
            "gd: error: --output " + testing::TempDir() + ": cannot be written: Is a directory\n");
  EXPECT_EQ(w.out, "");
}

TEST(Session, AFullDiskIsFour) {
  const int full = ::open("/dev/full", O_WRONLY);
  ASSERT_GE(full, 0);
  const Written w = session({"--expr", "x^2", "--start", "1"}, {}, full);
  ::close(full);
  EXPECT_EQ(w.code, exit_code::write_failed);
  EXPECT_EQ(w.err, "gd: error: cannot write output: No space left on device\n");
}

TEST(Session, AReaderThatLeftEndsItQuietly) {
  std::signal(SIGPIPE, SIG_IGN);  // as main does: EPIPE instead
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ::close(fds[0]);
  const Written w = session({"--expr", "x^2", "--start", "1", "--steps", "1e9"}, {}, fds[1]);
  ::close(fds[1]);
  EXPECT_EQ(w.code, exit_code::ok);
  EXPECT_EQ(w.err, "");
}

TEST(Session, ASignalBeforeTheRunsStopsThem) {
  catch_interrupts();
  std::raise(SIGTERM);
  const Written w = session({"--expr", "x^2", "--start", "1"});
  clear_interrupt();
  EXPECT_EQ(w.code, 143);
  EXPECT_EQ(w.err, "gd: interrupted by SIGTERM before the run began\n");
  EXPECT_EQ(w.out, "");
}

}  // namespace
}  // namespace gd
