#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "plot/scale.h"

namespace gd {

// The map under a path chart: f sampled on a grid, the levels of its
// contours, and the contour lines by marching squares.

/// f on an nx x ny grid spanning a window, its corners included (as pixels
/// span a canvas: the first and last at the window's ends); row 0 is the top.
struct SampleGrid {
  int nx = 0, ny = 0;
  std::vector<double> values;  ///< row by row, nx per row
  double at(int i, int j) const {
    return values[static_cast<std::size_t>(j) * static_cast<std::size_t>(nx) +
                  static_cast<std::size_t>(i)];
  }
};

/// How many samples a map of `width` x `height` pixels takes when each
/// call of f costs `cost` units (bytecode tokens): one per pixel, fewer in
/// proportion when that would pass kMaxMapSamples or kMapWork / cost, so
/// that the map's time is bounded whatever the chart's size or f's length.
/// At least 2 x 2.
std::pair<int, int> map_resolution(int width, int height, std::size_t cost);
constexpr double kMaxMapSamples = 1 << 16;
constexpr double kMapWork = 2e7;

/// f sampled once at each grid point over the window x by y.
SampleGrid sample_grid(const std::function<double(double, double)>& f, const Scale& x,
                       const Scale& y, int nx, int ny);

/// The values of f the contours are drawn at, low to high, all strictly
/// between the lowest and highest sample. Log-spaced (1, 2, 5 or 1, 3 or 1
/// per decade above the lowest value, by how many decades hold samples)
/// around a `basin` (the lowest sample inside the window, not on its edge),
/// or when the lowest tenth of the samples lies within a hundredth of the
/// range (a valley): rings that close in on the minimum, where even
/// spacing would leave it empty. Else evenly spaced round values (1, 2, 5
/// times a power of ten), as for a slope or a saddle.
struct ContourLevels {
  std::vector<double> values;
  double low = 0, high = 0;  ///< the samples' range
  bool log = false;
  /// Where f falls from low (0) through each level (1, 2, ...) to high
  /// (values.size() + 1), linearly between them (for shading); -1 when f is
  /// not finite.
  double position(double f) const;
};
ContourLevels contour_levels(std::vector<double> samples, bool basin, int wanted = 8);
/// Whether the grid's lowest finite sample is inside it, not on its edge.
bool has_basin(const SampleGrid& grid);

/// The contour at `level` of a grid, by marching squares: segments in grid
/// coordinates (sample (i, j) at (i, j)), each within one square of four
/// samples; a saddle square is split by its centre's mean. Squares with a
/// sample that is not finite have none.
void trace_contour(const SampleGrid& grid, double level,
                   const std::function<void(double, double, double, double)>& segment);

}  // namespace gd
