#include "cli.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <set>
#include <sstream>
#include <tuple>

#include "plot/chart.h"
#include "readers.h"

namespace gd {
namespace {

template <typename T>
using Reader = std::function<std::string(const std::string&, T&)>;

template <typename T>
CLI::Validator checks_with(Reader<T> read) {
  return CLI::Validator(
      [read](std::string& text) {
        T scratch{};
        return read(text, scratch);
      },
      "");
}

/// An option whose text `read` turns into `target`.
template <typename T>
CLI::Option* add_read_option(CLI::App& app, const std::string& flag, T& target, Reader<T> read,
                             const std::string& help) {
  return app
      .add_option_function<std::string>(
          flag, [&target, read](const std::string& text) { read(text, target); }, help)
      ->check(checks_with(read));
}

/// The value named `text` among `names`, or an error listing them.
template <typename Enum>
std::string choose(const std::string& text, const std::vector<std::pair<std::string, Enum>>& names,
                   Enum& out) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : names) {
    if (key == text) {
      out = value;
      return {};
    }
    keys.push_back(key);
  }
  return fmt::format("\"{}\" is not one of {}", text, fmt::join(keys, "|"));
}

/// An option taking one of `names`, stored as the matching value.
template <typename Enum>
CLI::Option* add_choice(CLI::App& app, const std::string& flag, Enum& target,
                        std::vector<std::pair<std::string, Enum>> names, const std::string& help) {
  std::vector<std::string> keys;
  std::string current;
  for (const auto& [key, value] : names) {
    keys.push_back(key);
    if (value == target) current = key;
  }
  const std::string joined = fmt::format("{}", fmt::join(keys, "|"));
  Reader<Enum> read = [names](const std::string& text, Enum& out) {
    return choose(text, names, out);
  };
  return add_read_option(app, flag, target, read, help)->type_name(joined)->default_str(current);
}

const char* const kExamples = R"(Examples:
  gd --expr "x1^2+x2^2" --start -3,4 --lr 0.1 --steps 20
  gd --expr "(1-x)^2+100*(y-x^2)^2" --start -1.2,1 --lr 0.001 --steps 5000 | tail -1
  gd --expr "a*x^2" --define a=2.5 --start 3 --format jsonl | jq .f
  gd --expr "x^2/20+y^2" --start -7,2 --lr 0.9 --steps 30 --plot line,path
  gd --expr "x^2/20+y^2" --start -7,2 --steps 30 \
     --optimizer sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3 --plot line,path

Exit status: 0 finished (or a --tol-*/--target met), 1 a budget ran out before the criteria
given were met, 2 bad input or usage, 3 diverged, 4 output could not be written.
)";

/// CLI11 reads "--expr -x1^2+1" as an unknown option "-x"; an expression is
/// never an option, so the value is attached: "--expr=-x1^2+1".
std::vector<std::string> attach_expression_values(int argc, const char* const argv[]) {
  std::vector<std::string> args{argc > 0 ? argv[0] : "gd"};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--expr" && i + 1 < argc && argv[i + 1][0] == '-' && argv[i + 1][1] != '-')
      arg += std::string("=") + argv[++i];
    args.push_back(arg);
  }
  return args;
}

/// A key given twice would reach its option as "3,4" (CLI11 merges the
/// lines), which nobody typed: name it instead.
void refuse_repeated_keys(const std::string& text) {
  std::set<std::string> seen;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const auto begin = line.find_first_not_of(" \t");
    const auto equals = line.find('=');
    if (begin == std::string::npos || line[begin] == '#' || line[begin] == '[' ||
        equals == std::string::npos || equals < begin)
      continue;
    std::string key = line.substr(begin, equals - begin);
    key.erase(key.find_last_not_of(" \t") + 1);
    if (!seen.insert(key).second)
      throw CLI::ConfigError("key \"" + key + "\" is given more than once");
  }
}

/// TOML as CLI11 reads it, but an array (start = [-3, 4]) becomes one
/// comma-separated value, as gd's list options take them on the command line.
class ArraysAsLists : public CLI::ConfigBase {
 public:
  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override {
    // At most 1 MiB, whatever the file is: a pipe (`--config <(...)`), a
    // device (/dev/zero) or a huge file would otherwise take all memory.
    std::string text(static_cast<std::size_t>(kMaxConfigBytes) + 1, '\0');
    input.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(input.gcount()));
    if (text.size() > static_cast<std::size_t>(kMaxConfigBytes))
      throw CLI::ConfigError("is over 1 MiB");
    refuse_repeated_keys(text);
    std::istringstream bounded(text);
    std::vector<CLI::ConfigItem> items = CLI::ConfigBase::from_config(bounded);
    for (auto& item : items)
      if (item.inputs.size() > 1) item.inputs = {fmt::format("{}", fmt::join(item.inputs, ","))};
    return items;
  }
};

/// The file --config names in `args` (for messages).
std::string config_file(const std::vector<std::string>& args) {
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--config" && i + 1 < args.size()) return args[i + 1];
    if (args[i].rfind("--config=", 0) == 0) return args[i].substr(9);
  }
  return "";
}

/// Why the --config file will not do, or "": a directory opens and reads
/// as empty, which would silently be no options at all. (Size is bounded
/// as it is read; a missing file is left to CLI11's own message.)
std::string config_problem(const std::string& path) {
  struct stat status {};
  if (path.empty() || ::stat(path.c_str(), &status) != 0) return "";
  return S_ISDIR(status.st_mode) ? "is a directory" : "";
}

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

/// A reader of T as one of std::optional<T>: an option without a default.
template <typename T>
Reader<std::optional<T>> optional_of(Reader<T> read) {
  return [read](const std::string& text, std::optional<T>& out) {
    T value{};
    std::string error = read(text, value);
    out = value;
    return error;
  };
}

/// A whole number in [low, high], as a reader.
Reader<std::uint64_t> whole(std::uint64_t low, std::uint64_t high) {
  return [low, high](const std::string& text, std::uint64_t& out) {
    return read_whole(text, low, high, out);
  };
}

/// The update rules, their parameters and the step budget.
void add_optimizer_options(CLI::App& app, Options& o) {
  add_read_option<std::vector<OptimizerChoice>>(
      app, "--optimizer", o.optimizers, read_optimizers,
      "Update rules; several run one after another from the same start, NAME:LR fixes a run's "
      "learning rate")
      ->type_name("NAME[:LR][,...]")
      ->default_str("sgd");
  add_read_option<std::vector<double>>(
      app, "--lr", o.learning_rates, read_learning_rates,
      "Learning rates; several run each optimizer with each (default 0.01, adam 0.001)")
      ->type_name("LR[,LR...]");
  const struct {
    const char* flag;
    double& value;
    const char* help;
    const char* shown;
  } parameters[] = {
      {"--momentum", o.parameters.momentum, "momentum and nesterov: the velocity kept per step",
       "0.9"},
      {"--decay", o.parameters.decay, "rmsprop: the squared gradients' decay", "0.99"},
      {"--beta1", o.parameters.beta1, "adam: the first moment's decay", "0.9"},
      {"--beta2", o.parameters.beta2, "adam: the second moment's decay", "0.999"}};
  for (const auto& parameter : parameters)
    add_read_option<double>(app, parameter.flag, parameter.value, read_fraction, parameter.help)
        ->type_name("NUMBER")
        ->default_str(parameter.shown);
  add_read_option<double>(app, "--eps", o.parameters.eps, read_positive,
                          "adagrad, rmsprop, adam: added to the root in the denominator")
      ->type_name("NUMBER")
      ->default_str("1e-07");
  add_choice(app, "--line-search", o.parameters.armijo, {{"none", false}, {"armijo", true}},
             "sgd: from lr, halve the step until f decreases enough (Armijo, at most 50 times)");
  add_read_option(app, "--steps", o.steps, whole(0, kMaxSteps),
                  "Number of steps at most; 0 evaluates the start only")
      ->type_name("N")
      ->default_str("100");
}

/// The difference scheme and its step.
void add_gradient_options(CLI::App& app, GradientSettings& gradient) {
  add_choice(app, "--grad", gradient.scheme,
             {{"central", Scheme::central},
              {"forward", Scheme::forward},
              {"backward", Scheme::backward},
              {"five-point", Scheme::five_point}},
             "Difference scheme of the gradient");
  add_read_option<GradientSettings>(app, "--h", gradient, read_h,
                                    "Difference step (finite, > 0), or auto: c*max(|x_i|, 1) per "
                                    "coordinate, c = eps^(1/2), ^(1/3), ^(1/5) by scheme")
      ->type_name("NUMBER|auto")
      ->default_str("0.0001");
}

/// The criteria that end a run early, and the other budgets.
void add_stop_options(CLI::App& app, StopCriteria& stop) {
  const auto tolerance = optional_of<double>(read_tolerance);
  add_read_option(app, "--tol-grad", stop.tol_grad, tolerance, "Stop when the gradient norm <= G")
      ->type_name("G");
  add_read_option(app, "--tol-f", stop.tol_f, tolerance,
                  "Stop when |f_k - f_k-1| <= F*max(1, |f_k|)")
      ->type_name("F");
  add_read_option(app, "--tol-x", stop.tol_x, tolerance,
                  "Stop when |x_k - x_k-1| <= X*max(1, |x_k|)")
      ->type_name("X");
  add_read_option(app, "--target", stop.target, optional_of<double>(read_finite),
                  "Stop when f <= V")
      ->type_name("V");
  add_read_option(app, "--max-evals", stop.max_evals, optional_of(whole(1, kMaxSteps)),
                  "Stop before f would be evaluated more than N times")
      ->type_name("N");
  add_read_option(app, "--max-time", stop.max_time, optional_of<double>(read_positive),
                  "Stop after this many seconds of descent")
      ->type_name("SECONDS");
}

/// The options of the charts whose values are checked together after parsing.
struct ChartFlags {
  CLI::Option* plot;
  CLI::Option* width;
  CLI::Option* height;
};

/// The output format and the charts.
ChartFlags add_output_options(CLI::App& app, Options& o) {
  add_choice(app, "--format", o.format,
             {{"auto", Format::automatic},
              {"text", Format::text},
              {"csv", Format::csv},
              {"tsv", Format::tsv},
              {"jsonl", Format::jsonl},
              {"none", Format::none}},
             "Output: a text report on a terminal and csv in a pipe (auto), or as named; none: "
             "errors and the exit code only");
  ChartFlags flags{};
  flags.plot = add_read_option<std::vector<Plot>>(
                   app, "--plot", o.plots, read_plots,
                   "Charts of the text report, in order: the loss (line), the path over a map of "
                   "f (path), the seed's graph (classic); given with a data format, they go to "
                   "stderr")
                   ->type_name("line|path|classic[,...]|none")
                   ->default_str("line");
  Reader<int> size = [](const std::string& text, int& out) {
    std::uint64_t value = 0;
    std::string error = read_whole(text, 1, kMaxPlotSize, value);
    out = static_cast<int>(value);
    return error;
  };
  flags.width = add_read_option(app, "--plot-width", o.plot_width, optional_of(size),
                                "Chart width in cells, axes included (default: the terminal's, "
                                "else 80; classic: 50)")
                    ->type_name("1..1000");
  flags.height = add_read_option(app, "--plot-height", o.plot_height, optional_of(size),
                                 "Chart height in lines (default: the terminal's, else 24; "
                                 "classic: 20)")
                     ->type_name("1..1000");
  Reader<Charset> charset = [](const std::string& text, Charset& out) {
    return choose(
        text, {{"braille", Charset::braille}, {"block", Charset::block}, {"ascii", Charset::ascii}},
        out);
  };
  add_read_option(app, "--charset", o.charset, optional_of(charset),
                  "Chart glyphs (default: braille in a UTF-8 locale, else ascii)")
      ->type_name("braille|block|ascii");
  add_choice(
      app, "--color", o.color,
      {{"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}},
      "Colour in charts (auto: on a terminal, unless NO_COLOR is set)");
  add_choice(app, "--log-y", o.log_y,
             {{"auto", LogScale::automatic}, {"on", LogScale::on}, {"off", LogScale::off}},
             "Log scale for the loss (auto: when f > 0 spans over 3 decades)");
  const auto limits = optional_of<std::pair<double, double>>(read_window);
  add_read_option(app, "--xlim", o.xlim, limits, "Path chart: window of the first variable")
      ->type_name("A,B");
  add_read_option(app, "--ylim", o.ylim, limits,
                  "Path chart: window of the second variable (of f with one variable)")
      ->type_name("A,B");
  app.add_flag("--watch", o.watch,
               "Redraw the charts in place while running (on a terminal, at most 10 per second)")
      ->multi_option_policy(CLI::MultiOptionPolicy::Throw);
  add_read_option<std::vector<std::string>>(
      app, "--plot-vars", o.plot_vars, read_plot_vars,
      "Path chart: the one or two variables to show; f is sliced at the final values of the "
      "others")
      ->type_name("NAME[,NAME]");
  return flags;
}

/// Where the data go and how much of it.
void add_data_options(CLI::App& app, Options& o) {
  app.add_option("--output", o.output, "Write the data (or the report) to FILE instead of stdout")
      ->type_name("FILE");
  add_read_option(app, "--every", o.every, whole(1, kMaxSteps),
                  "Keep every N-th history row (and always the first and the last)")
      ->type_name("N")
      ->default_str("1");
  app.add_flag("--no-header{false}", o.header, "Leave out the csv/tsv header line")
      ->multi_option_policy(CLI::MultiOptionPolicy::Throw);
  app.add_flag("--summary", o.summary,
               "One data row per run (final row, stop reason, steps, evaluations) instead of "
               "the history")
      ->multi_option_policy(CLI::MultiOptionPolicy::Throw);
  add_choice(app, "--progress", o.progress,
             {{"auto", ProgressMode::automatic},
              {"always", ProgressMode::always},
              {"never", ProgressMode::never}},
             "A progress line on stderr (auto: on a terminal, once a run takes over 0.5 s)");
}

/// What options say together that none says alone: an error line, or "".
std::string check_together(const Options& o, const ChartFlags& flags) {
  if (o.parameters.armijo)
    for (const auto& choice : o.optimizers)
      if (choice.method != Method::sgd)
        return fmt::format("--line-search armijo works with sgd only, not {}",
                           method_name(choice.method));
  if (o.summary && (o.format == Format::text || o.format == Format::none))
    return "--summary writes data rows: use --format csv, tsv or jsonl";
  if (!o.output.empty() && o.format == Format::none)
    return "--output with --format none: there is nothing to write (it would only empty the file)";
  if (!o.learning_rates.empty() &&
      std::all_of(o.optimizers.begin(), o.optimizers.end(),
                  [](const OptimizerChoice& choice) { return choice.learning_rate; }))
    return "--lr is not used: every --optimizer entry has its own NAME:LR";
  const bool charts =
      std::any_of(o.plots.begin(), o.plots.end(), [](Plot p) { return p != Plot::classic; });
  for (const auto& [option, size, least] :
       {std::tuple{flags.width, o.plot_width, kMinChartWidth},
        std::tuple{flags.height, o.plot_height, kMinChartHeight}})
    if (charts && size && *size < least)
      return fmt::format("{} {} is too small for the line and path charts (at least {})",
                         option->get_name(), *size, least);
  return {};
}

}  // namespace

CommandLine parse_command_line(int argc, const char* const argv[]) {
  CommandLine result;
  Options& o = result.options;

  CLI::App app{"gd: gradient descent on a typed expression, with a report or a data stream.", "gd"};
  app.set_help_flag("--help", "Print this help and exit");  // -h would look like --h
  app.set_version_flag("--version", std::string("gd ") + GD_VERSION, "Print the version and exit");
  app.footer(kExamples);

  // --expr and --start are required, but checked after parsing, so that an
  // unknown option is reported as such rather than as a missing --expr.
  auto* expr = app.add_option("--expr", o.expression, "Function to minimize, in muParser syntax")
                   ->type_name("EXPR REQUIRED");
  auto* start =
      add_read_option<std::vector<double>>(app, "--start", o.start, read_point,
                                           "Start point; one value is used for every variable")
          ->type_name("A[,B,...] REQUIRED");
  add_optimizer_options(app, o);
  add_gradient_options(app, o.gradient);
  add_stop_options(app, o.stop);
  app.add_option("--vars", o.variable_order,
                 "Variable order (default: natural order, x2 before x10)")
      ->type_name("NAMES")
      ->delimiter(',');
  std::vector<std::string> definitions;
  app.add_option("--define", definitions, "Constant for the expression (repeatable)")
      ->type_name("NAME=VALUE")
      ->check(checks_with<std::pair<std::string, double>>(read_definition))
      ->delimiter(',');
  const ChartFlags chart_flags = add_output_options(app, o);
  add_data_options(app, o);
  app.set_config("--config", "",
                 "Read options from a TOML file (key = value, as the long "
                 "option names); the command line wins")
      ->type_name("FILE");
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.config_formatter(std::make_shared<ArraysAsLists>());

  const std::vector<std::string> args = attach_expression_values(argc, argv);
  std::vector<const char*> arg_pointers;
  for (const auto& arg : args) arg_pointers.push_back(arg.c_str());
  const auto usage = [&](const std::string& message) {
    result.err = fmt::format("gd: error: {} (see gd --help)\n", message);
    result.exit_code = exit_code::usage;
    return result;
  };
  if (const std::string problem = config_problem(config_file(args)); !problem.empty())
    return usage(fmt::format("--config {}: {}", config_file(args), problem));
  try {
    app.parse(static_cast<int>(arg_pointers.size()), arg_pointers.data());
  } catch (const CLI::CallForHelp&) {
    result.out = app.help();
    result.exit_code = exit_code::ok;
    return result;
  } catch (const CLI::CallForVersion& version) {
    result.out = std::string(version.what()) + "\n";
    result.exit_code = exit_code::ok;
    return result;
  } catch (const CLI::ConfigError& error) {
    // CLI11 says "INI was not able to parse KEY": name the key and the file.
    const std::string what = one_line(error.what()), prefix = "INI was not able to parse ";
    if (what.rfind(prefix, 0) == 0)
      return usage(fmt::format("--config {}: unknown key \"{}\"", config_file(args),
                               what.substr(prefix.size())));
    return usage(fmt::format("--config {}: {}", config_file(args), what));
  } catch (const CLI::FileError&) {
    return usage(fmt::format("--config {}: cannot be read", config_file(args)));
  } catch (const CLI::ArgumentMismatch& error) {
    // CLI11: "--lr: At Most 1 required but received 2": an option given twice.
    const std::string what = one_line(error.what());
    const auto colon = what.find(": At Most 1 required");
    if (colon != std::string::npos)
      return usage(what.substr(0, colon) + " is given more than once; give it once");
    return usage(what);
  } catch (const CLI::ParseError& error) {
    return usage(one_line(error.what()));
  }

  for (const CLI::Option* option : {expr, start})
    if (option->count() == 0) return usage(option->get_name() + " is required");
  o.plot_requested = chart_flags.plot->count() > 0;
  if (const std::string problem = check_together(o, chart_flags); !problem.empty())
    return usage(problem);
  o.constants.resize(definitions.size());
  for (std::size_t i = 0; i < definitions.size(); ++i)
    read_definition(definitions[i], o.constants[i]);  // checked while parsing
  return result;
}

}  // namespace gd
