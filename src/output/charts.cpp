#include "output/charts.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/run.h"
#include "output/describe.h"
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

/// The path chart (two variables) or the curve (one), over f with the
/// variables not shown held at their values in `slice`.
std::string draw_paths(const ChartSettings& settings, const ChartRecords& records,
                       const std::vector<std::string>& names,
                       const std::function<double(const std::vector<double>&)>& f,
                       std::vector<double> slice) {
  const auto& variables = settings.variables;
  const auto& shown = settings.path_coordinates;
  PathChartSpec spec;
  static_cast<ChartSpec&>(spec) = settings;  // the title, size and style
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
    spec.notes.push_back(join_fitting("f sliced at the final ", held, settings.width,
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
  return draw_path_chart(
      paths,
      [&](double x, double y) {
        slice[u] = x;
        slice[v] = y;
        return f(slice);
      },
      spec);
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

std::string draw_charts(const ChartSettings& settings, const ChartRecords& records,
                        const std::vector<std::string>& names,
                        const std::function<double(const std::vector<double>&)>& f,
                        std::size_t slice) {
  std::vector<std::string> charts;
  for (Plot kind : settings.kinds) switch (kind) {
      case Plot::classic:
        charts.push_back(draw_classic(records.classic->selection(), settings.classic_width,
                                      settings.classic_height));
        break;
      case Plot::line: charts.push_back(draw_losses(settings, records, names)); break;
      case Plot::path: {
        const std::vector<double>& point = records.last_points.at(slice);
        // A run with no row yet (--watch) has no point to slice f at.
        if (point.size() == settings.variables.size())
          charts.push_back(draw_paths(settings, records, names, f, point));
        break;
      }
    }
  charts.erase(std::remove(charts.begin(), charts.end(), ""), charts.end());  // classic, 0 steps
  return fmt::format("{}", fmt::join(charts, "\n"));
}

}  // namespace gd
