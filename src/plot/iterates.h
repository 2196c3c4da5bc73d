#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "plot/frame.h"

namespace gd {

// The iterates a path or curve chart shows, and the parts both charts draw
// them with.

/// An iterate as a path chart shows it: one or two of its coordinates.
struct PathPoint {
  std::uint64_t step = 0;
  double u = 0, v = 0;  ///< the chosen coordinates (v unused with one)
  double f = 0;
};

/// The iterates of a run in bounded memory, thinned by where they are
/// rather than by their step: an iterate is kept when it lies farther than
/// a tolerance from the one kept before it (in either coordinate), so a
/// run that converges keeps the early swings where it moves, and the still
/// tail costs nothing. The tolerance is 1/4096 of each side of the box
/// around the iterates seen so far, along that side: under a pixel on any canvas up to
/// about 1000 columns (the chart's window frames the whole path, and that
/// box only grows). When more than `capacity` are kept, the tolerance
/// doubles and the kept ones are thinned again by it, as many times as it
/// takes to keep at most half. The first and the last iterates are always
/// kept, and so are the first non-finite iterate after finite ones and the
/// first finite one after (where the line breaks and resumes). The same iterates give the same
/// points whatever the number of steps after them.
class PathTrace {
 public:
  explicit PathTrace(std::size_t capacity = 1 << 13);
  /// The iterate at the next step.
  void add(const PathPoint& point);
  /// The kept iterates in step order, ending with the last one added.
  std::vector<PathPoint> points() const;
  /// How many are kept now, the last one included.
  std::size_t kept() const {
    return kept_.size() + (last_ && (kept_.empty() || kept_.back().step != last_->step) ? 1 : 0);
  }

 private:
  std::pair<double, double> tolerance() const;  // along u and v
  bool apart(const PathPoint& from, const PathPoint& to, std::pair<double, double> tolerance) const;
  void thin();

  std::size_t capacity_;
  double coarsening_ = 1;  // the tolerance's multiple, doubled at each thinning
  double low_u_ = HUGE_VAL, high_u_ = -HUGE_VAL, low_v_ = HUGE_VAL, high_v_ = -HUGE_VAL;
  std::vector<PathPoint> kept_;
  std::optional<PathPoint> last_;
};

/// A path with the name its legend shows and its run's series (its
/// colour and marker in every chart).
struct NamedPath {
  std::string name;
  std::vector<PathPoint> points;
  std::size_t series = 0;
};

/// What a path chart draws under the paths (--map): contour lines, f
/// shaded cell by cell, or nothing.
enum class MapStyle { contours, shade, none };

struct PathChartSpec : ChartSpec {
  MapStyle map = MapStyle::contours;
  std::size_t f_cost = 1;  ///< work per call of f (bytecode tokens), bounding the map's samples
  std::vector<std::string> axis_names;                  ///< the chosen variables: one or two
  std::optional<std::pair<double, double>> xlim, ylim;  ///< windows; else framing the paths
  std::vector<std::string> notes;                       ///< lines under the legend
};

/// [low, high] framing the finite values with a 10% margin each side (a
/// single value: half its size), or `fixed` when given; drawable either way.
std::pair<double, double> window(const std::vector<double>& values,
                                 const std::optional<std::pair<double, double>>& fixed);

/// `unicode`, or `plain` with the ascii charset.
std::string glyph(bool ascii, const char* unicode, const char* plain);

/// The legend both charts begin with: the start, then each path's end.
std::vector<LegendEntry> path_legend(const std::vector<NamedPath>& paths);

/// Where an iterate lands on the canvas, in pixels.
using PointPixel = std::function<std::pair<double, double>(const PathPoint&)>;

/// Marks each path's end with its series' marker, then the starts ("o").
void mark_ends(Canvas& canvas, const std::vector<NamedPath>& paths, const PointPixel& pixel);

/// Pixels for values: x from the left, y from the top.
struct PixelMap {
  Scale x, y;
  int width, height;
  std::pair<double, double> operator()(double u, double v) const {
    return {pixel_of(x, u, width), pixel_from_top(y, v, height)};
  }
};

}  // namespace gd
