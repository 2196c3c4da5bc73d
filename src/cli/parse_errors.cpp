#include "cli/parse_errors.h"

#include <fmt/format.h>

#include <CLI/Error.hpp>
#include <algorithm>

namespace gd {
namespace {

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace

std::string describe_parse_error(const CLI::ParseError& error, const std::string& config) {
  const std::string what = one_line(error.what());
  if (dynamic_cast<const CLI::ConfigError*>(&error)) {
    // CLI11: "INI was not able to parse KEY": name the key and the file.
    const std::string prefix = "INI was not able to parse ";
    if (what.rfind(prefix, 0) == 0)
      return fmt::format("--config {}: unknown key \"{}\"", config, what.substr(prefix.size()));
    return fmt::format("--config {}: {}", config, what);
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
