// --watch's parts that need no terminal: the pace's schedule, the keys'
// bytes, the keyboard when there is no terminal, and a paced watch on a
// pipe (its status line, its waits, a signal ending them).

#include "observers/watch.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <string>
#include <vector>

#include "base/keyboard.h"
#include "base/pace.h"
#include "base/signals.h"
#include "core/run.h"
#include "pipe.h"

namespace gd {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(Pace, BareIsTheRunInAboutThreeSecondsAtLeastAStepASecond) {
  EXPECT_EQ(default_pace(30), 10.0);
  EXPECT_EQ(default_pace(300), 100.0);
  EXPECT_EQ(default_pace(2), 1.0);
  EXPECT_EQ(default_pace(0), 1.0);
  EXPECT_EQ(default_pace(1000000000), kFastestPace);
}

TEST(Pace, PlusDoublesMinusHalvesWithinTheBounds) {
  EXPECT_EQ(faster(10), 20.0);
  EXPECT_EQ(slower(10), 5.0);
  EXPECT_EQ(slower(kSlowestPace), kSlowestPace);
  EXPECT_EQ(faster(kFastestPace), kFastestPace);
}

TEST(Pace, EachRowWaitsForItsTimeOnTheSchedule) {
  // 10 steps a second: row 3 is due at 0.3 s.
  EXPECT_NEAR(beat(10, 3, 0.1, 0.1).wait, 0.2, 1e-12);
  EXPECT_NEAR(beat(10, 3, 0.0, 0.0).wait, 0.3, 1e-12);
  EXPECT_EQ(beat(10, 0, 0.0, 1e9).wait, 0.0);  // row 0 at once
  // A slow frame does not push the rows after it back: row 3 at 0.35 s is
  // late and goes at once, row 4 is still due at 0.4 s.
  EXPECT_EQ(beat(10, 3, 0.35, 0.05).wait, 0.0);
  EXPECT_NEAR(beat(10, 4, 0.35, 0.0).wait, 0.05, 1e-12);
}

TEST(Pace, SlowerThanTheFrameRateEveryRowIsAFrame) {
  EXPECT_TRUE(beat(10, 5, 0.5, 0.0).draw);
  EXPECT_TRUE(beat(25, 5, 0.2, 0.0).draw);
  EXPECT_TRUE(beat(0.5, 1, 0.0, 0.0).draw);
}

TEST(Pace, FasterOnlyWhenAFramesTimeHasCome) {
  // 1000 steps a second: a row each millisecond, a frame each 40 ms.
  EXPECT_FALSE(beat(1000, 10, 0.0095, 0.010).draw);
  EXPECT_TRUE(beat(1000, 50, 0.0495, 0.040).draw);
  EXPECT_TRUE(beat(1000, 50, 0.0485, 0.0395).draw);  // 39.5 ms + its wait of 1.5 ms
}

TEST(Pace, FarBehindStartsANewSchedule) {
  const Beat late = beat(10, 3, 0.3 + kMostBehindSeconds + 0.01, 0.0);
  EXPECT_TRUE(late.behind);
  EXPECT_EQ(late.wait, 0.0);
  EXPECT_TRUE(late.draw);
  EXPECT_FALSE(beat(10, 3, 0.3 + kMostBehindSeconds - 0.01, 0.0).behind);
}

TEST(Pace, UnpacedNeverWaitsAndLeavesFramesToTheWatch) {
  const Beat b = beat(kUnpaced, 1000, 0.0, 5.0);
  EXPECT_EQ(b.wait, 0.0);
  EXPECT_FALSE(b.draw);
  EXPECT_FALSE(b.behind);
}

TEST(Keys, EachKeyIsOneByteOrTheRightArrow) {
  const std::vector<std::pair<std::string, Key>> keys{
      {" ", Key::space}, {"n", Key::n},     {"N", Key::n},      {"+", Key::plus},
      {"=", Key::plus},  {"-", Key::minus}, {"q", Key::q},      {"Q", Key::q},
      {"x", Key::none},  {"\n", Key::none}, {"\x03", Key::none}};
  for (const auto& [bytes, key] : keys) {
    const DecodedKey decoded = decode_key(bytes);
    EXPECT_EQ(decoded.key, key) << bytes;
    EXPECT_EQ(decoded.used, 1u) << bytes;
  }
  EXPECT_EQ(decode_key("\x1b[C").key, Key::right);
  EXPECT_EQ(decode_key("\x1b[C").used, 3u);
  EXPECT_EQ(decode_key("\x1bOC").key, Key::right);  // the application cursor mode's
  EXPECT_EQ(decode_key("").used, 0u);
}

TEST(Keys, OtherEscapeSequencesAreSkippedWhole) {
  EXPECT_EQ(decode_key("\x1b[D").key, Key::none);  // left
  EXPECT_EQ(decode_key("\x1b[D").used, 3u);
  EXPECT_EQ(decode_key("\x1b[15~q").key, Key::none);  // F5, then q
  EXPECT_EQ(decode_key("\x1b[15~q").used, 5u);
  EXPECT_EQ(decode_key("\x1b[1;5Cq").key, Key::none);  // Ctrl-right is not n
  EXPECT_EQ(decode_key("\x1b[1;5Cq").used, 6u);
  EXPECT_EQ(decode_key("\x1b").used, 1u);  // ESC alone
  EXPECT_EQ(decode_key("\x1bq").key, Key::none);
  EXPECT_EQ(decode_key("\x1bq").used, 1u);     // Alt-q: ESC, then a q
  EXPECT_EQ(decode_key("\x1b[1;5").used, 5u);  // cut short: all dropped
}

TEST(Keyboard, IsOffWithoutATerminalAndItsWaitsStillSleep) {
  Pipe pipe;
  Keyboard keyboard(pipe.in());
  EXPECT_FALSE(keyboard.on());
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(keyboard.wait_for_key(0.05), Key::none);
  EXPECT_GE(seconds_since(start), 0.04);
  EXPECT_FALSE(Keyboard(-1).on());
}

/// A paced watch of `rows` rows on a pipe, without keys.
std::string watched(double pace, int rows, std::uint64_t steps, double* took = nullptr) {
  Pipe pipe;
  {
    Watch watch(
        pipe.in(), [] { return std::string("chart\n"); },
        WatchSettings{pace, false, steps, 2, 80, 24});
    RunSpec spec;
    spec.index = 2;
    watch.begin(spec);
    std::vector<double> x{1};
    const auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < rows; ++k)
      EXPECT_EQ(watch.on_row({std::uint64_t(k), 4, x, 1}), Next::go_on);
    if (took) *took = seconds_since(start);
    watch.finish();
  }
  return pipe.text();
}

TEST(Watch, PacedRowsComeAtThePaceAFramePerRow) {
  double took = 0;
  const std::string text = watched(20, 6, 5, &took);  // rows 0..5 at 50 ms
  EXPECT_GE(took, 0.24);                              // row 5 is due at 0.25 s
  EXPECT_NE(text.find("run 2/2  step 0/5  20 steps/s\x1b[K\n"), std::string::npos) << text;
  EXPECT_NE(text.find("run 2/2  step 5/5  20 steps/s\x1b[K\n"), std::string::npos) << text;
  std::size_t frames = 0;
  for (std::size_t at = text.find("chart"); at != std::string::npos;
       at = text.find("chart", at + 1))
    ++frames;
  EXPECT_EQ(frames, 7u);  // each row, and the last frame
  // The last frame has no status line: it is cleared from below the chart.
  EXPECT_EQ(text.substr(text.rfind("chart")), "chart\x1b[K\n\x1b[J\x1b[?25h");
}

TEST(Watch, TheStatusLineOnlyWhereItFits) {
  Pipe pipe;
  {
    // A frame of 3 lines on a terminal of 4: a fourth line and the cursor
    // below it would scroll the frame's first line away.
    Watch watch(
        pipe.in(), [] { return std::string("a\nb\nc\n"); }, WatchSettings{100, false, 3, 1, 80, 4});
    watch.begin(RunSpec{});
    std::vector<double> x{1};
    watch.on_row({0, 4, x, 1});
  }
  EXPECT_EQ(pipe.text().find("steps/s"), std::string::npos);
  Pipe roomy;
  {
    Watch watch(
        roomy.in(), [] { return std::string("a\nb\nc\n"); },
        WatchSettings{100, false, 3, 1, 80, 5});
    watch.begin(RunSpec{});
    std::vector<double> x{1};
    watch.on_row({0, 4, x, 1});
  }
  EXPECT_NE(roomy.text().find("step 0/3  100 steps/s\x1b[K\n"), std::string::npos);
}

TEST(Watch, UnpacedHasNoStatusLineWithoutKeys) {
  const std::string text = watched(kUnpaced, 3, 3);
  EXPECT_EQ(text.find("steps/s"), std::string::npos) << text;
}

TEST(Watch, ASignalEndsAWaitAtOnce) {
  catch_interrupts();
  Pipe pipe;
  Watch watch(
      pipe.in(), [] { return std::string("chart\n"); },
      WatchSettings{0.125, false, 10, 1, 80, 24});  // a row each 8 s
  watch.begin(RunSpec{});
  std::vector<double> x{1};
  watch.on_row({0, 4, x, 1});
  std::raise(SIGINT);  // caught: the flag is set, as if it came during the wait
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(watch.on_row({1, 4, x, 1}), Next::go_on);  // the interrupt stop ends the run
  EXPECT_LT(seconds_since(start), 1.0);
  clear_interrupt();
}

}  // namespace
}  // namespace gd
