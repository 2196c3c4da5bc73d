#pragma once

#include <functional>
#include <string>
#include <vector>

#include "plot/iterates.h"

namespace gd {

/// The paths over a contour map of f(u, v): a window that frames every
/// path with a margin (unless xlim/ylim say otherwise), widened so that a
/// unit is as long across as down on a terminal (cells are twice as tall as
/// wide), contours evenly or log-spaced, start and ends marked.
std::string draw_path_chart(const std::vector<NamedPath>& paths,
                            const std::function<double(double, double)>& f,
                            const PathChartSpec& spec);

/// A panel of a path picture: its title and the paths it shows.
struct PathPanel {
  std::string title;
  std::vector<NamedPath> paths;
};

/// One path chart per panel, each spec.width x spec.height, all with the
/// same window, canvas size and contour levels (spec.title is not used:
/// each panel has its own).
std::vector<std::string> draw_path_panels(const std::vector<PathPanel>& panels,
                                          const std::function<double(double, double)>& f,
                                          const PathChartSpec& spec);

}  // namespace gd
