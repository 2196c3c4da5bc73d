#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"

namespace gd {

/// The parsed command line: options to run with, or text to print instead
/// (--help, --version), after which gd exits 0.
struct CommandLine {
  Options options;
  std::optional<std::string> print;  ///< set: print this on stdout, do not run
};

/// Parses argv with CLI11 (and --config). Throws UsageError for anything
/// that cannot be parsed: unknown options, bad values, options given twice.
/// Whether the options make sense together is the plan's to say.
CommandLine parse_command_line(int argc, const char* const argv[]);

/// An option as the parser defines it, for the completion scripts.
struct OptionInfo {
  enum class Files { none, names, at_names };  ///< values are file names, or @FILE
  std::string flag;                            ///< "--format"
  std::string help;                            ///< what --help says of it
  bool takes_value = false;
  std::vector<std::string> choices;  ///< the values it offers, when it has a fixed set
  Files files = Files::none;
};

/// Every option gd takes, in --help's order, --help and --version last.
std::vector<OptionInfo> option_table();

}  // namespace gd
