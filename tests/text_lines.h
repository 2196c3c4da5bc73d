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

}  // namespace gd
