#include "live.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <string>
#include <vector>

#include "interrupt.h"
#include "objective.h"
#include "optimizer.h"

namespace gd {
namespace {

/// A pipe whose read end collects what was written.
struct Pipe {
  int fds[2];
  Pipe() { EXPECT_EQ(pipe(fds), 0); }
  ~Pipe() {
    close(fds[0]);
    if (fds[1] >= 0) close(fds[1]);
  }
  std::string read_all() {
    close(fds[1]);
    fds[1] = -1;
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) text.append(buffer, n);
    return text;
  }
};

TEST(ProgressLine, ShowsPercentStepRateAndFThenIsErased) {
  Pipe pipe;
  ProgressLine line(pipe.fds[1], 1000, 80, 0.0, "run 1/2 ");
  std::vector<double> x{1};
  line.on_row({0, 4, x, 1});
  line.on_row({5, 3, x, 1});  // not a multiple of 256: the clock is not even read
  line.finish();
  const std::string text = pipe.read_all();
  EXPECT_EQ(text.rfind("\rrun 1/2   0% step 0/1000  ", 0), 0u) << text;
  EXPECT_NE(text.find("steps/s  ETA "), std::string::npos) << text;
  EXPECT_NE(text.find("  f 4\x1b[K"), std::string::npos) << text;
  EXPECT_EQ(text.substr(text.size() - 4), "\r\x1b[K");
}

TEST(ProgressLine, WaitsForItsDelayAndKeepsToTheWidth) {
  Pipe pipe;
  ProgressLine line(pipe.fds[1], 1000, 20, 3600.0);  // an hour: never shown
  std::vector<double> x{1};
  line.on_row({0, 4, x, 1});
  line.finish();  // nothing drawn, nothing to erase
  EXPECT_EQ(pipe.read_all(), "");
  Pipe narrow;
  ProgressLine shown(narrow.fds[1], 1000, 20, 0.0);
  shown.on_row({0, 4, x, 1});
  const std::string text = narrow.read_all();
  EXPECT_EQ(text, "\r  0% step 0/1000  0\x1b[K");  // 19 columns of text
}

TEST(Watch, RedrawsInPlaceAndShowsTheCursorAtTheEnd) {
  Pipe pipe;
  int frames = 0;
  {
    Watch watch(pipe.fds[1], [&] { return "frame " + std::to_string(++frames) + "\nline 2\n"; });
    std::vector<double> x{1};
    watch.on_row({0, 4, x, 1});  // the first frame at once
    EXPECT_TRUE(watch.drawn());
    watch.finish();  // the last frame, over the first
  }
  EXPECT_EQ(pipe.read_all(),
            "\x1b[?25l"
            "frame 1\x1b[K\nline 2\x1b[K\n"
            "\x1b[2F"
            "frame 2\x1b[K\nline 2\x1b[K\n"
            "\x1b[?25h");
}

TEST(Watch, TheDestructorShowsTheCursorIfFinishWasNotCalled) {
  Pipe pipe;
  {
    Watch watch(pipe.fds[1], [] { return std::string("x\n"); });
    std::vector<double> x{1};
    watch.on_row({0, 4, x, 1});
  }
  const std::string text = pipe.read_all();
  EXPECT_EQ(text.substr(text.size() - 6), "\x1b[?25h");
}

TEST(Interrupt, StopsTheLoopAfterTheCurrentRow) {
  catch_interrupts();
  struct RaiseAtFive : Observer {
    std::uint64_t rows = 0;
    bool on_row(const Row& row) override {
      ++rows;
      if (row.step == 5) std::raise(SIGINT);
      return true;
    }
  } observer;
  Objective f = Objective::compile({"x^2", {}, {}});
  f.set_point({1});
  OptimizerSettings sgd;
  const DescentResult result = descend(f, *make_rule(sgd, f), {{}, 100, {}}, observer);
  EXPECT_EQ(interrupt_signal(), SIGINT);
  clear_interrupt();
  EXPECT_EQ(result.reason, StopReason::interrupted);
  EXPECT_EQ(result.last_step, 5u);
  EXPECT_EQ(observer.rows, 6u);  // rows 0..5, all seen
}

}  // namespace
}  // namespace gd
