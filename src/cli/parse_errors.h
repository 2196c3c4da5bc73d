#pragma once

#include <string>
#include <vector>

namespace CLI {
class ParseError;
}  // namespace CLI

namespace gd {

/// gd's one-line wording of a CLI11 parse error (without "gd: error:"):
/// CLI11's own message, except where it names neither the option nor the
/// file. `config` is the --config file named on the command line; an
/// unknown key in it gets the nearest of `options` ("--steps") as a hint.
/// This is the one place that reads CLI11's messages; its tests pin the
/// CLI11 wording it relies on.
std::string describe_parse_error(const CLI::ParseError& error, const std::string& config,
                                 const std::vector<std::string>& options = {});

/// The line for the arguments CLI11 did not expect, `extras` in the order
/// typed: unknown options, each with the one of `options` it most likely
/// misspells, then arguments that belong to no option. A value right after
/// an unknown option is taken as its own. Without --expr (`expr_given`), a
/// lone argument that looks like an expression is shown where it goes.
std::string describe_extras(const std::vector<std::string>& extras,
                            const std::vector<std::string>& options, bool expr_given);

}  // namespace gd
