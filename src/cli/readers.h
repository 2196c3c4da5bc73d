#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/options.h"

namespace gd {

// Every option value goes through one of these readers, once, as CLI11
// checks it (so that an error names the option). Each returns an error
// message, empty when `text` was read into `out`.

/// The items of a comma-separated list, empty ones included ("" is one).
std::vector<std::string> split_list(const std::string& text);

/// The whole of `text` as a double: no blanks around it, no trailing junk,
/// no hex, nothing that overflows or underflows to zero.
std::optional<double> parse_double(const std::string& text);

/// A finite number > 0 (--lr, --h).
std::string read_positive(const std::string& text, double& out);
/// 250, 1e6 or 1.5e3: a whole number in [low, high], in decimal only.
std::string read_whole(const std::string& text, std::uint64_t low, std::uint64_t high,
                       std::uint64_t& out);
/// The comma-separated finite numbers of --start.
std::string read_point(const std::string& text, std::vector<double>& out);
/// NAME=NUMBER; the name is checked against muParser's when the expression is.
std::string read_definition(const std::string& text, std::pair<std::string, double>& out);
/// "A,B": a window from A to B, finite, A < B.
std::string read_window(const std::string& text, std::pair<double, double>& out);
/// The charts --plot names, by name.
const std::vector<std::pair<std::string, Plot>>& plot_names();
/// "line,path": charts to draw, in order, each once; "none" alone.
std::string read_plots(const std::string& text, std::vector<Plot>& out);
/// "sgd,adam:0.3": methods, each with the learning rate NAME:LR fixes.
std::string read_optimizers(const std::string& text, std::vector<OptimizerChoice>& out);
/// "0.01,0.1": learning rates, finite and > 0.
std::string read_learning_rates(const std::string& text, std::vector<double>& out);
/// A number in [0, 1) (--momentum, --decay, --beta1, --beta2).
std::string read_fraction(const std::string& text, double& out);
/// A finite number >= 0 (the tolerances).
std::string read_tolerance(const std::string& text, double& out);
/// A finite number (--target).
std::string read_finite(const std::string& text, double& out);
/// "1e-4" or "auto" (--h).
std::string read_h(const std::string& text, GradientSettings& out);
/// "x3,x7" or "x": one or two different names (checked against f later).
std::string read_plot_vars(const std::string& text, std::vector<std::string>& out);

/// A flag's value: none or "true" (given: `out` = `when_given`), "false"
/// (not given: `out` = !`when_given`), as a --config file writes them.
std::string read_switch(const std::string& text, bool when_given, bool& out);
/// --watch's value: none or "true" (watched at the default pace: `pace`
/// none), "false" (not watched), a pace in steps a second, or "max" or 0
/// (unpaced).
std::string read_watch(const std::string& text, bool& watch, std::optional<double>& pace);
/// --digits: 1 to 17 significant digits, or "full" (0): the shortest
/// round-trip text.
std::string read_digits(const std::string& text, int& out);

/// The value `names` pairs with `text`, or an error listing the names.
template <typename Enum>
std::string read_choice(const std::string& text,
                        const std::vector<std::pair<std::string, Enum>>& names, Enum& out) {
  std::string keys;
  for (const auto& [key, value] : names) {
    if (key == text) {
      out = value;
      return {};
    }
    keys += (keys.empty() ? "" : "|") + key;
  }
  return "\"" + text + "\" is not one of " + keys;
}

}  // namespace gd
