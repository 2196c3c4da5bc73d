#include "base/keyboard.h"

#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdlib>

namespace gd {
namespace {

// What the handlers need, in plain globals: a signal handler may read
// nothing else. taken_fd is set while a Keyboard has the terminal.
termios found_mode{};  // the mode the terminal had, restored on every path
termios keys_mode{};   // ours, put back when gd continues after Ctrl-Z
volatile std::sig_atomic_t taken_fd = -1;

constexpr int kFatal[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGQUIT};
struct sigaction before_fatal[sizeof kFatal / sizeof kFatal[0]];
struct sigaction before_stop;
bool stop_handled = false;

/// tcsetattr is async-signal-safe: every path below may call this.
void give_back() {
  const int fd = taken_fd;
  if (fd >= 0) tcsetattr(fd, TCSANOW, &found_mode);
}

extern "C" void restore_and_die(int signal) {
  const int fd = taken_fd;
  give_back();
  // The cursor --watch hid (nothing to do if the write fails).
  if (fd >= 0) {
    [[maybe_unused]] const ssize_t shown = write(fd, "\x1b[?25h", 6);
  }
  // SA_RESETHAND made the action the default again and SA_NODEFER lets the
  // signal through at once: gd dies of it as it would have (a core dump).
  std::raise(signal);
}

/// Ctrl-Z: the terminal gets its mode back while gd is stopped, and gd's
/// again when it continues in the foreground.
extern "C" void restore_and_stop(int) {
  const int saved_errno = errno;
  const int fd = taken_fd;
  give_back();
  if (fd >= 0) {
    [[maybe_unused]] const ssize_t shown = write(fd, "\x1b[?25h", 6);  // for the shell
  }
  std::raise(SIGSTOP);  // the default action of SIGTSTP; gd continues here
  if (fd >= 0 && tcgetpgrp(fd) == getpgrp()) tcsetattr(fd, TCSANOW, &keys_mode);
  errno = saved_errno;
}

extern "C" void restore_at_exit() { give_back(); }

/// Handlers for the crash signals and Ctrl-Z, where the default stands
/// (one already set, a sanitizer's or a debugger's, is left alone).
void catch_crashes() {
  struct sigaction action {};
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND | SA_NODEFER;
  action.sa_handler = restore_and_die;
  for (std::size_t i = 0; i < sizeof kFatal / sizeof kFatal[0]; ++i) {
    sigaction(kFatal[i], nullptr, &before_fatal[i]);
    if (before_fatal[i].sa_handler == SIG_DFL) sigaction(kFatal[i], &action, nullptr);
  }
  sigaction(SIGTSTP, nullptr, &before_stop);
  stop_handled = before_stop.sa_handler == SIG_DFL;  // not SIG_IGN (no job control)
  action.sa_flags = SA_RESTART;
  action.sa_handler = restore_and_stop;
  if (stop_handled) sigaction(SIGTSTP, &action, nullptr);
  static const bool registered = std::atexit(restore_at_exit) == 0;  // once: exit() skips ~Keyboard
  (void)registered;
}

void forget_crashes() {
  for (std::size_t i = 0; i < sizeof kFatal / sizeof kFatal[0]; ++i)
    if (before_fatal[i].sa_handler == SIG_DFL) sigaction(kFatal[i], &before_fatal[i], nullptr);
  if (stop_handled) sigaction(SIGTSTP, &before_stop, nullptr);
}

/// Skips an escape sequence: ESC [ or ESC O, parameters, one final byte.
DecodedKey escape_sequence(std::string_view bytes) {
  if (bytes.size() < 2 || (bytes[1] != '[' && bytes[1] != 'O')) return {Key::none, 1};
  for (std::size_t i = 2; i < bytes.size(); ++i)
    if (bytes[i] >= 0x40 && bytes[i] <= 0x7e)  // the final byte
      return {i == 2 && bytes[i] == 'C' ? Key::right : Key::none, i + 1};
  return {Key::none, bytes.size()};  // cut short: dropped
}

}  // namespace

DecodedKey decode_key(std::string_view bytes) {
  if (bytes.empty()) return {};
  switch (bytes[0]) {
    case ' ': return {Key::space, 1};
    case 'n':
    case 'N': return {Key::n, 1};
    case '+':
    case '=': return {Key::plus, 1};
    case '-':
    case '_': return {Key::minus, 1};
    case 'q':
    case 'Q': return {Key::q, 1};
    case '\x1b': return escape_sequence(bytes);
    default: return {Key::none, 1};
  }
}

Keyboard::Keyboard(int fd) : fd_(fd) {
  if (fd < 0 || isatty(fd) != 1 || tcgetpgrp(fd) != getpgrp()) return;
  termios mode{};
  if (tcgetattr(fd, &mode) != 0) return;
  found_mode = mode;
  mode.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);  // ISIG stays: Ctrl-C is SIGINT
  mode.c_cc[VMIN] = 0;  // a read never blocks: poll() does the waiting
  mode.c_cc[VTIME] = 0;
  keys_mode = mode;
  taken_fd = fd;  // before the change, so that a crash from here on restores
  catch_crashes();
  on_ = tcsetattr(fd, TCSANOW, &keys_mode) == 0;
  if (!on_) release();
}

Keyboard::~Keyboard() { release(); }

void Keyboard::release() {
  if (taken_fd != fd_ || fd_ < 0) return;
  give_back();
  taken_fd = -1;
  forget_crashes();
  on_ = false;
}

Key Keyboard::wait_for_key(double seconds) {
  const int ms = seconds > 0 ? static_cast<int>(std::ceil(seconds * 1000)) : 0;
  if (pending_.empty() && !on_) {
    if (ms > 0) poll(nullptr, 0, ms);  // a sleep that a signal ends
    return Key::none;
  }
  if (pending_.empty()) {
    pollfd in{fd_, POLLIN, 0};
    if (poll(&in, 1, ms) <= 0) return Key::none;  // the time is up, or a signal came
    if ((in.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) {
      release();  // the terminal went away: no more keys, no busy loop
      return Key::none;
    }
    char buffer[64];
    const ssize_t got = read(fd_, buffer, sizeof buffer);
    if (got <= 0) return Key::none;
    pending_.append(buffer, static_cast<std::size_t>(got));
  }
  const DecodedKey decoded = decode_key(pending_);
  pending_.erase(0, decoded.used);
  return decoded.key;
}

}  // namespace gd
