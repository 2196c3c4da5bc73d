#include "live.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>

#include "output/history.h"

namespace gd {
namespace {

constexpr double kFrameSeconds = 0.1;  // at most 10 redraws a second

/// "3.2M", "45k", "120": a rate for people.
std::string compact_rate(double rate) {
  if (rate >= 1e6) return fmt::format("{:.1f}M", rate / 1e6);
  if (rate >= 1e3) return fmt::format("{:.1f}k", rate / 1e3);
  return fmt::format("{:.0f}", rate);
}

/// "0.9 s", "42.0 s", "3m07s", "2h05m": time left, to a tenth of a second at most.
std::string format_eta(double seconds) {
  if (seconds < 60) return fmt::format("{:.1f} s", seconds);
  const auto whole = static_cast<long long>(seconds);
  if (seconds < 3600) return fmt::format("{}m{:02}s", whole / 60, whole % 60);
  return fmt::format("{}h{:02}m", whole / 3600, whole / 60 % 60);
}

}  // namespace

void write_all(int fd, const std::string& text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
}

ProgressLine::ProgressLine(int fd, std::uint64_t planned_steps, int width, double delay,
                           std::string label)
    : fd_(fd), planned_(planned_steps), width_(width), delay_(delay), label_(std::move(label)) {}

bool ProgressLine::on_row(const Row& row) {
  if (row.step % 256 != 0) return true;
  const auto now = Clock::now();
  const double elapsed = std::chrono::duration<double>(now - started_).count();
  if (elapsed < delay_ ||
      (shown_ && std::chrono::duration<double>(now - last_drawn_).count() < kFrameSeconds))
    return true;
  const double done = planned_ == 0 ? 1.0 : static_cast<double>(row.step) / planned_;
  const double rate = elapsed > 0 ? row.step / elapsed : 0.0;
  const double left = rate > 0 ? (planned_ - row.step) / rate : 0.0;
  std::string text =
      fmt::format("{}{:3.0f}% step {}/{}  {} steps/s  ETA {}  f {}", label_, 100 * done, row.step,
                  planned_, compact_rate(rate), format_eta(left), format_number(row.f));
  if (static_cast<int>(text.size()) > width_ - 1) text.resize(static_cast<std::size_t>(width_ - 1));
  write_all(fd_, "\r" + text + "\x1b[K");
  shown_ = true;
  last_drawn_ = now;
  return true;
}

void ProgressLine::finish() {
  if (shown_) write_all(fd_, "\r\x1b[K");
  shown_ = false;
}

Watch::Watch(int fd, std::function<std::string()> frame) : fd_(fd), frame_(std::move(frame)) {}

Watch::~Watch() {
  if (cursor_hidden_) write_all(fd_, "\x1b[?25h");
}

void Watch::draw() {
  std::string text = frame_();
  std::string out;
  if (!cursor_hidden_) out += "\x1b[?25l";
  cursor_hidden_ = true;
  if (lines_ > 0) out += fmt::format("\x1b[{}F", lines_);  // back to the frame's first line
  int count = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin);
    out += text.substr(begin, end - begin) + "\x1b[K\n";  // each line cleared to its end
    ++count;
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  if (count < lines_) out += "\x1b[J";  // a shorter frame: clear what is left below
  lines_ = count;
  write_all(fd_, out);
  last_drawn_ = Clock::now();
}

bool Watch::on_row(const Row& row) {
  if (row.step % 256 != 0) return true;
  if (std::chrono::duration<double>(Clock::now() - last_drawn_).count() >= kFrameSeconds) draw();
  return true;
}

void Watch::finish() {
  draw();
  write_all(fd_, "\x1b[?25h");
  cursor_hidden_ = false;
}

}  // namespace gd
