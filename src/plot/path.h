#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "descent.h"
#include "plot/chart.h"

namespace gd {

/// An iterate as a path chart shows it: one or two of its coordinates.
struct PathPoint {
  std::uint64_t step = 0;
  double u = 0, v = 0;  ///< the chosen coordinates (v unused with one)
  double f = 0;
};

/// Keeps the iterates of a run in the chosen coordinates, in bounded
/// memory: every step while there are at most `capacity`, then steps k with
/// k mod s in {0, 1} for a stride s that doubles as needed, so that each
/// kept step keeps its successor and a zigzag stays a zigzag. The last row
/// is always kept, with its whole point (where f is sliced).
class PathRecorder : public Observer {
 public:
  explicit PathRecorder(std::vector<std::size_t> coordinates, std::size_t capacity = 1 << 13);
  bool on_row(const Row& row) override;

  /// The kept iterates in step order, ending with the last row.
  std::vector<PathPoint> points() const;
  /// The last row's whole point.
  const std::vector<double>& last_point() const { return last_x_; }

 private:
  PathPoint pick(const Row& row) const;

  std::vector<std::size_t> coordinates_;
  std::size_t capacity_;
  std::uint64_t stride_ = 1;
  std::vector<PathPoint> kept_;
  std::optional<PathPoint> last_;
  std::vector<double> last_x_;
};

/// A path with the name its legend shows.
struct NamedPath {
  std::string name;
  std::vector<PathPoint> points;
};

struct PathChartSpec {
  std::string title;
  int width = 80, height = 24;  ///< the whole chart, in cells; at least 20 x 5
  Style style;
  std::vector<std::string> axis_names;                  ///< the chosen variables: one or two
  std::optional<std::pair<double, double>> xlim, ylim;  ///< windows; else framing the paths
  std::vector<std::string> notes;                       ///< lines under the legend
};

/// The paths over a contour map of f(u, v): a window that frames every
/// path with a margin (unless xlim/ylim say otherwise), widened so that a
/// unit is as long across as down on a terminal (cells are twice as tall as
/// wide), contours evenly or log-spaced, start and ends marked.
std::string draw_path_chart(const std::vector<NamedPath>& paths,
                            const std::function<double(double, double)>& f,
                            const PathChartSpec& spec);

/// The curve f(u) over a window framing the iterates, with them marked on it.
std::string draw_curve_chart(const std::vector<NamedPath>& paths,
                             const std::function<double(double)>& f, const PathChartSpec& spec);

}  // namespace gd
