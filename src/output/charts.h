#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/verdict.h"
#include "output/chart_kinds.h"
#include "plot/classic.h"
#include "plot/frame.h"
#include "plot/grid.h"
#include "plot/iterates.h"
#include "plot/loss.h"

namespace gd {

struct RunSpec;

/// What the charts of a set of runs look like: the title (the expression),
/// the loss chart's size, the style of the line and path charts, where
/// they go, and the rest.
struct ChartSettings : ChartSpec {
  std::vector<Plot> kinds;                         ///< in the order drawn
  Arrangement arrangement = Arrangement::stacked;  ///< of the line and path charts
  ChartBox path;                                   ///< the path chart's size, or the panels' grid's
  std::optional<PanelGrid> panels;                 ///< a path panel per run, with several runs
  std::vector<std::string> left_out;   ///< lines saying the loss chart is left out, and why
  std::vector<std::string> run_names;  ///< each run's, for the panels' titles
  int classic_width = 50, classic_height = 20;  ///< of the classic graph
  std::uint64_t steps = 100;                    ///< planned, for the classic graph's walk
  LogScale log_y = LogScale::automatic;
  std::optional<std::pair<double, double>> xlim, ylim;  ///< the path chart's window
  std::vector<std::string> variables;                   ///< f's
  std::vector<std::size_t> path_coordinates;  ///< the path chart's one or two, into variables
  MapStyle map = MapStyle::contours;          ///< under the path chart's paths
  std::size_t f_cost = 1;                     ///< work per call of f, bounding the map's samples

  bool has(Plot kind) const;
};

/// What the runs left for the charts, in bounded memory (see the chart
/// recorder in observers/).
struct ChartRecords {
  std::optional<ClassicWalk> classic;            ///< the first run's, with --plot classic
  std::vector<LossSeries> losses;                ///< a series per run, with --plot line
  std::vector<PathTrace> paths;                  ///< a trace per run, with --plot path
  std::vector<std::vector<double>> last_points;  ///< each run's last point, so far
  std::vector<Ending> endings;                   ///< each run's, once it ended
  std::vector<bool> ended;                       ///< whether each run ended
};

/// The runs' names in the legends: none for one run; with several,
/// "sgd:0.1", and " (diverged)" or " (unbounded)" after a run that ended so.
std::vector<std::string> series_names(const std::vector<RunSpec>& runs,
                                      const ChartRecords& records);

/// Every chart, in settings.kinds' order, separated by blank lines (or the
/// line and path charts side by side, or the path chart alone, as
/// settings.arrangement says); `names` name the runs' series. The path
/// chart's map is f (of a whole point) sliced at the last point of run
/// `slice`, from 0; with settings.panels, each run has its own panel over
/// the same map, titled with its name and how it ended.
std::string draw_charts(const ChartSettings& settings, const ChartRecords& records,
                        const std::vector<std::string>& names,
                        const std::function<double(const std::vector<double>&)>& f,
                        std::size_t slice);

}  // namespace gd
