#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gd {

/// The keys --watch answers to.
enum class Key { none, space, n, right, plus, minus, q };

/// The first key in `bytes` (what reads of a terminal gave) and how many
/// bytes it took.
struct DecodedKey {
  Key key = Key::none;
  std::size_t used = 0;  ///< 0 only when `bytes` is empty
};

/// ' ', 'n', ESC [ C (the right arrow), '+' (or '=', the same key
/// unshifted), '-', 'q'. Any other byte, or other escape sequence (the
/// other arrows, function keys), is Key::none and is skipped whole.
DecodedKey decode_key(std::string_view bytes);

/// The terminal on a file descriptor, taken to read keys one at a time:
/// non-canonical mode, no echo, ISIG kept (Ctrl-C still sends SIGINT).
/// The mode it found is given back by release() or the destructor, at
/// exit, and on a crash (SIGSEGV, SIGABRT, SIGBUS, SIGFPE: the handler
/// restores it, shows the cursor, then dies of the signal as it would
/// have); Ctrl-Z gives it back while gd is stopped.
///
/// Off (keys never come, waits only wait) when `fd` is not a terminal, or
/// gd is not in its foreground (changing it would stop gd with SIGTTOU).
/// One at a time: a second would save the first one's mode as the one to
/// restore.
class Keyboard {
 public:
  explicit Keyboard(int fd);
  ~Keyboard();
  Keyboard(const Keyboard&) = delete;
  Keyboard& operator=(const Keyboard&) = delete;

  bool on() const { return on_; }
  /// Gives the terminal its mode back now; keys are off from here.
  void release();
  /// The next key typed within `seconds` (0: only one typed already);
  /// Key::none when none came, or a signal came first (poll returns
  /// early with EINTR, so a caught SIGINT is seen at once). The wait
  /// sleeps in poll(): a pause costs no CPU.
  Key wait_for_key(double seconds);

 private:
  int fd_;
  bool on_ = false;
  std::string pending_;  // bytes read, not decoded yet
};

}  // namespace gd
