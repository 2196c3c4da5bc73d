#pragma once

#include <string>

namespace CLI {
class ParseError;
}  // namespace CLI

namespace gd {

/// gd's one-line wording of a CLI11 parse error (without "gd: error:"):
/// CLI11's own message, except where it names neither the option nor the
/// file. `config` is the --config file named on the command line. This is
/// the one place that reads CLI11's messages; its tests pin the CLI11
/// wording it relies on.
std::string describe_parse_error(const CLI::ParseError& error, const std::string& config);

}  // namespace gd
