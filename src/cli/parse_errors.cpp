#include "cli/parse_errors.h"

#include <fmt/format.h>

#include <CLI/Error.hpp>
#include <algorithm>
#include <cctype>
#include <utility>

#include "cli/readers.h"
#include "cli/suggestions.h"

namespace gd {
namespace {

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

/// "-x" or "--steps=5", but not "-5" or "-" (a value).
bool is_option_like(const std::string& arg) {
  return arg.size() > 1 && arg[0] == '-' && !std::isdigit(static_cast<unsigned char>(arg[1])) &&
         arg[1] != '.';
}

/// `option` without its leading dashes ("" for "----").
std::string bare(const std::string& option) {
  const std::size_t start = option.find_first_not_of('-');
  return start == std::string::npos ? "" : option.substr(start);
}

/// Options without their dashes, as a --config file names them.
std::vector<std::string> bare_names(const std::vector<std::string>& options) {
  std::vector<std::string> names;
  for (const std::string& option : options) names.push_back(bare(option));
  return names;
}

/// An unknown option as typed, without its value, and the option it most
/// likely misspells ("" if none): {"--stpes", "--steps"}.
std::pair<std::string, std::string> unknown_option(const std::string& arg,
                                                   const std::vector<std::string>& options) {
  const std::string name = arg.substr(0, arg.find('='));
  const std::string typed = bare(name);
  const auto nearest = typed.empty() ? std::nullopt : nearest_name(typed, bare_names(options));
  return {name, nearest ? "--" + *nearest : ""};
}

/// "unknown option --stpes; did you mean --steps?", "unknown options --a, --b".
std::string unknown_options(const std::vector<std::pair<std::string, std::string>>& unknown) {
  if (unknown.size() == 1)
    return "unknown option " + unknown[0].first +
           (unknown[0].second.empty() ? "" : "; did you mean " + unknown[0].second + "?");
  std::vector<std::string> named;
  for (const auto& [name, nearest] : unknown)
    named.push_back(nearest.empty() ? name : fmt::format("{} (did you mean {}?)", name, nearest));
  return fmt::format("unknown options {}", fmt::join(named, ", "));
}

/// What an expression has and a number, a file name or a word does not.
bool looks_like_expression(const std::string& arg) {
  return !parse_double(arg) && arg.find_first_of("^*/+-()<>=") != std::string::npos;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i)
    text += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + ('"' + items[i] + '"');
  return text;
}

}  // namespace

std::string describe_extras(const std::vector<std::string>& extras,
                            const std::vector<std::string>& options, bool expr_given) {
  std::vector<std::pair<std::string, std::string>> unknown;
  std::vector<std::string> loose;
  for (std::size_t i = 0; i < extras.size(); ++i) {
    if (is_option_like(extras[i])) {
      unknown.push_back(unknown_option(extras[i], options));
      const bool valued = extras[i].find('=') != std::string::npos;
      if (!valued && i + 1 < extras.size() && !is_option_like(extras[i + 1])) ++i;  // its value
    } else {
      loose.push_back(extras[i]);
    }
  }
  std::vector<std::string> parts;
  if (!unknown.empty()) parts.push_back(unknown_options(unknown));
  if (loose.size() == 1 && unknown.empty() && !expr_given && looks_like_expression(loose[0]))
    parts.push_back(fmt::format(
        "unexpected argument \"{0}\": an expression goes after --expr, as in --expr \"{0}\"",
        loose[0]));
  else if (!loose.empty())
    parts.push_back(
        fmt::format("unexpected argument{} {}", loose.size() > 1 ? "s" : "", quoted_list(loose)));
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string describe_parse_error(const CLI::ParseError& error, const std::string& config,
                                 const std::vector<std::string>& options) {
  const std::string what = one_line(error.what());
  if (dynamic_cast<const CLI::ConfigError*>(&error)) {
    // CLI11: "INI was not able to parse KEY": name the key and the file.
    const std::string prefix = "INI was not able to parse ";
    if (what.rfind(prefix, 0) != 0) return fmt::format("--config {}: {}", config, what);
    const std::string key = what.substr(prefix.size());
    const auto nearest = nearest_name(key, bare_names(options));
    return fmt::format("--config {}: unknown key \"{}\"{}", config, key,
                       nearest ? fmt::format("; did you mean \"{}\"?", *nearest) : "");
  }
  if (dynamic_cast<const CLI::FileError*>(&error))
    return fmt::format("--config {}: cannot be read", config);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    // CLI11: "--lr: At Most 1 required but received 2": an option given twice.
    const auto colon = what.find(": At Most 1 required");
    if (colon != std::string::npos)
      return what.substr(0, colon) + " is given more than once; give it once";
  }
  return what;
}

}  // namespace gd
