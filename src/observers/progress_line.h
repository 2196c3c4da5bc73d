#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/observer.h"

namespace gd {

/// A one-line progress bar on a terminal (stderr): percent, step, steps per
/// second, time left, current f. It appears once a run has taken `delay`
/// seconds, redraws at most 10 times a second, and is erased when the run
/// ends. The clock is read every 256 rows only.
class ProgressLine : public Observer {
 public:
  /// With several `runs`, the line begins "run i/n ".
  ProgressLine(int fd, std::uint64_t planned_steps, int width, double delay, std::size_t runs);
  void begin(const RunSpec& run) override;
  Next on_row(const Row& row) override;
  /// Erases the line, if it was drawn.
  void end(const RunResult& result) override;

 private:
  using Clock = std::chrono::steady_clock;
  int fd_;
  std::uint64_t planned_;
  int width_;
  double delay_;
  std::size_t runs_;
  std::string label_;
  Clock::time_point started_ = Clock::now(), last_drawn_;
  bool shown_ = false;
};

}  // namespace gd
