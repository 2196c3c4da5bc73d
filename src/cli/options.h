#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/descent.h"
#include "core/gradient.h"
#include "core/optimizer.h"
#include "output/chart_kinds.h"
#include "plot/canvas.h"
#include "plot/iterates.h"
#include "plot/scale.h"

namespace gd {

enum class Format { automatic, text, csv, tsv, jsonl, none };
enum class ColorMode { automatic, always, never };
/// --progress: the progress bar on stderr.
enum class ProgressMode { automatic, always, never };

/// One entry of --optimizer: a method, and the learning rate NAME:LR fixes.
struct OptimizerChoice {
  Method method = Method::sgd;
  std::optional<double> learning_rate;
  bool operator==(const OptimizerChoice& other) const {
    return method == other.method && learning_rate == other.learning_rate;
  }
};

/// Everything the command line can say, with gd's defaults: a plain struct
/// that the CLI fills (command_line.h) and the plan reads (app/plan.h).
struct Options {
  std::string expression;     ///< --expr: f, in muParser syntax
  std::vector<double> start;  ///< --start: x_0 (one value: every coordinate)
  std::vector<OptimizerChoice> optimizers{{Method::sgd, std::nullopt}};  ///< --optimizer
  std::vector<double> learning_rates;  ///< --lr: one or more; empty = each method's default
  OptimizerSettings parameters;  ///< --momentum, --decay, --beta1, --beta2, --eps, --line-search
  std::uint64_t steps = 100;     ///< --steps: updates at most; rows are 0..steps
  GradientSettings gradient;     ///< --grad, --h
  StopCriteria stop;             ///< --tol-grad, --tol-f, --tol-x, --target, --max-*
  std::vector<std::string> variable_order;  ///< --vars: coordinate order; empty = natural
  std::vector<std::pair<std::string, double>> constants;  ///< --define NAME=VALUE
  Format format = Format::automatic;                      ///< --format
  int digits = 7;        ///< --digits: the text report's significant digits; 0 = full
  bool details = false;  ///< --details: with several runs, each run's whole summary
  std::vector<Plot> plots{Plot::line};  ///< --plot: charts in order; none = empty
  bool plot_requested = false;          ///< --plot was given (draws even beside data, on stderr)
  std::optional<int> plot_width;        ///< --plot-width, in cells; else the terminal's or default
  std::optional<int> plot_height;       ///< --plot-height, in lines
  std::optional<Charset> charset;  ///< --charset; else braille in a UTF-8 locale, ascii otherwise
  ColorMode color = ColorMode::automatic;               ///< --color
  LogScale log_y = LogScale::automatic;                 ///< --log-y
  std::optional<std::pair<double, double>> xlim, ylim;  ///< --xlim, --ylim: path chart window
  std::vector<std::string> plot_vars;  ///< --plot-vars: the path chart's one or two variables
  MapStyle map = MapStyle::contours;   ///< --map: under the path chart's paths
  std::string output;                  ///< --output: data and report go there; empty = stdout
  std::uint64_t every = 1;             ///< --every: keep every N-th history row
  bool header = true;                  ///< no --no-header: csv/tsv header line
  bool summary = false;                ///< --summary: one row per run instead of the history
  ProgressMode progress = ProgressMode::automatic;  ///< --progress
  bool overlay = false;  ///< --overlay: several runs' paths over one map, not a panel each
  bool watch = false;    ///< --watch: redraw the charts while running, on a terminal
  /// --watch=RATE: steps a second; 0 (max): unpaced; none: the run in about 3 s.
  std::optional<double> watch_pace;
};

/// Step counts are exact in a double up to 2^53.
constexpr std::uint64_t kMaxSteps = 9007199254740992;
/// The largest --plot-width and --plot-height.
constexpr std::uint64_t kMaxPlotSize = 1000;
/// The largest --config file.
constexpr long kMaxConfigBytes = 1 << 20;

}  // namespace gd
