#include "output/charts.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/run.h"
#include "output/describe.h"
#include "output/verdict_words.h"
#include "plot/curve.h"
#include "plot/path.h"

namespace gd {
namespace {

/// The loss chart: every run's series overlaid.
std::string draw_losses(const ChartSettings& settings, const ChartRecords& records,
                        const std::vector<std::string>& names) {
  LossChartSpec spec;
  static_cast<ChartSpec&>(spec) = settings;  // the title, size and style
  spec.log_y = settings.log_y;
  std::vector<NamedLoss> series;
  for (std::size_t run = 0; run < records.losses.size(); ++run)
    series.push_back({run < names.size() ? names[run] : "", records.losses[run]});
  return draw_loss_chart(series, spec);
}

/// A panel's title: the run's marker (in its colour), its name and how it
/// ended: "+ momentum:0.1 · converged".
std::string panel_title(const ChartSettings& settings, const ChartRecords& records, std::size_t run,
                        const std::string& name) {
  const SeriesLook look = series_look(run);
  const bool ascii = settings.style.charset == Charset::ascii;
  std::string title =
      settings.style.color ? color_code(look.color) + look.marker + kResetColor : look.marker;
  title += " " + name;
  if (run < records.ended.size() && records.ended[run])
    title += glyph(ascii, " · ", " - ") + ending_phrase(records.endings[run]);
  return title;
}

/// The panels of several runs in their grid, under the expression as its
/// title and over the note of f's slice.
std::string draw_panels(const ChartSettings& settings, const ChartRecords& records,
                        const std::vector<NamedPath>& paths,
                        const std::function<double(double, double)>& f, PathChartSpec spec) {
  const PanelGrid& grid = *settings.panels;
  std::vector<PathPanel> panels;
  for (const auto& path : paths) {
    const std::string& name =
        path.series < settings.run_names.size() ? settings.run_names[path.series] : path.name;
    panels.push_back({panel_title(settings, records, path.series, name), {path}});
  }
  std::vector<std::string> notes;
  std::swap(notes, spec.notes);  // once, under the grid
  spec.width = grid.panel.width;
  spec.height = grid.panel.height;
  const auto charts = draw_path_panels(panels, f, spec);
  const bool ascii = settings.style.charset == Charset::ascii;
  const std::string title = elide_middle(settings.title, settings.path.width, ascii);
  std::string text =
      std::string(
          static_cast<std::size_t>(std::max(0, (settings.path.width - display_width(title)) / 2)),
          ' ') +
      title + "\n";
  for (std::size_t first = 0; first < charts.size(); first += grid.columns) {
    const std::size_t end = std::min(charts.size(), first + grid.columns);
    text += join_columns({charts.begin() + first, charts.begin() + end},
                         std::vector<int>(end - first, grid.panel.width), kChartGap);
  }
  for (const auto& note : notes) text += note + "\n";
  return text;
}

/// The path chart (two variables) or the curve (one), over f with the
/// variables not shown held at their values in `slice`; with panels, a
/// panel per run.
std::string draw_paths(const ChartSettings& settings, const ChartRecords& records,
                       const std::vector<std::string>& names,
                       const std::function<double(const std::vector<double>&)>& f,
                       std::vector<double> slice) {
  const auto& variables = settings.variables;
  const auto& shown = settings.path_coordinates;
  PathChartSpec spec;
  static_cast<ChartSpec&>(spec) = settings;  // the title and style
  spec.width = settings.path.width;
  spec.height = settings.path.height;
  spec.xlim = settings.xlim;
  spec.ylim = settings.ylim;
  spec.map = settings.map;
  spec.f_cost = settings.f_cost;
  for (std::size_t i : shown) spec.axis_names.push_back(variables[i]);
  std::vector<std::string> held;
  for (std::size_t i = 0; i < variables.size(); ++i)
    if (std::find(shown.begin(), shown.end(), i) == shown.end())
      held.push_back(fmt::format("{} = {:.7g}", variables[i], slice[i]));  // for people: 7 digits
  if (!held.empty())
    spec.notes.push_back(join_fitting("f sliced at the final ", held, spec.width,
                                      settings.style.charset == Charset::ascii));
  std::vector<NamedPath> paths;
  for (std::size_t run = 0; run < records.paths.size(); ++run)
    paths.push_back({run < names.size() ? names[run] : "", records.paths[run].points(), run});
  const std::size_t u = shown[0];
  if (shown.size() == 1)
    return draw_curve_chart(
        paths,
        [&](double x) {
          slice[u] = x;
          return f(slice);
        },
        spec);
  const std::size_t v = shown[1];
  const auto map = [&](double x, double y) {
    slice[u] = x;
    slice[v] = y;
    return f(slice);
  };
  if (settings.panels && paths.size() > 1) return draw_panels(settings, records, paths, map, spec);
  return draw_path_chart(paths, map, spec);
}

}  // namespace

bool ChartSettings::has(Plot kind) const {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::vector<std::string> series_names(const std::vector<RunSpec>& runs,
                                      const ChartRecords& records) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const Ending ending = i < records.endings.size() ? records.endings[i] : Ending::not_converged;
    const char* mark = ending == Ending::diverged    ? " (diverged)"
                       : ending == Ending::unbounded ? " (unbounded)"
                                                     : "";
    names.push_back(runs.size() > 1 ? run_name(runs[i]) + mark : "");
  }
  return names;
}

namespace {

/// The line and path charts side by side, when the arrangement says so
/// and both are drawn: in the order drawn, each padded to its width.
void join_side_by_side(const ChartSettings& settings, std::vector<std::string>& charts,
                       const std::vector<Plot>& drawn) {
  const auto line = std::find(drawn.begin(), drawn.end(), Plot::line);
  const auto path = std::find(drawn.begin(), drawn.end(), Plot::path);
  if (settings.arrangement != Arrangement::side_by_side || line == drawn.end() ||
      path == drawn.end())
    return;
  const std::size_t first = static_cast<std::size_t>(std::min(line, path) - drawn.begin());
  const std::size_t second = static_cast<std::size_t>(std::max(line, path) - drawn.begin());
  const int first_width = line < path ? settings.width : settings.path.width;
  const int second_width = line < path ? settings.path.width : settings.width;
  charts[first] =
      join_columns({charts[first], charts[second]}, {first_width, second_width}, kChartGap);
  charts.erase(charts.begin() + static_cast<std::ptrdiff_t>(second));
}

}  // namespace

std::string draw_charts(const ChartSettings& settings, const ChartRecords& records,
                        const std::vector<std::string>& names,
                        const std::function<double(const std::vector<double>&)>& f,
                        std::size_t slice) {
  std::vector<std::string> charts;
  std::vector<Plot> drawn;  // which each chart is
  for (Plot kind : settings.kinds) {
    std::string chart;
    switch (kind) {
      case Plot::classic:
        chart = draw_classic(records.classic->selection(), settings.classic_width,
                             settings.classic_height);
        break;
      case Plot::line:
        if (settings.arrangement != Arrangement::path_alone)
          chart = draw_losses(settings, records, names);
        break;
      case Plot::path: {
        const std::vector<double>& point = records.last_points.at(slice);
        // A run with no row yet (--watch) has no point to slice f at.
        if (point.size() == settings.variables.size())
          chart = draw_paths(settings, records, names, f, point);
        for (const auto& line : settings.left_out) chart += line + "\n";
        break;
      }
    }
    if (chart.empty()) continue;  // classic with 0 steps
    charts.push_back(chart);
    drawn.push_back(kind);
  }
  join_side_by_side(settings, charts, drawn);
  return fmt::format("{}", fmt::join(charts, "\n"));
}

}  // namespace gd
