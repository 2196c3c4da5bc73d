#include "cli/expression_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/signals.h"
#include "core/objective.h"

namespace gd {

std::string strip_comments(const std::string& text) {
  std::string result;
  bool comment = false;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      comment = false;
      result += ' ';
    } else if (c == '#') {
      comment = true;
    } else if (!comment) {
      result += c;
    }
  }
  return result;
}

std::optional<std::string> expression_text(const std::string& value, std::string& error) {
  if (value != "-" && (value.empty() || value[0] != '@')) return value;
  const bool from_stdin = value == "-";
  // A signal that came before open() would not interrupt it: open() on a
  // FIFO nobody writes would then wait for ever. The caller reports it.
  if (interrupt_signal() != 0) return std::nullopt;
  const int fd = from_stdin ? STDIN_FILENO : ::open(value.c_str() + 1, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "--expr " + value + ": cannot be read: " + std::strerror(errno);
    return std::nullopt;
  }
  // Bounded: `@/dev/zero` or an endless pipe must not take all memory.
  std::string text;
  char buffer[4096];
  int failure = 0;
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got > 0) {
      text.append(buffer, static_cast<std::size_t>(got));
      if (text.size() > kMaxExpressionSourceBytes) break;
    } else if (got == 0) {
      break;
    } else if (errno != EINTR || interrupt_signal() != 0) {
      failure = errno;
      break;
    }
  }
  if (!from_stdin) ::close(fd);
  const std::string where = from_stdin ? "--expr -: standard input" : "--expr " + value + ":";
  if (failure != 0) {
    error = where + " cannot be read: " + std::strerror(failure);
    return std::nullopt;
  }
  if (text.size() > kMaxExpressionSourceBytes) {
    error = where + " is over " + std::to_string(kMaxExpressionSourceBytes / 1024 / 1024) +
            " MiB; an expression is at most " + std::to_string(kMaxExpressionLength) +
            " characters";
    return std::nullopt;
  }
  if (text.find('\0') != std::string::npos) {
    error = "--expr " + value + ": holds a NUL byte at byte " + std::to_string(text.find('\0') + 1);
    return std::nullopt;
  }
  return strip_comments(text);
}

}  // namespace gd
