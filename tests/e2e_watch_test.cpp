// --watch on a pseudo-terminal: frames over time, the keys, and the
// terminal's mode given back on every way out (the end, q, Ctrl-C,
// SIGTERM, a crash). Timing is asserted only as an order (more frames
// later, none while paused), never as counts: the machine is shared.

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

#include "e2e.h"

namespace gd_e2e {
namespace {

using Clock = std::chrono::steady_clock;

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// A bash script run on a pseudo-terminal of 80x24, as a person's
/// terminal would run it: what it writes is read as it comes, and keys
/// are written to it.
class Pty {
 public:
  explicit Pty(const std::string& body) {
    const std::string path = scratch("pty.sh");
    std::ofstream(path) << "ulimit -c 0\n" << body << "\n";
    winsize size{};
    size.ws_row = 24;
    size.ws_col = 80;
    pid_ = forkpty(&master_, nullptr, nullptr, &size);
    if (pid_ == 0) {
      execl("/bin/bash", "bash", path.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    EXPECT_GT(pid_, 0) << std::strerror(errno);
  }
  ~Pty() {
    if (pid_ > 0 && code_ < 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) close(master_);
  }
  Pty(const Pty&) = delete;
  Pty& operator=(const Pty&) = delete;

  void type(const std::string& keys) {
    EXPECT_EQ(write(master_, keys.data(), keys.size()), static_cast<ssize_t>(keys.size()));
  }
  /// Reads what comes for `seconds`.
  void read_for(double seconds) {
    read_until([] { return false; }, seconds);
  }
  /// Reads until `text` has come (true), or `seconds` passed.
  bool read_until_seen(const std::string& text, double seconds = 5) {
    return read_until([&] { return text_.find(text) != std::string::npos; }, seconds);
  }
  /// Reads until the script ends (within `seconds`) and returns its exit code.
  int finish(double seconds = 20) {
    read_until([] { return false; }, seconds);
    int status = 0;
    if (waitpid(pid_, &status, 0) == pid_) code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 255;
    return code_;
  }
  const std::string& text() const { return text_; }
  /// How many times `what` has come so far.
  int count(const std::string& what) const {
    int n = 0;
    for (auto at = text_.find(what); at != std::string::npos; at = text_.find(what, at + 1)) ++n;
    return n;
  }
  /// gd's frames so far: each begins by hiding the cursor.
  int frames() const { return count("\x1b[?25l"); }

 private:
  template <typename Done>
  bool read_until(Done done, double seconds) {
    const auto until = Clock::now() + std::chrono::duration<double>(seconds);
    while (!done()) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
      if (left <= 0 || ended_) return done();
      pollfd in{master_, POLLIN, 0};
      if (poll(&in, 1, static_cast<int>(left)) <= 0) continue;
      char buffer[4096];
      const ssize_t got = read(master_, buffer, sizeof buffer);
      if (got <= 0) ended_ = true;  // EIO: every process on the terminal is gone
      if (got > 0) text_.append(buffer, static_cast<std::size_t>(got));
    }
    return true;
  }

  int master_ = -1;
  pid_t pid_ = -1;
  int code_ = -1;
  bool ended_ = false;
  std::string text_;
};

/// The script: gd (its pid said first, as `exec` keeps it) between two
/// readings of the terminal's mode, which it says are the SAME or not.
std::string around_gd(const std::string& args, const std::string& redirect = "") {
  return "before=$(stty -g)\n"
         "env -u NO_COLOR LANG=C.UTF-8 sh -c 'echo PID $$; exec \"$0\" \"$@\"' '" GD_BINARY "' " +
         args + " " + redirect +
         "\n"
         "code=$?\n"
         "after=$(stty -g)\n"
         "[ \"$before\" = \"$after\" ] && echo SAME || echo \"CHANGED $before -> $after\"\n"
         "echo EXIT $code\n";
}

const std::string kWatched =
    "--expr 'x^2+y^2' --start 3,4 --lr 0.1 --steps 40 --watch=10 --plot line --plot-height 8";

/// gd's pid, from the script's first line.
pid_t gd_pid(Pty& pty) {
  EXPECT_TRUE(pty.read_until_seen("\n"));
  const auto at = pty.text().find("PID ");
  return at == std::string::npos ? -1 : std::stoi(pty.text().substr(at + 4));
}

TEST(WatchOnATerminal, FramesComeOverTimePauseStepAndQuit) {
  Pty pty(around_gd(kWatched));
  ASSERT_TRUE(pty.read_until_seen("step 0/40")) << pty.text();
  pty.read_for(1.0);
  const int after_one = pty.frames();
  pty.read_for(1.0);
  const int after_two = pty.frames();
  EXPECT_GT(after_one, 1);
  EXPECT_GT(after_two, after_one);  // the frames come as the steps do, not all at once
  EXPECT_LT(after_two, 40) << "at 10 steps a second, 2 s are not all 40 steps";
  pty.type(" ");
  ASSERT_TRUE(pty.read_until_seen("paused at step")) << pty.text();
  pty.read_for(0.2);  // the frame that says so
  const int paused = pty.frames();
  pty.read_for(0.6);
  EXPECT_EQ(pty.frames(), paused) << "no frame while paused";
  pty.type("n");
  pty.read_for(0.5);
  EXPECT_EQ(pty.frames(), paused + 1) << "one step, one frame, and paused still";
  pty.type("\x1b[C");  // the right arrow steps too
  pty.read_for(0.5);
  EXPECT_EQ(pty.frames(), paused + 2);
  pty.type("q");
  EXPECT_EQ(pty.finish(), 0);
  const std::string& text = pty.text();
  EXPECT_TRUE(has(text, "EXIT 1")) << text;                            // as for a budget
  EXPECT_TRUE(has(text, "verdict    stopped by q at step ")) << text;  // the report
  EXPECT_TRUE(has(text, "gd: stopped by q at step ")) << text;         // stderr's line
  EXPECT_TRUE(has(text, "SAME")) << text;
  EXPECT_FALSE(has(text, "step 40/40")) << "the run ended at q";
}

TEST(WatchOnATerminal, AfterQTheRunsOfAComparisonGoUnpaced) {
  Pty pty(around_gd(kWatched + " --optimizer sgd,momentum,adam"));
  ASSERT_TRUE(pty.read_until_seen("run 1/3  step 1/40")) << pty.text();
  const auto start = Clock::now();
  pty.type("q");
  EXPECT_TRUE(pty.read_until_seen("EXIT 1")) << pty.text();
  // 80 more rows at 10 a second would be 8 s.
  EXPECT_LT(std::chrono::duration<double>(Clock::now() - start).count(), 4.0);
  pty.finish();
  EXPECT_TRUE(has(pty.text(), "gd: run 1 (sgd:0.1): stopped by q at step ")) << pty.text();
  EXPECT_FALSE(has(pty.text(), "run 2/3  step")) << "no status line once q was pressed";
  EXPECT_TRUE(has(pty.text(), "SAME")) << pty.text();
}

TEST(WatchOnATerminal, RunsToItsEndAndGivesTheTerminalBack) {
  Pty pty(around_gd(
      "--expr 'x^2+y^2' --start 3,4 --lr 0.1 --steps 10 --watch=20 --plot line --plot-height 8"));
  EXPECT_EQ(pty.finish(), 0);
  EXPECT_TRUE(has(pty.text(), "all 10 steps made")) << pty.text();
  EXPECT_TRUE(has(pty.text(), "EXIT 0"));
  EXPECT_TRUE(has(pty.text(), "SAME")) << pty.text();
  // The last frame has no status line: it was cleared from under the chart.
  const std::string& text = pty.text();
  EXPECT_LT(text.rfind("steps/s"), text.rfind("\x1b[J\x1b[?25h")) << text;
}

TEST(WatchOnATerminal, PlusAndMinusChangeThePace) {
  Pty pty(around_gd(kWatched));
  ASSERT_TRUE(pty.read_until_seen("step 0/40  10 steps/s")) << pty.text();
  pty.type("+");
  EXPECT_TRUE(pty.read_until_seen("20 steps/s")) << pty.text();
  pty.type("--");
  EXPECT_TRUE(pty.read_until_seen("5 steps/s")) << pty.text();
  pty.type("q");
  EXPECT_EQ(pty.finish(), 0);
  EXPECT_TRUE(has(pty.text(), "SAME")) << pty.text();
}

TEST(WatchOnATerminal, CtrlCWhilePausedStopsAtOnceAndGivesTheTerminalBack) {
  Pty pty(around_gd(kWatched));
  ASSERT_TRUE(pty.read_until_seen("step 1/40")) << pty.text();
  pty.type(" ");
  ASSERT_TRUE(pty.read_until_seen("paused at step")) << pty.text();
  const auto start = Clock::now();
  pty.type("\x03");  // the terminal sends SIGINT: ISIG was kept
  EXPECT_TRUE(pty.read_until_seen("EXIT 130")) << pty.text();
  EXPECT_LT(std::chrono::duration<double>(Clock::now() - start).count(), 3.0);
  pty.finish();
  EXPECT_TRUE(has(pty.text(), "gd: interrupted by SIGINT at step ")) << pty.text();
  EXPECT_TRUE(has(pty.text(), "SAME")) << pty.text();
}

TEST(WatchOnATerminal, SigtermWhileWaitingGivesTheTerminalBack) {
  Pty pty(around_gd(kWatched));
  const pid_t gd = gd_pid(pty);
  ASSERT_GT(gd, 0) << pty.text();
  ASSERT_TRUE(pty.read_until_seen("step 2/40")) << pty.text();
  kill(gd, SIGTERM);
  EXPECT_EQ(pty.finish(), 0);
  EXPECT_TRUE(has(pty.text(), "EXIT 143")) << pty.text();
  EXPECT_TRUE(has(pty.text(), "SAME")) << pty.text();
}

// Under AddressSanitizer (the sanitize preset) its own handler takes the
// SIGSEGV and aborts (abort_on_error=1, as the preset runs its tests): gd
// dies of SIGABRT, whose handler gives the terminal back too.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GD_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(GD_UNDER_ASAN)
const std::vector<std::string> kCrashExits{"EXIT 134"};
#else
const std::vector<std::string> kCrashExits{"EXIT 139"};
#endif

/// Whether the script said `exit` as a whole number ("EXIT 1", not "EXIT 13").
bool said_exit(const std::string& text, const std::string& exit) {
  const std::size_t at = text.find(exit);
  return at != std::string::npos &&
         (at + exit.size() == text.size() ||
          !std::isdigit(static_cast<unsigned char>(text[at + exit.size()])));
}

TEST(WatchOnATerminal, ACrashGivesTheTerminalBack) {
  Pty pty(around_gd(kWatched));
  const pid_t gd = gd_pid(pty);
  ASSERT_GT(gd, 0) << pty.text();
  ASSERT_TRUE(pty.read_until_seen("step 2/40")) << pty.text();
  kill(gd, SIGSEGV);  // as a crash would: the handler restores, then gd dies of it
  EXPECT_EQ(pty.finish(), 0);
  EXPECT_TRUE(std::any_of(kCrashExits.begin(), kCrashExits.end(), [&](const std::string& exit) {
    return said_exit(pty.text(), exit);
  })) << pty.text();
  EXPECT_TRUE(has(pty.text(), "SAME")) << pty.text();
}

TEST(WatchOnATerminal, WithoutATerminalOnStdinItStillPacesAndEndsByItself) {
  Pty pty(around_gd(
      "--expr 'x^2+y^2' --start 3,4 --lr 0.1 --steps 10 --watch=10 --plot line --plot-height 8",
      "< /dev/null"));
  const auto start = Clock::now();
  EXPECT_EQ(pty.finish(), 0);
  EXPECT_GT(std::chrono::duration<double>(Clock::now() - start).count(), 0.5);  // 1 s planned
  const std::string& text = pty.text();
  EXPECT_TRUE(has(text, "EXIT 0")) << text;
  EXPECT_TRUE(has(text, "step 5/10  10 steps/s")) << text;
  EXPECT_FALSE(has(text, "space pause")) << "no keys: none offered";
  EXPECT_GT(pty.frames(), 5);
}

}  // namespace
}  // namespace gd_e2e
