#include "observers/progress_line.h"

#include <fmt/format.h>

#include "base/format.h"
#include "core/run.h"
#include "observers/redraw.h"
#include "output/fd_output.h"

namespace gd {

ProgressLine::ProgressLine(int fd, std::uint64_t planned_steps, int width, double delay,
                           std::size_t runs)
    : fd_(fd), planned_(planned_steps), width_(width), delay_(delay), runs_(runs) {}

void ProgressLine::begin(const RunSpec& run) {
  label_ = runs_ > 1 ? fmt::format("run {}/{} ", run.index, runs_) : "";
  started_ = Clock::now();
  shown_ = false;
}

Next ProgressLine::on_row(const Row& row) {
  if (row.step % 256 != 0) return Next::go_on;
  const auto now = Clock::now();
  const double elapsed = std::chrono::duration<double>(now - started_).count();
  if (elapsed < delay_ ||
      (shown_ && std::chrono::duration<double>(now - last_drawn_).count() < kFrameSeconds))
    return Next::go_on;
  const double step = static_cast<double>(row.step), planned = static_cast<double>(planned_);
  const double done = planned_ == 0 ? 1.0 : step / planned;
  const double rate = elapsed > 0 ? step / elapsed : 0.0;
  const double left = rate > 0 ? (planned - step) / rate : 0.0;
  std::string text =
      fmt::format("{}{:3.0f}% step {}/{}  {} steps/s  ETA {}  f {}", label_, 100 * done, row.step,
                  planned_, format_rate(rate), format_time_left(left), format_number(row.f));
  if (static_cast<int>(text.size()) > width_ - 1) text.resize(static_cast<std::size_t>(width_ - 1));
  write_all(fd_, "\r" + text + "\x1b[K");
  shown_ = true;
  last_drawn_ = now;
  return Next::go_on;
}

void ProgressLine::end(const RunResult&) {
  if (shown_) write_all(fd_, "\r\x1b[K");
  shown_ = false;
}

}  // namespace gd
