#pragma once

#include <string>
#include <vector>

#include "cli/command_line.h"

namespace gd {

// Shell completion scripts made from the option table (option_table()), so
// that they list every option and choice the parser takes. The build runs
// gd_completions (completions_main.cpp) to write them.

/// For bash: `source` it, or install it as completions/gd.
std::string bash_completion(const std::vector<OptionInfo>& options);
/// For zsh: install it as _gd on $fpath.
std::string zsh_completion(const std::vector<OptionInfo>& options);
/// For fish: install it as gd.fish in a completions directory.
std::string fish_completion(const std::vector<OptionInfo>& options);

}  // namespace gd
