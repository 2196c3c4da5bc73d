#pragma once

#include <optional>

namespace gd {

/// A terminal's size in character cells.
struct TerminalSize {
  int cols = 80;
  int rows = 24;
};

/// What gd learns from its surroundings before drawing: which streams are
/// terminals, their sizes, the locale's encoding and NO_COLOR. Gathered in
/// one place so that runs in tests can pretend.
struct Surroundings {
  bool in_is_terminal = false;  ///< stdin: --watch's keys
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  std::optional<TerminalSize> out_size;  ///< when stdout is a terminal
  std::optional<TerminalSize> err_size;  ///< when stderr is a terminal
  bool utf8 = false;                     ///< the locale (LC_ALL, LC_CTYPE, LANG) is UTF-8
  bool no_color = false;                 ///< NO_COLOR is set and not empty
};

/// The surroundings of this process (stdin is fd 0, stdout fd 1, stderr fd 2).
Surroundings observe_surroundings();

/// Whether a locale name such as "en_US.UTF-8" or "C.utf8" names UTF-8.
bool names_utf8(const char* locale);

}  // namespace gd
