#include "cli/command_line.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <utility>

#include "base/terminal.h"
#include "cli/config_file.h"
#include "cli/function_help.h"
#include "cli/help_text.h"
#include "cli/parse_errors.h"
#include "cli/readers.h"
#include "cli/usage_error.h"

namespace gd {
namespace {

template <typename T>
using Reader = std::function<std::string(const std::string&, T&)>;

const char* const kFooter = R"(Examples:
  gd --expr "x1^2+x2^2" --start -3,4 --lr 0.1 --steps 20
  gd --expr "(1-x)^2+100*(y-x^2)^2" --start -1.2,1 --lr 0.001 --steps 5000 \
     | tail -1
  gd --expr "a*x^2" --define a=2.5 --start 3 --format jsonl | jq .f
  gd --expr "x^2/20+y^2" --start -7,2 --lr 0.9 --steps 30 --plot line,path
  gd --expr "x^2/20+y^2" --start -7,2 --steps 30 \
     --optimizer sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3 --plot line,path

The operators, functions and constants of --expr: gd --help functions.

Exit status: 0 done (every step made, or a --tol-*/--target criterion met); 1
--max-evals or --max-time ran out, or the steps before the criteria given were met; 2
bad input or usage; 3 no finite answer (diverged, or f unbounded below); 4 output could
not be written; 70 internal error; 128+N stopped by signal N.
)";

/// The CLI11 app bound to an Options, and what the completions need to
/// know beyond CLI11's own list: each option's fixed values and files.
struct Definition {
  CLI::App app{"gd: gradient descent on a typed expression, with a report or a data stream.", "gd"};
  std::map<std::string, std::vector<std::string>> choices;
  std::map<std::string, OptionInfo::Files> files;
  CLI::Option* expr = nullptr;   ///< required, checked after parsing
  CLI::Option* start = nullptr;  ///< required, checked after parsing
  CLI::Option* plot = nullptr;   ///< given or not: charts beside data

  /// An option whose text `read` turns into `target`, read once, as CLI11
  /// checks it, so that an error names the option.
  template <typename T>
  CLI::Option* add_read(const std::string& flag, T& target, Reader<T> read,
                        const std::string& help) {
    return app
        .add_option_function<std::string>(
            flag, [](const std::string&) {}, help)
        ->check(
            CLI::Validator([&target, read](std::string& text) { return read(text, target); }, ""));
  }

  /// A flag: alone (or =true, as a --config file writes it) it sets
  /// `target` to `when_given`; =false is as if it were not given; any
  /// other value is refused (CLI11 would read it as a count, or throw).
  CLI::Option* add_switch(const std::string& flag, bool& target, bool when_given,
                          const std::string& help) {
    return app.add_flag(flag, help)
        ->multi_option_policy(CLI::MultiOptionPolicy::Throw)
        ->check(CLI::Validator(
            [&target, when_given](std::string& text) {
              return read_switch(text, when_given, target);
            },
            ""));
  }

  /// An option taking one of `names`, stored as the matching value.
  template <typename Enum>
  CLI::Option* add_choice(const std::string& flag, Enum& target,
                          std::vector<std::pair<std::string, Enum>> names,
                          const std::string& help) {
    std::vector<std::string>& keys = choices[flag];
    std::string current;
    for (const auto& [key, value] : names) {
      keys.push_back(key);
      if (value == target) current = key;
    }
    Reader<Enum> read = [names](const std::string& text, Enum& out) {
      return read_choice(text, names, out);
    };
    return add_read(flag, target, read, help)
        ->type_name(fmt::format("{}", fmt::join(keys, "|")))
        ->default_str(current);
  }
};

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

/// The update rules and their parameters.
void add_optimizer_options(Definition& d, Options& o) {
  d.app.option_defaults()->group("Descent");
  d.add_read<std::vector<OptimizerChoice>>(
       "--optimizer", o.optimizers, read_optimizers,
       "Update rules; several run one after another from the same start, NAME:LR fixes a run's "
       "learning rate")
      ->type_name("NAME[:LR][,...]")
      ->default_str("sgd");
  for (Method method : kMethods) d.choices["--optimizer"].push_back(method_name(method));
  d.add_read<std::vector<double>>(
       "--lr", o.learning_rates, read_learning_rates,
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
    d.add_read<double>(parameter.flag, parameter.value, read_fraction, parameter.help)
        ->type_name("NUMBER")
        ->default_str(parameter.shown);
  d.add_read<double>("--eps", o.parameters.eps, read_positive,
                     "adagrad, rmsprop, adam: added to the root in the denominator")
      ->type_name("NUMBER")
      ->default_str("1e-07");
  d.add_choice("--line-search", o.parameters.armijo, {{"none", false}, {"armijo", true}},
               "sgd: from lr, halve the step until f decreases enough (Armijo, at most 50 times)");
}

/// The difference scheme and its step.
void add_gradient_options(Definition& d, GradientSettings& gradient) {
  d.add_choice("--grad", gradient.scheme,
               {{"central", Scheme::central},
                {"forward", Scheme::forward},
                {"backward", Scheme::backward},
                {"five-point", Scheme::five_point}},
               "Difference scheme of the gradient");
  d.add_read<GradientSettings>("--h", gradient, read_h,
                               "Difference step (finite, > 0), or auto: c*max(|x_i|, 1) per "
                               "coordinate, c = eps^(1/2), ^(1/3), ^(1/5) by scheme")
      ->type_name("NUMBER|auto")
      ->default_str("0.0001");
  d.choices["--h"] = {"auto"};
}

/// The step budget, the criteria that end a run early, and the other budgets.
void add_stop_options(Definition& d, Options& o) {
  d.app.option_defaults()->group("Stopping");
  StopCriteria& stop = o.stop;
  d.add_read("--steps", o.steps, whole(0, kMaxSteps),
             "Number of steps at most; 0 evaluates the start only")
      ->type_name("N")
      ->default_str("100");
  const auto tolerance = optional_of<double>(read_tolerance);
  d.add_read("--tol-grad", stop.tol_grad, tolerance, "Stop when the gradient norm <= G")
      ->type_name("G");
  d.add_read("--tol-f", stop.tol_f, tolerance, "Stop when |f_k - f_k-1| <= F*max(1, |f_k|)")
      ->type_name("F");
  d.add_read("--tol-x", stop.tol_x, tolerance, "Stop when |x_k - x_k-1| <= X*max(1, |x_k|)")
      ->type_name("X");
  d.add_read("--target", stop.target, optional_of<double>(read_finite), "Stop when f <= V")
      ->type_name("V");
  d.add_read("--max-evals", stop.max_evals, optional_of(whole(1, kMaxSteps)),
             "Stop before f would be evaluated more than N times")
      ->type_name("N");
  d.add_read("--max-time", stop.max_time, optional_of<double>(read_positive),
             "Stop after this many seconds of descent")
      ->type_name("SECONDS");
}

/// The expression's variables and constants.
void add_expression_options(Definition& d, Options& o) {
  d.app
      .add_option("--vars", o.variable_order,
                  "Variable order (default: natural order, x2 before x10)")
      ->type_name("NAMES")
      ->delimiter(',');
  // Each NAME=VALUE (repeated or comma-separated) is read as it is checked.
  Reader<std::vector<std::pair<std::string, double>>> define = [](const std::string& text,
                                                                  auto& constants) {
    std::pair<std::string, double> definition;
    std::string error = read_definition(text, definition);
    if (error.empty()) constants.push_back(definition);
    return error;
  };
  d.app
      .add_option_function<std::vector<std::string>>(
          "--define", [](const std::vector<std::string>&) {},
          "Constant for the expression (repeatable)")
      ->type_name("NAME=VALUE")
      ->check(
          CLI::Validator([&o, define](std::string& text) { return define(text, o.constants); }, ""))
      ->delimiter(',');
}

/// The output format and the report's digits.
void add_format_options(Definition& d, Options& o) {
  d.app.option_defaults()->group("Output");
  d.add_choice("--format", o.format,
               {{"auto", Format::automatic},
                {"text", Format::text},
                {"csv", Format::csv},
                {"tsv", Format::tsv},
                {"jsonl", Format::jsonl},
                {"none", Format::none}},
               "Output: a text report on a terminal and csv in a pipe (auto), or as named; none: "
               "errors and the exit code only");
  d.add_read("--digits", o.digits, Reader<int>(read_digits),
             "Significant digits of the numbers in the text report, 1 to 17, or full: the "
             "shortest text that reads back to the same double")
      ->type_name("N|full")
      ->default_str("7");
  d.choices["--digits"] = {"full"};
}

/// --watch: a flag whose value, a pace, is attached, never the next word,
/// so that "--watch 20" stays a mistake (an argument on its own) rather
/// than meaning something else; completions offer it as a flag.
void add_watch_option(Definition& d, Options& o) {
  d.app
      .add_flag("--watch",
                "Redraw the charts in place while running, on a terminal, at RATE steps a "
                "second (bare: each run in about 3 s; max: as fast as it goes); keys: space "
                "pause, n step, +/- pace, q quit")
      ->multi_option_policy(CLI::MultiOptionPolicy::Throw)
      ->check(CLI::Validator(
          [&o](std::string& text) { return read_watch(text, o.watch, o.watch_pace); }, ""))
      ->type_name("[=RATE]");
}

/// The charts: which, their size, glyphs, colour, scale and window.
void add_chart_options(Definition& d, Options& o) {
  d.app.option_defaults()->group("Charts");
  d.plot = d.add_read<std::vector<Plot>>(
                "--plot", o.plots, read_plots,
                "Charts of the text report, in order: the loss (line), the path over a map of f "
                "(path), the seed's graph (classic); given with a data format, they go to stderr")
               ->type_name("line|path|classic[,...]|none")
               ->default_str("line");
  for (const auto& [name, kind] : plot_names()) d.choices["--plot"].push_back(name);
  d.choices["--plot"].push_back("none");
  Reader<int> size = [](const std::string& text, int& out) {
    std::uint64_t value = 0;
    std::string error = read_whole(text, 1, kMaxPlotSize, value);
    out = static_cast<int>(value);
    return error;
  };
  d.add_read("--plot-width", o.plot_width, optional_of(size),
             "Chart width in cells, axes included (default: the terminal's, else 80; classic: 50)")
      ->type_name("1..1000");
  d.add_read("--plot-height", o.plot_height, optional_of(size),
             "Chart height in lines (default: the terminal's, else 24; classic: 20)")
      ->type_name("1..1000");
  const std::vector<std::pair<std::string, Charset>> charsets{
      {"braille", Charset::braille}, {"block", Charset::block}, {"ascii", Charset::ascii}};
  Reader<Charset> charset = [charsets](const std::string& text, Charset& out) {
    return read_choice(text, charsets, out);
  };
  d.add_read("--charset", o.charset, optional_of(charset),
             "Chart glyphs (default: braille in a UTF-8 locale, else ascii)")
      ->type_name("braille|block|ascii");
  for (const auto& [name, kind] : charsets) d.choices["--charset"].push_back(name);
  d.add_choice(
      "--color", o.color,
      {{"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}},
      "Colour in charts (auto: on a terminal, unless NO_COLOR is set)");
  d.add_choice("--log-y", o.log_y,
               {{"auto", LogScale::automatic}, {"on", LogScale::on}, {"off", LogScale::off}},
               "Log scale for the loss (auto: when f > 0 spans over 3 decades)");
  const auto limits = optional_of<std::pair<double, double>>(read_window);
  d.add_read("--xlim", o.xlim, limits, "Path chart: window of the first variable")
      ->type_name("A,B");
  d.add_read("--ylim", o.ylim, limits,
             "Path chart: window of the second variable (of f with one variable)")
      ->type_name("A,B");
  d.add_choice(
      "--map", o.map,
      {{"contours", MapStyle::contours}, {"shade", MapStyle::shade}, {"none", MapStyle::none}},
      "Path chart: f under the paths as dotted contour lines, shaded cells, or nothing");
  d.add_switch("--overlay", o.overlay, true,
               "Path chart of several runs: every path over one map (default: a panel per run)");
  add_watch_option(d, o);
  d.add_read<std::vector<std::string>>(
       "--plot-vars", o.plot_vars, read_plot_vars,
       "Path chart: the one or two variables to show; f is sliced at the final values of the "
       "others")
      ->type_name("NAME[,NAME]");
}

/// Where the data go and how much of it.
void add_data_options(Definition& d, Options& o) {
  d.app.option_defaults()->group("Output");
  d.app
      .add_option("--output", o.output, "Write the data (or the report) to FILE instead of stdout")
      ->type_name("FILE");
  d.files["--output"] = OptionInfo::Files::names;
  d.add_read("--every", o.every, whole(1, kMaxSteps),
             "Keep every N-th history row (and always the first and the last)")
      ->type_name("N")
      ->default_str("1");
  d.add_switch("--no-header", o.header, false, "Leave out the csv/tsv header line");
  d.add_switch("--details", o.details, true,
               "With several runs, the report shows each run's whole summary, not a line");
  d.add_switch("--summary", o.summary, true,
               "One data row per run (final row, stop word, evaluations, verdict, point) "
               "instead of the history");
  d.add_choice("--progress", o.progress,
               {{"auto", ProgressMode::automatic},
                {"always", ProgressMode::always},
                {"never", ProgressMode::never}},
               "A progress line on stderr (auto: on a terminal, once a run takes over 0.5 s)");
}

/// f itself: --expr and --start are required, but checked after parsing,
/// so that an unknown option is reported as such rather than as a missing
/// --expr.
void add_function_options(Definition& d, Options& o) {
  d.app.option_defaults()->group("Function");
  d.expr = d.app
               .add_option("--expr", o.expression,
                           "Function to minimize, in muParser syntax (required; see gd --help "
                           "functions)")
               ->type_name("EXPR|@FILE|-");
  d.files["--expr"] = OptionInfo::Files::at_names;
  d.start = d.add_read<std::vector<double>>(
                 "--start", o.start, read_point,
                 "Start point (required); one value is used for every variable")
                ->type_name("A[,B,...]");
  add_expression_options(d, o);
}

/// Every option, bound to `o`, in --help's order, group by group.
void define(Definition& d, Options& o) {
  CLI::App& app = d.app;
  app.footer(kFooter);
  add_function_options(d, o);
  add_optimizer_options(d, o);
  add_gradient_options(d, o.gradient);
  add_stop_options(d, o);
  add_format_options(d, o);
  add_data_options(d, o);
  add_chart_options(d, o);
  app.option_defaults()->group("Other");
  app.set_config("--config", "",
                 "Read options from a TOML file (key = value, as the long "
                 "option names); the command line wins")
      ->type_name("FILE")
      ->group("Other");
  d.files["--config"] = OptionInfo::Files::names;
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.config_formatter(std::make_shared<ConfigFile>());
  // No -h: it would look like --h. --help functions lists muParser's words.
  app.set_help_flag("--help",
                    "Print this help and exit; --help functions: the operators, "
                    "functions and constants of --expr")
      ->group("Other");
  app.set_version_flag("--version", std::string("gd ") + GD_VERSION, "Print the version and exit")
      ->group("Other")
      ->check(CLI::Validator(
          [](std::string& text) {
            bool given = false;
            return read_switch(text, true, given);
          },
          ""));
}

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

/// What --help was asked for: "" (the options) or "functions", from
/// "--help functions" or "--help=functions".
std::string help_topic(const std::vector<std::string>& args) {
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--help")
      return i + 1 < args.size() && args[i + 1] == "functions" ? "functions" : "";
    if (args[i].rfind("--help=", 0) != 0) continue;
    const std::string topic = args[i].substr(7);
    if (topic == "functions") return topic;
    throw UsageError(fmt::format("--help: expected no value or functions, got \"{}\"", topic),
                     true);
  }
  return "";
}

/// "--watch 20" left 20 over: the pace was meant, attached.
std::string watch_hint(const std::vector<std::string>& args,
                       const std::vector<std::string>& extras) {
  for (std::size_t i = 1; i + 1 < args.size(); ++i)
    if (args[i] == "--watch" &&
        std::find(extras.begin(), extras.end(), args[i + 1]) != extras.end())
      return fmt::format("; a pace goes after an equals sign: --watch={}", args[i + 1]);
  return "";
}

/// Every option's long name, "--steps", for the hints of a misspelt one.
std::vector<std::string> long_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) names.push_back(option->get_name());
  return names;
}

/// --help's width: the terminal's (at least 60 columns), else 80.
std::size_t help_width() {
  const std::optional<TerminalSize> size = observe_surroundings().out_size;
  return static_cast<std::size_t>(size ? std::max(size->cols, 60) : 80);
}

}  // namespace

CommandLine parse_command_line(int argc, const char* const argv[]) {
  CommandLine result;
  Definition d;
  define(d, result.options);
  const std::vector<std::string> args = attach_expression_values(argc, argv);
  std::vector<const char*> pointers;
  for (const auto& arg : args) pointers.push_back(arg.c_str());
  const std::string config = config_path(args);
  if (const std::string problem = config_problem(config); !problem.empty())
    throw UsageError(fmt::format("--config {}: {}", config, problem), true);
  try {
    d.app.parse(static_cast<int>(pointers.size()), pointers.data());
  } catch (const CLI::CallForHelp&) {
    result.print =
        help_topic(args) == "functions" ? function_help() : help_text(d.app, help_width());
    return result;
  } catch (const CLI::CallForVersion& version) {
    result.print = std::string(version.what()) + "\n";
    return result;
  } catch (const CLI::ExtrasError&) {
    throw UsageError(describe_extras(d.app.remaining(), long_names(d.app), d.expr->count() > 0) +
                         watch_hint(args, d.app.remaining()),
                     true);
  } catch (const CLI::ParseError& error) {
    throw UsageError(describe_parse_error(error, config, long_names(d.app)), true);
  }
  for (const CLI::Option* option : {d.expr, d.start})
    if (option->count() == 0) throw UsageError(option->get_name() + " is required", true);
  result.options.plot_requested = d.plot->count() > 0;
  return result;
}

std::vector<OptionInfo> option_table() {
  Options scratch;
  Definition d;
  define(d, scratch);
  std::vector<OptionInfo> table;
  for (const CLI::Option* option : d.app.get_options()) {
    OptionInfo info;
    info.flag = option->get_name();
    info.help = option->get_description();
    info.takes_value = option->get_items_expected_max() > 0;
    if (auto found = d.choices.find(info.flag); found != d.choices.end())
      info.choices = found->second;
    if (auto found = d.files.find(info.flag); found != d.files.end()) info.files = found->second;
    table.push_back(info);
  }
  return table;
}

}  // namespace gd
