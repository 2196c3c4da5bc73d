#pragma once
// Splitting chart text for the chart tests.

#include <sstream>
#include <string>
#include <vector>

namespace gd {

/// The lines of `text`, without their newlines.
inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) result.push_back(line);
  return result;
}

/// The lines of `text` that end in a space, or in one before the final
/// colour reset: a terminal shows nothing of them, and copies pick them up.
inline std::vector<std::string> lines_ending_in_space(const std::string& text) {
  const std::string reset = "\x1b[0m";
  std::vector<std::string> found;
  for (std::string line : lines(text)) {
    const std::string shown = line;
    while (line.size() >= reset.size() &&
           line.compare(line.size() - reset.size(), reset.size(), reset) == 0)
      line.resize(line.size() - reset.size());
    if (!line.empty() && line.back() == ' ') found.push_back(shown);
  }
  return found;
}

}  // namespace gd
