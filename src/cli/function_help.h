#pragma once

#include <string>

namespace gd {

/// gd --help functions: muParser's operators, functions and constants as
/// --expr takes them, each with what it means, in at most 80 columns.
std::string function_help();

}  // namespace gd
