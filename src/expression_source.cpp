#include "expression_source.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      error = "--expr -: standard input cannot be read";
      return std::nullopt;
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
