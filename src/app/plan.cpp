#include "app/plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "cli/options.h"
#include "cli/usage_error.h"
#include "output/describe.h"
#include "plot/frame.h"
#include "plot/grid.h"

namespace gd {
namespace {

/// The compiled expression, or a UsageError showing where it is wrong.
Objective compile(const ExpressionSpec& spec) {
  try {
    return Objective::compile(spec);
  } catch (const ExpressionError& error) {
    throw UsageError(spec.text, error);
  }
}

/// A variable named like a column of the rows would make them ambiguous.
template <std::size_t N>
void refuse_column_names(const Objective& f, const char* const (&columns)[N], const char* which) {
  for (const auto& name : f.variables())
    for (const char* column : columns)
      if (name == column)
        throw UsageError(
            fmt::format("--expr: the variable \"{}\" has the name of a history "
                        "column{}; please rename it",
                        name, which));
}

/// One start value is used for every variable; other counts must match.
std::vector<double> start_point(const Options& options, const Objective& f) {
  const std::size_t n = f.dimension();
  if (options.start.size() == 1) return std::vector<double>(n, options.start[0]);
  if (options.start.size() == n) return options.start;
  throw UsageError(fmt::format("--start has {} values, but the expression has {} variable{} ({})",
                               options.start.size(), n, n == 1 ? "" : "s",
                               fmt::join(f.variables(), ", ")));
}

/// No run may be made twice (the same method and rate).
void refuse_repeated_runs(const std::vector<RunSpec>& runs) {
  for (std::size_t i = 0; i < runs.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (runs[i].settings.method == runs[j].settings.method &&
          runs[i].settings.learning_rate == runs[j].settings.learning_rate)
        throw UsageError(
            fmt::format("--optimizer and --lr make the run {} twice", run_name(runs[i])));
}

/// Row 0 alone takes f and a gradient: a smaller budget could not be kept.
void check_max_evals(const Options& options, std::size_t dimension) {
  const std::uint64_t row = row_evaluations(options.gradient.scheme, dimension);
  if (options.stop.max_evals && *options.stop.max_evals < row)
    throw UsageError(
        fmt::format("--max-evals {} is less than one row takes ({}: f and its gradient)",
                    *options.stop.max_evals, row));
}

OutputPlan plan_output(const Options& options, const Surroundings& around) {
  OutputPlan plan;
  switch (options.format) {
    case Format::automatic: plan.report = around.out_is_terminal && !options.summary; break;
    case Format::text: plan.report = true; break;
    case Format::csv: break;
    case Format::tsv: plan.data = DataFormat::tsv; break;
    case Format::jsonl: plan.data = DataFormat::jsonl; break;
    case Format::none: break;
  }
  if (!plan.report && !plan.data && options.format != Format::none)
    plan.data = DataFormat::csv;  // csv, or auto in a pipe
  plan.summary = options.summary;
  plan.digits = options.digits;
  plan.details = options.details;
  plan.header = options.header;
  plan.every = options.every;
  // Beside data on stdout, charts are drawn only when asked for, on stderr.
  plan.charts = !options.plots.empty() && (plan.report || options.plot_requested);
  plan.charts_on_terminal = plan.report ? around.out_is_terminal : around.err_is_terminal;
  plan.path = options.output;
  return plan;
}

/// --watch's pace and keys: keys when stdin is a terminal (and not where
/// --expr - read f from), the status line as wide as the frames' terminal.
WatchSettings plan_watch(const Options& options, const Plan& plan, const Surroundings& around) {
  WatchSettings watch;
  watch.pace = options.watch_pace.value_or(default_pace(plan.descent.steps));
  watch.keys = around.in_is_terminal && options.expression != "-";
  watch.steps = plan.descent.steps;
  watch.runs = plan.runs.size();
  const auto size = plan.output.report ? around.out_size : around.err_size;
  watch.width = size.value_or(TerminalSize{}).cols;
  watch.height = size.value_or(TerminalSize{}).rows;
  return watch;
}

}  // namespace

void check_options(const Options& o) {
  const auto refuse = [](const std::string& message) { throw UsageError(message, true); };
  if (o.parameters.armijo)
    for (const auto& choice : o.optimizers)
      if (choice.method != Method::sgd)
        refuse(fmt::format("--line-search armijo works with sgd only, not {}",
                           method_name(choice.method)));
  if (o.summary && (o.format == Format::text || o.format == Format::none))
    refuse("--summary writes data rows: use --format csv, tsv or jsonl");
  if (!o.output.empty() && o.format == Format::none)
    refuse("--output with --format none: there is nothing to write (it would only empty the file)");
  if (!o.learning_rates.empty() &&
      std::all_of(o.optimizers.begin(), o.optimizers.end(),
                  [](const OptimizerChoice& choice) { return choice.learning_rate; }))
    refuse("--lr is not used: every --optimizer entry has its own NAME:LR");
  const bool charts =
      std::any_of(o.plots.begin(), o.plots.end(), [](Plot p) { return p != Plot::classic; });
  for (const auto& [option, size, least] :
       {std::tuple{"--plot-width", o.plot_width, kMinChartWidth},
        std::tuple{"--plot-height", o.plot_height, kMinChartHeight}})
    if (charts && size && *size < least)
      refuse(fmt::format("{} {} is too small for the line and path charts (at least {})", option,
                         *size, least));
}

std::vector<RunSpec> plan_runs(const Options& options) {
  std::vector<RunSpec> runs;
  const auto add = [&](Method method, double learning_rate, bool named_rate = false) {
    RunSpec run;
    run.index = runs.size() + 1;
    run.settings = options.parameters;
    run.settings.method = method;
    run.settings.learning_rate = learning_rate;
    run.named_rate = named_rate;
    runs.push_back(run);
  };
  for (const auto& choice : options.optimizers) {
    if (choice.learning_rate)
      add(choice.method, *choice.learning_rate, true);
    else if (options.learning_rates.empty())
      add(choice.method, default_learning_rate(choice.method));
    else
      for (double lr : options.learning_rates) add(choice.method, lr);
  }
  return runs;
}

namespace {

int clamp_size(int size, int least) {
  return std::clamp(size, least, static_cast<int>(kMaxPlotSize));
}

/// The path chart's variables: --plot-vars, or all of one or two.
std::vector<std::size_t> path_coordinates(const Options& options,
                                          const std::vector<std::string>& names) {
  std::vector<std::size_t> coordinates;
  if (options.plot_vars.empty()) {
    if (names.size() > 2)
      throw UsageError(
          fmt::format("--plot path shows one or two variables, and f has {} ({}); choose them with "
                      "--plot-vars, e.g. --plot-vars {},{}",
                      names.size(), fmt::join(names, ", "), names[0], names[1]));
    for (std::size_t i = 0; i < names.size(); ++i) coordinates.push_back(i);
  }
  for (const auto& name : options.plot_vars) {
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end())
      throw UsageError(fmt::format("--plot-vars: \"{}\" is not a variable of f ({})", name,
                                   fmt::join(names, ", ")));
    coordinates.push_back(static_cast<std::size_t>(found - names.begin()));
  }
  return coordinates;
}

/// Glyphs and colour from --charset and --color, where the charts go.
Style chart_style(const Options& options, bool terminal, const Surroundings& around) {
  Style style;
  style.charset = options.charset.value_or(around.utf8 ? Charset::braille : Charset::ascii);
  switch (options.color) {
    case ColorMode::always: style.color = true; break;
    case ColorMode::never: style.color = false; break;
    case ColorMode::automatic: style.color = terminal && !around.no_color; break;
  }
  return style;
}

/// Lines a path chart gd sizes needs: kMinPathRows of canvas, the lines
/// around it, and the note of f's slice when f has variables not shown.
int least_path_height(const ChartSettings& charts) {
  const bool sliced = charts.variables.size() > charts.path_coordinates.size();
  return kMinPathRows + kPathFrameLines + (sliced ? 1 : 0);
}

/// The note under a path chart drawn without the loss chart: why, and how
/// to see it; on one line when it fits.
std::vector<std::string> left_out_note(int terminal_rows, int width) {
  // Both held: too few rows to stack the charts, too few columns to set
  // them side by side.
  const std::string why =
      fmt::format("loss chart left out: {}x{} is too small for both;", width, terminal_rows);
  const std::string how = "--plot line draws it alone, --plot-height N sizes each chart";
  if (display_width(why + " " + how) <= width) return {why + " " + how};
  return {elide_middle(why, width, true), elide_middle(how, width, true)};
}

/// Sizes from --plot-width and --plot-height, or 80 x 24 outside a
/// terminal: each chart that size, stacked (`rows` each, from the
/// terminal, when only the width is given); panels of that height.
void size_as_given(ChartSettings& charts, const Options& options, int width, int rows,
                   std::size_t runs) {
  charts.width = options.plot_width.value_or(width);
  charts.height = options.plot_height.value_or(clamp_size(rows, kMinChartHeight));
  charts.path = {charts.width, charts.height};
  if (charts.panels)
    charts.panels =
        options.plot_height
            ? arrange_panels(runs, charts.width, 0, *options.plot_height)
            : arrange_panels(runs, charts.width, charts.height, least_path_height(charts));
}

/// Sizes from the terminal: its width, and the `rows` its report leaves.
/// The path chart keeps its least height (the report may then scroll):
/// with the loss chart, as arrange_two decides; panels under it, in the
/// rows it leaves.
void size_to_terminal(ChartSettings& charts, int width, int rows, int terminal_rows,
                      std::size_t runs) {
  const int least = least_path_height(charts);
  const bool line = charts.has(Plot::line), path = charts.has(Plot::path);
  charts.width = width;
  charts.height = clamp_size(rows, kMinChartHeight);
  charts.path = {width, clamp_size(std::max(rows, least), kMinChartHeight)};
  if (charts.panels) {
    const int above = line ? std::max(kMinChartHeight, (rows - 1) / 2) : 0;
    charts.height = clamp_size(above, kMinChartHeight);
    charts.panels = arrange_panels(runs, width, rows - (line ? above + 1 : 0), least);
  } else if (line && path) {
    const TwoCharts two = arrange_two(width, rows, least);
    charts.arrangement = two.arrangement;
    charts.width = two.loss.width;
    charts.height = clamp_size(two.loss.height, kMinChartHeight);
    charts.path = {two.path.width, clamp_size(two.path.height, kMinChartHeight)};
    if (two.arrangement == Arrangement::path_alone)
      charts.left_out = left_out_note(terminal_rows, width);
  }
}

/// The lines the charts take with panels: the loss chart and a blank line
/// above them, the grid's title line and its rows of panels.
int panels_height(const ChartSettings& charts) {
  const int above = charts.has(Plot::line) ? charts.height + 1 : 0;
  return above + 1 + charts.panels->rows * charts.panels->panel.height;
}

/// The charts: sized to the terminal (see size_to_terminal), less the
/// report's other lines: thirteen for one run; several runs' summaries
/// scroll, and charts keep 4 lines. On stderr beside data, one line is
/// left. Outside a terminal, or with --plot-width or --plot-height, each
/// chart has the size given, else 80 x 24.
ChartSettings plan_charts(const Options& options, const Plan& plan, const Surroundings& around,
                          bool live = false) {
  ChartSettings charts;
  charts.kinds = options.plots;
  charts.title = plan.expression.text;
  const bool report = plan.output.report;
  charts.style = chart_style(options, plan.output.charts_on_terminal, around);
  charts.classic_width = options.plot_width.value_or(kClassicWidth);
  charts.classic_height = options.plot_height.value_or(kClassicHeight);
  charts.steps = options.steps;
  charts.log_y = options.log_y;
  charts.xlim = options.xlim;
  charts.ylim = options.ylim;
  charts.map = options.map;
  charts.variables = plan.variables;
  if (charts.has(Plot::path)) charts.path_coordinates = path_coordinates(options, plan.variables);
  for (const auto& run : plan.runs) charts.run_names.push_back(run_name(run));
  if (charts.path_coordinates.size() == 2 && plan.runs.size() > 1 && !options.overlay)
    charts.panels.emplace();  // sized below
  const std::optional<TerminalSize> place = report ? around.out_size : around.err_size;
  const int other_lines = live ? 1 : report ? (plan.runs.size() > 1 ? 4 : 13) : 1;
  const TerminalSize size = place.value_or(TerminalSize{});
  const int width = clamp_size(size.cols, kMinChartWidth);
  if (!place || options.plot_width || options.plot_height) {
    const int sharing =
        std::max(1, static_cast<int>(charts.has(Plot::line) + charts.has(Plot::path)));
    const int rows = place ? (size.rows - other_lines - (sharing - 1)) / sharing : size.rows;
    size_as_given(charts, options, width, rows, plan.runs.size());
  } else {
    size_to_terminal(charts, width, size.rows - other_lines, size.rows, plan.runs.size());
  }
  if (live && place && !options.plot_width && !options.plot_height) {
    // A frame taller than the screen cannot be redrawn in place: panels
    // give way to one map, and no chart is taller than the screen.
    const int rows = size.rows - other_lines;
    if (charts.panels && panels_height(charts) > rows) {
      charts.panels.reset();
      size_to_terminal(charts, width, rows, size.rows, plan.runs.size());
    }
    charts.height = std::min(charts.height, std::max(rows, kMinChartHeight));
    charts.path.height = std::min(charts.path.height, std::max(rows, kMinChartHeight));
  }
  return charts;
}

}  // namespace

Plan make_plan(const Options& options, const std::string& text, const Surroundings& given) {
  // Data and the report go to --output when it is given: a file, never a terminal.
  Surroundings around = given;
  if (!options.output.empty()) around.out_is_terminal = false, around.out_size.reset();
  Plan plan;
  plan.expression = {text, options.variable_order, options.constants};
  const Objective f = compile(plan.expression);
  refuse_column_names(f, kFixedColumns, " (step, f, grad_norm)");
  plan.variables = f.variables();
  plan.start = start_point(options, f);
  plan.runs = plan_runs(options);
  if (plan.runs.size() > 1)
    refuse_column_names(f, kRunColumns, " of several runs (run, optimizer, lr)");
  refuse_repeated_runs(plan.runs);
  check_max_evals(options, f.dimension());
  plan.output = plan_output(options, around);
  plan.descent = {options.gradient, options.steps, options.stop,
                  plan.output.data || plan.output.report};
  if (plan.output.charts) plan.charts = plan_charts(options, plan, around);
  plan.charts.f_cost = f.cost();
  // --watch redraws the charts where they go, when that is a terminal; the
  // progress line would break its frames, so --watch replaces it.
  if (options.watch && plan.output.charts && plan.output.charts_on_terminal) {
    plan.watch = plan_watch(options, plan, around);
    plan.watch_charts = plan_charts(options, plan, around, true);
  }
  const bool progress = options.progress == ProgressMode::always ||
                        (options.progress == ProgressMode::automatic && around.err_is_terminal);
  if (progress && !plan.watch)
    plan.progress = ProgressPlan{options.progress == ProgressMode::always ? 0.0 : 0.5,
                                 around.err_size.value_or(TerminalSize{}).cols};
  return plan;
}

}  // namespace gd
