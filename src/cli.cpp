#include "cli.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace gd {
namespace {

/// The whole of `text` as a double, or nothing (no trailing junk, no range error).
std::optional<double> parse_double(const std::string& text) {
  if (text.empty() || std::isspace(static_cast<unsigned char>(text[0]))) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || errno == ERANGE) return std::nullopt;
  return value;
}

/// The comma-separated numbers of --start, or an error message.
std::string parse_point(const std::string& text, std::vector<double>& point) {
  point.clear();
  std::size_t begin = 0;
  while (true) {
    std::size_t comma = std::min(text.find(',', begin), text.size());
    std::string item = text.substr(begin, comma - begin);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    auto value = parse_double(item);
    if (!value || !std::isfinite(*value))
      return item.empty() ? fmt::format("value {} of \"{}\" is empty; expected A[,B,...]",
                                        point.size() + 1, text)
                          : fmt::format("\"{}\" is not a finite number (in \"{}\")", item, text);
    point.push_back(*value);
    if (comma == text.size()) return {};
    begin = comma + 1;
  }
}

const CLI::Validator kPoint(
    [](std::string& text) {
      std::vector<double> point;
      return parse_point(text, point);
    },
    "");

const CLI::Validator kPositiveFinite(
    [](std::string& text) -> std::string {
      auto value = parse_double(text);
      if (!value || !std::isfinite(*value) || *value <= 0)
        return fmt::format("expected a finite number > 0, got \"{}\"", text);
      return {};
    },
    "");

/// Accepts 250, 1e6 or 1.5e3: a whole number from 0 to 2^53, rewritten as digits.
const CLI::Validator kWholeNumber(
    [](std::string& text) -> std::string {
      auto error = fmt::format("expected a whole number >= 0, got \"{}\"", text);
      bool digits_only = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
      if (digits_only) {
        errno = 0;
        std::strtoull(text.c_str(), nullptr, 10);
        return errno == ERANGE ? error + " (too large)" : std::string{};
      }
      auto value = parse_double(text);
      if (!value || *value < 0 || std::floor(*value) != *value) return error;
      if (*value > 9007199254740992.0) return error + " (too large)";
      text = fmt::format("{}", static_cast<std::uint64_t>(*value));
      return {};
    },
    "");

const CLI::Validator kDefinition(
    [](std::string& text) -> std::string {
      auto equals = text.find('=');
      if (equals == std::string::npos || equals == 0)
        return fmt::format("expected NAME=NUMBER, got \"{}\"", text);
      auto value = parse_double(text.substr(equals + 1));
      if (!value || !std::isfinite(*value))
        return fmt::format("\"{}\" is not a finite number (in \"{}\")", text.substr(equals + 1),
                           text);
      return {};
    },
    "");

/// Accepts one of `names` (as typed) and stores the matching value.
template <typename Enum>
CLI::Option* add_choice(CLI::App& app, const std::string& flag, Enum& target,
                        std::vector<std::pair<std::string, Enum>> names, const std::string& help) {
  std::vector<std::string> keys;
  for (const auto& entry : names) keys.push_back(entry.first);
  auto joined = fmt::format("{}", fmt::join(keys, "|"));
  std::string current;
  for (const auto& entry : names)
    if (entry.second == target) current = entry.first;
  return app
      .add_option_function<std::string>(
          flag,
          [&target, names](const std::string& text) {
            for (const auto& entry : names)
              if (entry.first == text) target = entry.second;
          },
          help)
      ->check(CLI::Validator(
          [keys, joined](std::string& text) -> std::string {
            if (std::find(keys.begin(), keys.end(), text) != keys.end()) return {};
            return fmt::format("\"{}\" is not one of {}", text, joined);
          },
          ""))
      ->type_name(joined)
      ->default_str(current);
}

const char* const kExamples = R"(Examples:
  gd --expr "x1^2+x2^2" --start -3,4 --lr 0.1 --steps 20
  gd --expr "(1-x)^2+100*(y-x^2)^2" --start -1.2,1 --lr 0.001 --steps 5000 | tail -1
  gd --expr "a*x^2" --define a=2.5 --start 3 --format jsonl | jq .f

Exit status: 0 finished, 2 bad input or usage, 3 diverged, 4 output could not be written.
)";

/// CLI11 reads "--expr -x1^2+1" as an unknown option "-x"; an expression is
/// never an option, so the value is attached: "--expr=-x1^2+1".
std::vector<std::string> attach_expression_values(int argc, const char* const argv[]) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--expr" && i + 1 < argc && argv[i + 1][0] == '-' && argv[i + 1][1] != '-')
      arg += std::string("=") + argv[++i];
    args.push_back(arg);
  }
  return args;
}

std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n') c = ' ';
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace

CommandLine parse_command_line(int argc, const char* const argv[]) {
  CommandLine result;
  Options& o = result.options;
  std::vector<std::string> definitions;

  CLI::App app{"gd: gradient descent on a typed expression, with a report or a data stream.", "gd"};
  app.set_version_flag("--version", std::string("gd ") + GD_VERSION);
  app.footer(kExamples);

  std::string start;
  app.add_option("--expr", o.expression, "Function to minimize, in muParser syntax")
      ->type_name("EXPR")
      ->required();
  app.add_option("--start", start, "Start point; one value is used for every variable")
      ->type_name("A[,B,...]")
      ->check(kPoint)
      ->required();
  app.add_option("--lr", o.learning_rate, "Learning rate (finite, > 0)")
      ->type_name("NUMBER")
      ->check(kPositiveFinite)
      ->capture_default_str();
  app.add_option("--steps", o.steps, "Number of steps; 0 evaluates the start only")
      ->type_name("N")
      ->transform(kWholeNumber)
      ->capture_default_str();
  app.add_option("--h", o.h, "Central-difference step (finite, > 0)")
      ->type_name("NUMBER")
      ->check(kPositiveFinite)
      ->capture_default_str();
  app.add_option("--vars", o.variable_order,
                 "Variable order (default: natural order, x2 before x10)")
      ->type_name("NAMES")
      ->delimiter(',');
  app.add_option("--define", definitions, "Constant for the expression (repeatable)")
      ->type_name("NAME=VALUE")
      ->check(kDefinition)
      ->delimiter(',');
  add_choice(app, "--format", o.format,
             {{"auto", Format::automatic},
              {"text", Format::text},
              {"csv", Format::csv},
              {"tsv", Format::tsv},
              {"jsonl", Format::jsonl}},
             "Output: a text report on a terminal and csv in a pipe (auto), or as named");
  auto* plot = add_choice(app, "--plot", o.plot, {{"classic", Plot::classic}, {"none", Plot::none}},
                          "Loss graph of the text report; given with a data format, it goes "
                          "to stderr");
  app.add_option("--plot-width", o.plot_width, "Graph width in characters")
      ->type_name("1..1000")
      ->check(CLI::Range(1, 1000).description(""))
      ->capture_default_str();
  app.add_option("--plot-height", o.plot_height, "Graph height in lines")
      ->type_name("1..1000")
      ->check(CLI::Range(1, 1000).description(""))
      ->capture_default_str();

  std::vector<std::string> args = attach_expression_values(argc, argv);
  std::reverse(args.begin(), args.end());  // CLI11 takes them last first
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp&) {
    result.out = app.help();
    result.exit_code = exit_code::ok;
    return result;
  } catch (const CLI::CallForVersion& version) {
    result.out = std::string(version.what()) + "\n";
    result.exit_code = exit_code::ok;
    return result;
  } catch (const CLI::ParseError& error) {
    result.err = fmt::format("gd: error: {} (see gd --help)\n", one_line(error.what()));
    result.exit_code = exit_code::usage;
    return result;
  }

  o.plot_requested = plot->count() > 0;
  parse_point(start, o.start);
  for (const auto& definition : definitions) {
    auto equals = definition.find('=');
    o.constants.emplace_back(definition.substr(0, equals),
                             *parse_double(definition.substr(equals + 1)));
  }
  return result;
}

}  // namespace gd
