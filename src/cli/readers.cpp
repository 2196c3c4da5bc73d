#include "cli/readers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "base/format.h"
#include "base/pace.h"

namespace gd {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  for (std::size_t begin = 0;;) {
    const std::size_t comma = std::min(text.find(',', begin), text.size());
    items.push_back(text.substr(begin, comma - begin));
    if (comma == text.size()) return items;
    begin = comma + 1;
  }
}

std::optional<double> parse_double(const std::string& text) {
  if (text.empty() || std::isspace(static_cast<unsigned char>(text[0]))) return std::nullopt;
  if (text.find_first_of("xX") != std::string::npos) return std::nullopt;  // no hex, as in --expr
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  if (errno == ERANGE && (std::isinf(value) || value == 0.0)) return std::nullopt;
  return value;  // subnormal values are fine, though strtod flags them
}

std::string read_positive(const std::string& text, double& out) {
  auto value = parse_double(text);
  if (!value || !std::isfinite(*value) || *value <= 0)
    return fmt::format("expected a finite number > 0, got \"{}\"", text);
  out = *value;
  return {};
}

std::string read_whole(const std::string& text, std::uint64_t low, std::uint64_t high,
                       std::uint64_t& out) {
  const std::string expected =
      high == kMaxSteps ? fmt::format("expected a whole number >= {}", low)
                        : fmt::format("expected a whole number from {} to {}", low, high);
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
    errno = 0;  // digits only: read exactly, base 10 (strtoull's base 0 takes 010 as octal)
    const std::uint64_t value = std::strtoull(text.c_str(), nullptr, 10);
    if (errno == ERANGE || value > high)
      return fmt::format("{}, got \"{}\" (too large)", expected, text);
    if (value < low) return fmt::format("{}, got \"{}\"", expected, text);
    out = value;
    return {};
  }
  auto value = text.find_first_not_of("0123456789.eE+-") == std::string::npos
                   ? parse_double(text)
                   : std::nullopt;  // 1e6 and 1.5e3, but no hex, inf or nan
  if (!value || std::floor(*value) != *value || *value < static_cast<double>(low))
    return fmt::format("{}, got \"{}\"", expected, text);
  if (*value > static_cast<double>(high))
    return fmt::format("{}, got \"{}\" (too large)", expected, text);
  out = static_cast<std::uint64_t>(*value);
  return {};
}

std::string read_point(const std::string& text, std::vector<double>& out) {
  out.clear();
  for (std::string item : split_list(text)) {
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    auto value = parse_double(item);
    if (!value || !std::isfinite(*value))
      return item.empty() ? fmt::format("value {} of \"{}\" is empty; expected A[,B,...]",
                                        out.size() + 1, text)
                          : fmt::format("\"{}\" is not a finite number (in \"{}\")", item, text);
    out.push_back(*value);
  }
  return {};
}

std::string read_definition(const std::string& text, std::pair<std::string, double>& out) {
  const auto equals = text.find('=');
  if (equals == std::string::npos || equals == 0)
    return fmt::format("expected NAME=NUMBER, got \"{}\"", text);
  auto value = parse_double(text.substr(equals + 1));
  if (!value || !std::isfinite(*value))
    return fmt::format("\"{}\" is not a finite number (in \"{}\")", text.substr(equals + 1), text);
  out = {text.substr(0, equals), *value};
  return {};
}

std::string read_window(const std::string& text, std::pair<double, double>& out) {
  std::vector<double> ends;
  std::string error = read_point(text, ends);
  if (error.empty() && ends.size() != 2) error = fmt::format("expected A,B, got \"{}\"", text);
  if (!error.empty()) return error;
  if (!(ends[0] < ends[1])) return fmt::format("expected A < B, got \"{}\"", text);
  out = {ends[0], ends[1]};
  return {};
}

const std::vector<std::pair<std::string, Plot>>& plot_names() {
  static const std::vector<std::pair<std::string, Plot>> names{
      {"classic", Plot::classic}, {"line", Plot::line}, {"path", Plot::path}};
  return names;
}

std::string read_plots(const std::string& text, std::vector<Plot>& out) {
  const auto& kinds = plot_names();
  out.clear();
  if (text == "none") return {};
  for (const std::string& name : split_list(text)) {
    const auto kind =
        std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return name == k.first; });
    if (kind == kinds.end())
      return fmt::format(
          "\"{}\" is not a chart: expected classic, line, path (comma-separated), "
          "or none",
          name);
    if (std::find(out.begin(), out.end(), kind->second) != out.end())
      return fmt::format("\"{}\" is named twice in \"{}\"", name, text);
    out.push_back(kind->second);
  }
  return {};
}

std::string read_plot_vars(const std::string& text, std::vector<std::string>& out) {
  out = split_list(text);
  const bool named = out.size() <= 2 && std::none_of(out.begin(), out.end(),
                                                     [](const auto& name) { return name.empty(); });
  if (!named || (out.size() == 2 && out[0] == out[1]))
    return fmt::format("expected one or two different variable names, got \"{}\"", text);
  return {};
}

std::string read_optimizers(const std::string& text, std::vector<OptimizerChoice>& out) {
  out.clear();
  for (const std::string& item : split_list(text)) {
    const std::size_t colon = item.find(':');
    const std::string name = item.substr(0, colon);
    const Method* method = std::find_if(std::begin(kMethods), std::end(kMethods),
                                        [&](Method m) { return name == method_name(m); });
    if (method == std::end(kMethods))
      return fmt::format(
          "\"{}\" is not an optimizer: expected sgd, momentum, nesterov, adagrad, "
          "rmsprop or adam, each with an optional :LR",
          name);
    OptimizerChoice choice{*method, std::nullopt};
    if (colon != std::string::npos) {
      double lr = 0;
      if (!read_positive(item.substr(colon + 1), lr).empty())
        return fmt::format("the learning rate in \"{}\" is not a finite number > 0", item);
      choice.learning_rate = lr;
    }
    if (std::find(out.begin(), out.end(), choice) != out.end())
      return fmt::format("\"{}\" is named twice in \"{}\"", item, text);
    out.push_back(choice);
  }
  return {};
}

std::string read_learning_rates(const std::string& text, std::vector<double>& out) {
  std::string error = read_point(text, out);
  if (!error.empty()) return error;
  for (double lr : out)
    if (!(lr > 0)) return fmt::format("expected finite numbers > 0, got \"{}\"", text);
  for (std::size_t i = 0; i < out.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (out[i] == out[j]) return fmt::format("{} is named twice in \"{}\"", out[i], text);
  return {};
}

std::string read_fraction(const std::string& text, double& out) {
  auto value = parse_double(text);
  if (!value || !(*value >= 0 && *value < 1))
    return fmt::format("expected a number from 0 to below 1, got \"{}\"", text);
  out = *value;
  return {};
}

std::string read_tolerance(const std::string& text, double& out) {
  auto value = parse_double(text);
  if (!value || !std::isfinite(*value) || *value < 0)
    return fmt::format("expected a finite number >= 0, got \"{}\"", text);
  out = *value;
  return {};
}

std::string read_finite(const std::string& text, double& out) {
  auto value = parse_double(text);
  if (!value || !std::isfinite(*value))
    return fmt::format("expected a finite number, got \"{}\"", text);
  out = *value;
  return {};
}

std::string read_h(const std::string& text, GradientSettings& out) {
  if (text == "auto") {
    out.auto_h = true;
    return {};
  }
  double h = 0;
  if (!read_positive(text, h).empty())
    return fmt::format("expected a finite number > 0 or auto, got \"{}\"", text);
  out.h = h;
  out.auto_h = false;
  return {};
}

std::string read_switch(const std::string& text, bool when_given, bool& out) {
  if (text.empty() || text == "true") {
    out = when_given;
    return {};
  }
  if (text == "false") {
    out = !when_given;
    return {};
  }
  return fmt::format("takes no value (or true or false), got \"{}\"", text);
}

std::string read_watch(const std::string& text, bool& watch, std::optional<double>& pace) {
  pace.reset();
  if (read_switch(text, true, watch).empty()) return {};
  watch = true;
  if (text == "max") return pace = kUnpaced, std::string();
  const std::optional<double> value = parse_double(text);
  if (value && (*value == 0 || (*value >= kSlowestPace && *value <= kFastestPace)))
    return pace = *value, std::string();
  return fmt::format(
      "expected no value, a pace in steps a second from {} to {}, or max (as fast as it goes), "
      "got \"{}\"",
      format_number(kSlowestPace), format_number(kFastestPace), text);
}

std::string read_digits(const std::string& text, int& out) {
  if (text == "full") {
    out = 0;
    return {};
  }
  std::uint64_t digits = 0;
  if (!read_whole(text, 1, 17, digits).empty())
    return fmt::format("expected a whole number from 1 to 17, or full, got \"{}\"", text);
  out = static_cast<int>(digits);
  return {};
}

}  // namespace gd
