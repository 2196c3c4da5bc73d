#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "base/keyboard.h"
#include "base/pace.h"
#include "core/observer.h"

namespace gd {

/// How --watch shows the runs.
struct WatchSettings {
  double pace = kUnpaced;   ///< steps a second (pace.h)
  bool keys = false;        ///< read keys on stdin (a terminal gd may take)
  std::uint64_t steps = 0;  ///< a run's steps at most, for the status line
  std::size_t runs = 1;     ///< for the status line
  int width = 80;           ///< of the terminal: the status line keeps to it
  int height = 24;          ///< of the terminal: the status line only where it fits
};

/// Redraws charts in place on a terminal while runs go on; the cursor is
/// hidden meanwhile and shown again by finish() (or the destructor),
/// which draws the last frame, which stays.
///
/// Paced, each run's rows come at the pace, a frame per row up to 25 a
/// second; unpaced, as fast as they come, a frame at most 10 times a
/// second. With keys: space pauses and resumes, n or the right arrow
/// steps once while paused, + and - double and halve the pace, q stops
/// the run (Next::stop_quit) and lets the runs after it go unpaced. A
/// status line under the frame says so; the last frame has none. A
/// signal (SIGINT, SIGTERM) ends a wait or a pause at once, so that the
/// interrupt stop ends the run.
class Watch : public Observer {
 public:
  /// `frame` draws the charts as they stand.
  Watch(int fd, std::function<std::string()> frame, WatchSettings settings = {});
  ~Watch() override;
  Watch(const Watch&) = delete;
  Watch& operator=(const Watch&) = delete;
  void begin(const RunSpec& run) override;
  Next on_row(const Row& row) override;
  /// Draws the final frame, shows the cursor again and gives the terminal
  /// its mode back (after the last run).
  void finish();
  /// Whether any frame was drawn.
  bool drawn() const { return lines_ > 0; }

 private:
  using Clock = std::chrono::steady_clock;
  /// What a key asks of the run.
  enum class Asked { nothing, step, quit };

  void draw();
  std::string status() const;
  Next wait(double seconds);
  Next hold();
  Asked take(Key key);
  void restart_schedule();
  double pace() const { return quit_ ? kUnpaced : pace_; }

  int fd_;
  std::function<std::string()> frame_;
  WatchSettings settings_;
  Keyboard keyboard_;
  double pace_;
  Clock::time_point last_drawn_{};
  Clock::time_point schedule_start_{};  // when row 0 of the schedule was due
  std::uint64_t shown_ = 0;             // rows since then
  std::size_t run_ = 0;                 // the run's index, from 1
  std::uint64_t step_ = 0;              // the row's step
  int lines_ = 0;                       // lines of the frame on screen
  bool cursor_hidden_ = false;
  bool paused_ = false;
  bool changed_ = false;  // a key changed what the status line says
  bool quit_ = false;     // q was pressed: no pace, no keys from here on
  bool finished_ = false;
};

}  // namespace gd
