#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "core/observer.h"

namespace gd {

/// Redraws charts in place on a terminal while runs go on, at most 10
/// frames a second: the cursor is hidden meanwhile and shown again by
/// finish() (or the destructor), which draws the last frame, which stays.
class Watch : public Observer {
 public:
  /// `frame` draws the charts as they stand.
  Watch(int fd, std::function<std::string()> frame);
  ~Watch() override;
  Watch(const Watch&) = delete;
  Watch& operator=(const Watch&) = delete;
  Next on_row(const Row& row) override;
  /// Draws the final frame and shows the cursor again (after the last run).
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

}  // namespace gd
