#pragma once
// Parsing a command line in tests, as gd's main does with argv.

#include <string>
#include <vector>

#include "cli/command_line.h"

namespace gd {

/// parse_command_line of `gd ARGS...`.
inline CommandLine parse_args(std::vector<std::string> args) {
  args.insert(args.begin(), "gd");
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  return parse_command_line(static_cast<int>(argv.size()), argv.data());
}

}  // namespace gd
