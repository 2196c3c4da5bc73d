#include "expression_source.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "interrupt.h"

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
  std::string text;
  if (value == "-") {
    char buffer[4096];
    while (true) {
      const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
      if (got > 0) {
        text.append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0) {
        break;
      } else if (errno != EINTR || interrupt_signal() != 0) {
        error = std::string("--expr -: standard input cannot be read: ") + std::strerror(errno);
        return std::nullopt;
      }
    }
  } else {
    const std::string path = value.substr(1);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error = "--expr " + value + ": cannot be read: " + std::strerror(errno);
      return std::nullopt;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (text.find('\0') != std::string::npos) {
    error = "--expr " + value + ": holds a NUL byte at byte " + std::to_string(text.find('\0') + 1);
    return std::nullopt;
  }
  return strip_comments(text);
}

}  // namespace gd
