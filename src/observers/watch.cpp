#include "observers/watch.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

#include "base/format.h"
#include "base/signals.h"
#include "core/run.h"
#include "observers/redraw.h"
#include "output/fd_output.h"

namespace gd {
namespace {

/// The longest a wait or a pause sleeps between looks at the signal flag:
/// a signal ends poll() at once, but one that lands just before poll()
/// begins is seen only when it returns.
constexpr double kSignalLookSeconds = 0.1;

double seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

/// "0.125", "2.5", "10", "1.3k": a pace as the status line says it.
std::string pace_words(double pace) {
  return pace < 10 ? format_number(pace, 3) : format_rate(pace);
}

}  // namespace

Watch::Watch(int fd, std::function<std::string()> frame, WatchSettings settings)
    : fd_(fd),
      frame_(std::move(frame)),
      settings_(settings),
      keyboard_(settings.keys ? STDIN_FILENO : -1),
      pace_(settings.pace) {}

Watch::~Watch() {
  if (cursor_hidden_) write_all(fd_, "\x1b[?25h");
}

void Watch::begin(const RunSpec& run) {
  run_ = run.index;
  schedule_start_ = Clock::now();  // each run is paced from its first row
  shown_ = 0;
}

/// The current row is row 0 of a new schedule, due now (after a pause,
/// a change of pace, a stretch too far behind).
void Watch::restart_schedule() {
  schedule_start_ = Clock::now();
  shown_ = 1;
}

Next Watch::on_row(const Row& row) {
  step_ = row.step;
  // Unpaced, the clock is read every 256th row only, as the progress line does.
  if (pace() == kUnpaced && !paused_ && row.step % 256 != 0) return Next::go_on;
  const Clock::time_point now = Clock::now();
  const double since_frame = seconds(now - last_drawn_);
  Beat next = beat(pace(), shown_++, seconds(now - schedule_start_), since_frame);
  if (pace() == kUnpaced) next.draw = since_frame >= kFrameSeconds;
  if (paused_) next = {0.0, true, false};  // each row drawn, then held
  if (next.behind) restart_schedule();
  if ((next.wait > 0 || next.draw) && wait(next.wait) == Next::stop_quit) return Next::stop_quit;
  if (next.draw || paused_ || changed_) draw();
  return paused_ ? hold() : Next::go_on;
}

/// Sleeps `seconds` (none: only looks for a key typed), taking keys
/// meanwhile; ends early for a signal, a pause or a change of pace.
Next Watch::wait(double seconds) {
  const Clock::time_point until = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                     std::chrono::duration<double>(seconds));
  for (;;) {
    if (interrupt_signal() != 0) return Next::go_on;  // the interrupt stop ends the run
    const double left = std::max(0.0, gd::seconds(until - Clock::now()));
    const Asked asked = take(keyboard_.wait_for_key(std::min(left, kSignalLookSeconds)));
    if (asked == Asked::quit) return Next::stop_quit;
    if (paused_ || changed_ || Clock::now() >= until) return Next::go_on;
  }
}

/// Paused, after the row is drawn: waits for space (go on), n or the
/// right arrow (one row more), q, or a signal.
Next Watch::hold() {
  while (paused_) {
    if (interrupt_signal() != 0 || !keyboard_.on()) {  // a signal, or the terminal went away
      paused_ = false;
      return Next::go_on;
    }
    const Asked asked = take(keyboard_.wait_for_key(kSignalLookSeconds));
    if (asked == Asked::quit) return Next::stop_quit;
    if (asked == Asked::step) return Next::go_on;
    if (changed_) draw();  // the new pace, or "paused" gone
  }
  return Next::go_on;
}

Watch::Asked Watch::take(Key key) {
  switch (key) {
    case Key::space:
      paused_ = !paused_;
      if (!paused_) restart_schedule();  // the pace goes on from now, not from before the pause
      changed_ = true;
      return Asked::nothing;
    case Key::n:
    case Key::right: return paused_ ? Asked::step : Asked::nothing;
    case Key::plus:
    case Key::minus:
      if (pace() == kUnpaced) return Asked::nothing;  // as fast as it goes already
      pace_ = key == Key::plus ? faster(pace_) : slower(pace_);
      restart_schedule();
      changed_ = true;
      return Asked::nothing;
    case Key::q:
      quit_ = true;  // the runs after this one go unpaced, without keys
      paused_ = false;
      keyboard_.release();
      return Asked::quit;
    case Key::none: break;
  }
  return Asked::nothing;
}

/// "run 2/4  paused at step 12/30  10 steps/s  space resume  n step  +/- pace
/// q quit", cut to the width; nothing unpaced without keys (or at the end).
std::string Watch::status() const {
  const bool keys = keyboard_.on();
  if (finished_ || quit_ || (pace_ == kUnpaced && !keys)) return "";
  std::string line = settings_.runs > 1 ? fmt::format("run {}/{}  ", run_, settings_.runs) : "";
  line += fmt::format("{}step {}/{}  {}", paused_ ? "paused at " : "", step_, settings_.steps,
                      pace_ == kUnpaced ? "unpaced" : pace_words(pace_) + " steps/s");
  std::string help;
  if (keys) help = paused_ ? "  space resume  n step" : "  space pause";
  if (keys && pace_ != kUnpaced) help += "  +/- pace";
  if (keys) help += "  q quit";
  const auto width = static_cast<std::size_t>(std::max(settings_.width, 1));
  if (line.size() + help.size() <= width) line += help;  // all or none of the keys
  if (line.size() > width) line.resize(width);
  return line;
}

void Watch::draw() {
  std::string text = frame_();
  // Under the frame when there is room: a frame that reached the bottom
  // line would scroll, and the next could no longer go back to its top.
  const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  if (const std::string line = status(); !line.empty() && lines + 2 <= settings_.height)
    text += line + "\n";
  // Hidden again with each frame: Ctrl-Z, or a crash handler, showed it.
  std::string out = "\x1b[?25l";
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
  changed_ = false;
}

void Watch::finish() {
  finished_ = true;  // the last frame has no status line
  draw();
  write_all(fd_, "\x1b[?25h");
  cursor_hidden_ = false;
  keyboard_.release();
}

}  // namespace gd
