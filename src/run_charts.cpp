#include "run_charts.h"

#include <fmt/format.h>

#include <algorithm>

#include "objective.h"

namespace gd {
namespace {

bool has(const Options& options, Plot kind) {
  return std::find(options.plots.begin(), options.plots.end(), kind) != options.plots.end();
}

int clamp_size(int size, int least) {
  return std::clamp(size, least, static_cast<int>(kMaxPlotSize));
}

}  // namespace

Style chart_style(const Options& options, const ChartPlace& place) {
  Style style;
  style.charset = options.charset.value_or(place.utf8 ? Charset::braille : Charset::ascii);
  switch (options.color) {
    case ColorMode::always: style.color = true; break;
    case ColorMode::never: style.color = false; break;
    case ColorMode::automatic: style.color = place.terminal && !place.no_color; break;
  }
  return style;
}

RunCharts::RunCharts(const Options& options, const ChartPlace& place, std::size_t runs)
    : options_(options), style_(chart_style(options, place)), runs_(runs) {
  // The terminal's size, less the lines around the charts and shared by
  // the line and path charts drawn (with a blank line between); else 80 x 24.
  const TerminalSize size = place.size.value_or(TerminalSize{});
  const int sharing =
      std::max(1, static_cast<int>(has(options, Plot::line) + has(options, Plot::path)));
  const int rows =
      place.size ? (size.rows - place.other_lines - (sharing - 1)) / sharing : size.rows;
  width_ = options.plot_width.value_or(clamp_size(size.cols, kMinChartWidth));
  height_ = options.plot_height.value_or(clamp_size(rows, kMinChartHeight));
  if (has(options, Plot::classic))
    classic_.emplace(options.steps, options.plot_width.value_or(kClassicWidth));
  if (has(options, Plot::line)) losses_.resize(runs);
}

std::string RunCharts::choose_path_variables(const Objective& f) {
  if (!has(options_, Plot::path)) return {};
  const auto& names = f.variables();
  if (options_.plot_vars.empty()) {
    if (names.size() > 2)
      return fmt::format(
          "gd: error: --plot path shows one or two variables, and f has {} ({}); choose them "
          "with --plot-vars, e.g. --plot-vars {},{}\n",
          names.size(), fmt::join(names, ", "), names[0], names[1]);
    for (std::size_t i = 0; i < names.size(); ++i) path_coordinates_.push_back(i);
  }
  for (const auto& name : options_.plot_vars) {
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end())
      return fmt::format("gd: error: --plot-vars: \"{}\" is not a variable of f ({})\n", name,
                         fmt::join(names, ", "));
    path_coordinates_.push_back(static_cast<std::size_t>(found - names.begin()));
  }
  paths_.assign(runs_, PathRecorder(path_coordinates_));
  return {};
}

void RunCharts::attach(ObserverList& observers, std::size_t run) {
  if (classic_ && run == 0) observers.add(*classic_);
  if (run < losses_.size()) observers.add(losses_[run]);
  if (run < paths_.size()) observers.add(paths_[run]);
}

std::string RunCharts::draw_path(Objective& f, const std::vector<std::string>& series,
                                 std::size_t slice) const {
  const auto& names = f.variables();
  PathChartSpec spec;
  spec.title = options_.expression;
  spec.width = width_;
  spec.height = height_;
  spec.style = style_;
  spec.xlim = options_.xlim;
  spec.ylim = options_.ylim;
  for (std::size_t i : path_coordinates_) spec.axis_names.push_back(names[i]);
  // The map is f with the variables not shown held at their final values.
  std::vector<double> probe = paths_.at(slice).last_point();
  if (probe.size() != names.size()) return "";  // that run has no row yet (--watch)
  std::vector<std::string> held;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (std::find(path_coordinates_.begin(), path_coordinates_.end(), i) == path_coordinates_.end())
      held.push_back(fmt::format("{} = {}", names[i], probe[i]));
  if (!held.empty())
    spec.notes.push_back(fmt::format("f sliced at the final {}", fmt::join(held, ", ")));
  std::vector<NamedPath> paths;
  for (std::size_t run = 0; run < paths_.size(); ++run)
    paths.push_back({run < series.size() ? series[run] : "", paths_[run].points()});
  const std::size_t u = path_coordinates_[0];
  if (path_coordinates_.size() == 1)
    return draw_curve_chart(
        paths,
        [&](double x) {
          probe[u] = x;
          f.set_point(probe);
          return f.value();
        },
        spec);
  const std::size_t v = path_coordinates_[1];
  return draw_path_chart(
      paths,
      [&](double x, double y) {
        probe[u] = x;
        probe[v] = y;
        f.set_point(probe);
        return f.value();
      },
      spec);
}

std::string RunCharts::draw(Objective& f, const std::vector<std::string>& names,
                            std::size_t slice) {
  std::vector<std::string> charts;
  for (Plot kind : options_.plots) switch (kind) {
      case Plot::classic:
        charts.push_back(draw_classic(classic_->selection(),
                                      options_.plot_width.value_or(kClassicWidth),
                                      options_.plot_height.value_or(kClassicHeight)));
        break;
      case Plot::line: {
        LossChartSpec spec;
        spec.title = options_.expression;
        spec.width = width_;
        spec.height = height_;
        spec.log_y = options_.log_y;
        spec.style = style_;
        std::vector<NamedLoss> series;
        for (std::size_t run = 0; run < losses_.size(); ++run)
          series.push_back({run < names.size() ? names[run] : "", losses_[run].series});
        charts.push_back(draw_loss_chart(series, spec));
        break;
      }
      case Plot::path: charts.push_back(draw_path(f, names, slice)); break;
    }
  charts.erase(std::remove(charts.begin(), charts.end(), ""), charts.end());  // classic, 0 steps
  return fmt::format("{}", fmt::join(charts, "\n"));
}

}  // namespace gd
