#include "cli.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <functional>
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

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
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
  add_read_option<double>(app, "--momentum", o.parameters.momentum, read_fraction,
                          "momentum and nesterov: the velocity kept per step")
      ->type_name("NUMBER")
      ->default_str("0.9");
  add_read_option<double>(app, "--decay", o.parameters.decay, read_fraction,
                          "rmsprop: the squared gradients' decay")
      ->type_name("NUMBER")
      ->default_str("0.99");
  add_read_option<double>(app, "--beta1", o.parameters.beta1, read_fraction,
                          "adam: the first moment's decay")
      ->type_name("NUMBER")
      ->default_str("0.9");
  add_read_option<double>(app, "--beta2", o.parameters.beta2, read_fraction,
                          "adam: the second moment's decay")
      ->type_name("NUMBER")
      ->default_str("0.999");
  add_read_option<double>(app, "--eps", o.parameters.eps, read_positive,
                          "adagrad, rmsprop, adam: added to the root in the denominator")
      ->type_name("NUMBER")
      ->default_str("1e-07");
  add_choice(app, "--line-search", o.parameters.armijo, {{"none", false}, {"armijo", true}},
             "sgd: from lr, halve the step until f decreases enough (Armijo, at most 50 times)");
  Reader<std::uint64_t> read_steps = [](const std::string& text, std::uint64_t& out) {
    return read_whole(text, 0, kMaxSteps, out);
  };
  add_read_option(app, "--steps", o.steps, read_steps,
                  "Number of steps; 0 evaluates the start only")
      ->type_name("N")
      ->default_str("100");
  add_choice(app, "--grad", o.gradient.scheme,
             {{"central", Scheme::central},
              {"forward", Scheme::forward},
              {"backward", Scheme::backward},
              {"five-point", Scheme::five_point}},
             "Difference scheme of the gradient");
  add_read_option<GradientSettings>(app, "--h", o.gradient, read_h,
                                    "Difference step (finite, > 0), or auto: c*max(|x_i|, 1) per "
                                    "coordinate, c = eps^(1/2), ^(1/3), ^(1/5) by scheme")
      ->type_name("NUMBER|auto")
      ->default_str("0.0001");
  Reader<std::optional<double>> read_tolerance_option = [](const std::string& text,
                                                           std::optional<double>& out) {
    double value = 0;
    std::string error = read_tolerance(text, value);
    out = value;
    return error;
  };
  Reader<std::optional<double>> read_target = [](const std::string& text,
                                                 std::optional<double>& out) {
    double value = 0;
    std::string error = read_finite(text, value);
    out = value;
    return error;
  };
  add_read_option(app, "--tol-grad", o.stop.tol_grad, read_tolerance_option,
                  "Stop when the gradient norm <= G")
      ->type_name("G");
  add_read_option(app, "--tol-f", o.stop.tol_f, read_tolerance_option,
                  "Stop when |f_k - f_k-1| <= F*max(1, |f_k|)")
      ->type_name("F");
  add_read_option(app, "--tol-x", o.stop.tol_x, read_tolerance_option,
                  "Stop when |x_k - x_k-1| <= X*max(1, |x_k|)")
      ->type_name("X");
  add_read_option(app, "--target", o.stop.target, read_target, "Stop when f <= V")->type_name("V");
  Reader<std::optional<std::uint64_t>> read_evals = [](const std::string& text,
                                                       std::optional<std::uint64_t>& out) {
    std::uint64_t value = 0;
    std::string error = read_whole(text, 1, kMaxSteps, value);
    out = value;
    return error;
  };
  add_read_option(app, "--max-evals", o.stop.max_evals, read_evals,
                  "Stop when f has been evaluated N times")
      ->type_name("N");
  Reader<std::optional<double>> read_seconds = [](const std::string& text,
                                                  std::optional<double>& out) {
    double value = 0;
    std::string error = read_positive(text, value);
    out = value;
    return error;
  };
  add_read_option(app, "--max-time", o.stop.max_time, read_seconds,
                  "Stop after this many seconds of descent")
      ->type_name("SECONDS");
  app.add_option("--vars", o.variable_order,
                 "Variable order (default: natural order, x2 before x10)")
      ->type_name("NAMES")
      ->delimiter(',');
  std::vector<std::string> definitions;
  app.add_option("--define", definitions, "Constant for the expression (repeatable)")
      ->type_name("NAME=VALUE")
      ->check(checks_with<std::pair<std::string, double>>(read_definition))
      ->delimiter(',');
  add_choice(app, "--format", o.format,
             {{"auto", Format::automatic},
              {"text", Format::text},
              {"csv", Format::csv},
              {"tsv", Format::tsv},
              {"jsonl", Format::jsonl}},
             "Output: a text report on a terminal and csv in a pipe (auto), or as named");
  auto* plot = add_read_option<std::vector<Plot>>(
                   app, "--plot", o.plots, read_plots,
                   "Charts of the text report, in order: the loss (line), the path over a map of "
                   "f (path), the seed's graph (classic); given with a data format, they go to "
                   "stderr")
                   ->type_name("line|path|classic[,...]|none")
                   ->default_str("line");
  Reader<std::optional<int>> read_size = [](const std::string& text, std::optional<int>& out) {
    std::uint64_t size = 0;
    std::string error = read_whole(text, 1, kMaxPlotSize, size);
    out = static_cast<int>(size);
    return error;
  };
  auto* width = add_read_option(app, "--plot-width", o.plot_width, read_size,
                                "Chart width in cells, axes included (default: the terminal's, "
                                "else 80; classic: 50)")
                    ->type_name("1..1000");
  auto* height = add_read_option(app, "--plot-height", o.plot_height, read_size,
                                 "Chart height in lines (default: the terminal's, else 24; "
                                 "classic: 20)")
                     ->type_name("1..1000");
  Reader<std::optional<Charset>> read_charset = [](const std::string& text,
                                                   std::optional<Charset>& out) -> std::string {
    Charset charset = Charset::braille;
    std::string error = choose(
        text, {{"braille", Charset::braille}, {"block", Charset::block}, {"ascii", Charset::ascii}},
        charset);
    out = charset;
    return error;
  };
  add_read_option(app, "--charset", o.charset, read_charset,
                  "Chart glyphs (default: braille in a UTF-8 locale, else ascii)")
      ->type_name("braille|block|ascii");
  add_choice(
      app, "--color", o.color,
      {{"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}},
      "Colour in charts (auto: on a terminal, unless NO_COLOR is set)");
  add_choice(app, "--log-y", o.log_y,
             {{"auto", LogScale::automatic}, {"on", LogScale::on}, {"off", LogScale::off}},
             "Log scale for the loss (auto: when f > 0 spans over 3 decades)");
  Reader<std::optional<std::pair<double, double>>> read_limits =
      [](const std::string& text, std::optional<std::pair<double, double>>& out) {
        std::pair<double, double> window;
        std::string error = read_window(text, window);
        out = window;
        return error;
      };
  add_read_option(app, "--xlim", o.xlim, read_limits, "Path chart: window of the first variable")
      ->type_name("A,B");
  add_read_option(app, "--ylim", o.ylim, read_limits,
                  "Path chart: window of the second variable (of f with one variable)")
      ->type_name("A,B");
  add_read_option<std::vector<std::string>>(
      app, "--plot-vars", o.plot_vars, read_plot_vars,
      "Path chart: the one or two variables to show; f is sliced at the final values of the "
      "others")
      ->type_name("NAME[,NAME]");

  const std::vector<std::string> args = attach_expression_values(argc, argv);
  std::vector<const char*> arg_pointers;
  for (const auto& arg : args) arg_pointers.push_back(arg.c_str());
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
  } catch (const CLI::ParseError& error) {
    result.err = fmt::format("gd: error: {} (see gd --help)\n", one_line(error.what()));
    result.exit_code = exit_code::usage;
    return result;
  }

  for (const CLI::Option* option : {expr, start})
    if (option->count() == 0) {
      result.err = fmt::format("gd: error: {} is required (see gd --help)\n", option->get_name());
      result.exit_code = exit_code::usage;
      return result;
    }
  o.plot_requested = plot->count() > 0;

  if (o.parameters.armijo)
    for (const auto& choice : o.optimizers)
      if (choice.method != Method::sgd) {
        result.err = fmt::format(
            "gd: error: --line-search armijo works with sgd only, not {} (see gd --help)\n",
            method_name(choice.method));
        result.exit_code = exit_code::usage;
        return result;
      }
  const bool charts =
      std::any_of(o.plots.begin(), o.plots.end(), [](Plot p) { return p != Plot::classic; });
  for (const auto& [option, size, least] : {std::tuple{width, o.plot_width, kMinChartWidth},
                                            std::tuple{height, o.plot_height, kMinChartHeight}})
    if (charts && size && *size < least) {
      result.err = fmt::format(
          "gd: error: {} {} is too small for the line and path charts (at "
          "least {}) (see gd --help)\n",
          option->get_name(), *size, least);
      result.exit_code = exit_code::usage;
      return result;
    }

  o.constants.resize(definitions.size());
  for (std::size_t i = 0; i < definitions.size(); ++i)
    read_definition(definitions[i], o.constants[i]);  // checked while parsing
  return result;
}

}  // namespace gd
