#include "base/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <string>

namespace gd {
namespace {

std::optional<TerminalSize> size_of(int fd) {
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0)
    return std::nullopt;
  return TerminalSize{size.ws_col, size.ws_row};
}

/// The locale that decides the character encoding, as POSIX orders them.
const char* ctype_locale() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return value;
  }
  return nullptr;
}

}  // namespace

bool names_utf8(const char* locale) {
  if (!locale) return false;
  std::string lower;
  for (const char* c = locale; *c; ++c)
    if (*c != '-') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
  return lower.find("utf8") != std::string::npos;
}

Surroundings observe_surroundings() {
  Surroundings s;
  s.in_is_terminal = isatty(STDIN_FILENO) == 1;
  s.out_is_terminal = isatty(STDOUT_FILENO) == 1;
  s.err_is_terminal = isatty(STDERR_FILENO) == 1;
  if (s.out_is_terminal) s.out_size = size_of(STDOUT_FILENO);
  if (s.err_is_terminal) s.err_size = size_of(STDERR_FILENO);
  s.utf8 = names_utf8(ctype_locale());
  const char* no_color = std::getenv("NO_COLOR");
  s.no_color = no_color && *no_color;
  return s;
}

}  // namespace gd
