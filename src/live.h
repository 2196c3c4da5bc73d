#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "descent.h"

namespace gd {

/// A one-line progress bar on a terminal (stderr): percent, step, steps per
/// second, time left, current f. It appears once a run has taken `delay`
/// seconds, redraws at most 10 times a second, and is erased by finish().
/// The clock is read every 256 rows only.
class ProgressLine : public Observer {
 public:
  ProgressLine(int fd, std::uint64_t planned_steps, int width, double delay,
               std::string label = "");
  bool on_row(const Row& row) override;
  /// Erases the line, if it was drawn.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  int fd_;
  std::uint64_t planned_;
  int width_;
  double delay_;
  std::string label_;
  Clock::time_point started_ = Clock::now(), last_drawn_;
  bool shown_ = false;
};

/// Redraws charts in place on a terminal while a run goes on, at most 10
/// frames a second: the cursor is hidden meanwhile and shown again by
/// finish() (or the destructor), which draws the last frame, which stays.
class Watch : public Observer {
 public:
  /// `frame` draws the charts as they stand.
  Watch(int fd, std::function<std::string()> frame);
  ~Watch() override;
  Watch(const Watch&) = delete;
  bool on_row(const Row& row) override;
  /// Draws the final frame and shows the cursor again.
  void finish();
  /// Whether any frame was drawn.
  bool drawn() const { return lines_ > 0; }

 private:
  void draw();

  using Clock = std::chrono::steady_clock;
  int fd_;
  std::function<std::string()> frame_;
  Clock::time_point last_drawn_{};
  int lines_ = 0;  // lines of the frame on screen
  bool cursor_hidden_ = false;
};

/// Writes all of `text` to `fd`, retrying after signals; errors are ignored
/// (the terminal went away: there is nobody to tell).
void write_all(int fd, const std::string& text);

}  // namespace gd
