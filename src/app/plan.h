#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/terminal.h"
#include "core/descent.h"
#include "core/objective.h"
#include "core/run.h"
#include "observers/watch.h"
#include "output/charts.h"
#include "output/history_format.h"

namespace gd {

struct Options;

/// Where results go, from --format, --plot, --summary, --output and the
/// terminal.
struct OutputPlan {
  std::optional<DataFormat> data;   ///< data rows on stdout: the history, or summary rows
  bool summary = false;             ///< one row per run instead of the history
  bool header = true;               ///< the csv/tsv header line
  std::uint64_t every = 1;          ///< keep every N-th history row
  bool report = false;              ///< the text report on stdout
  bool charts = false;              ///< --plot's charts: in the report, or on stderr beside data
  bool charts_on_terminal = false;  ///< where the charts go is a terminal
  std::string path;                 ///< --output, or "" for stdout
  int digits = 7;                   ///< the report's significant digits; 0: shortest text
  bool details = false;             ///< several runs: each run's whole summary
};

/// The progress line on stderr.
struct ProgressPlan {
  double delay = 0.5;  ///< seconds a run takes before the line appears
  int width = 80;      ///< of the terminal
};

/// What gd will do, decided before anything is computed: every option
/// checked against the others and against the expression.
struct Plan {
  ExpressionSpec expression;           ///< its text (read from @FILE or - already)
  std::vector<std::string> variables;  ///< f's, in coordinate order
  std::vector<double> start;           ///< x_0, a value per variable
  std::vector<RunSpec> runs;           ///< in the order they are made
  DescentSettings descent;             ///< what every run shares
  OutputPlan output;
  ChartSettings charts;                ///< when output.charts
  std::optional<WatchSettings> watch;  ///< redraw the charts while running
  /// --watch's frames: the charts sized to fit the terminal with the
  /// status line (redrawn in place, a frame cannot scroll); a comparison's
  /// paths share one map when panels would not fit.
  ChartSettings watch_charts;
  std::optional<ProgressPlan> progress;  ///< the progress line, when shown
};

/// What options say together that none says alone, checked before the
/// expression is read: throws UsageError.
void check_options(const Options& options);

/// The plan for `options`, whose expression is `text` (as --expr gave it,
/// or read from its file), in `around`. Compiles the expression to learn
/// its variables; throws UsageError for anything that cannot work, in the
/// order: the expression, its variables' names, --start, the runs,
/// --max-evals, the path chart's variables.
Plan make_plan(const Options& options, const std::string& text, const Surroundings& around);

/// The runs --optimizer and --lr ask for, optimizer by optimizer: a NAME:LR
/// runs once with its rate; any other runs with each --lr, or with its
/// method's default rate when --lr is not given.
std::vector<RunSpec> plan_runs(const Options& options);

}  // namespace gd
