#include "plot/contour.h"

#include <algorithm>
#include <cmath>

namespace gd {

std::pair<int, int> map_resolution(int width, int height, std::size_t cost) {
  const double limit =
      std::min(kMaxMapSamples, kMapWork / static_cast<double>(std::max<std::size_t>(cost, 1)));
  const double pixels = static_cast<double>(width) * height;
  const double shrink = pixels > limit ? std::sqrt(limit / pixels) : 1.0;
  const auto scaled = [&](int n) { return std::max(2, static_cast<int>(n * shrink)); };
  return {scaled(width), scaled(height)};
}

SampleGrid sample_grid(const std::function<double(double, double)>& f, const Scale& x,
                       const Scale& y, int nx, int ny) {
  SampleGrid grid{nx, ny, {}};
  grid.values.reserve(static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny));
  for (int j = 0; j < ny; ++j) {
    const double v = y.value_at(1.0 - static_cast<double>(j) / (ny - 1));
    for (int i = 0; i < nx; ++i) grid.values.push_back(f(x.value_at(double(i) / (nx - 1)), v));
  }
  return grid;
}

double ContourLevels::position(double f) const {
  if (!std::isfinite(f)) return -1;
  // The segments low, levels..., high, each one unit long.
  std::vector<double> bounds{low};
  bounds.insert(bounds.end(), values.begin(), values.end());
  bounds.push_back(high);
  const auto above = std::upper_bound(bounds.begin(), bounds.end(), f);
  if (above == bounds.begin()) return 0;
  if (above == bounds.end()) return static_cast<double>(bounds.size() - 1);
  const double from = *(above - 1), to = *above;
  return static_cast<double>(above - bounds.begin() - 1) + (f - from) / (to - from);
}

namespace {

/// m x 10^e as the double nearest to its decimal (0.03, not 0.030000000000000002).
double decimal(double m, int e) { return e >= 0 ? m * std::pow(10.0, e) : m / std::pow(10.0, -e); }

/// Samples below `v` in sorted samples.
std::size_t count_below(const std::vector<double>& sorted, double v) {
  return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), v) -
                                  sorted.begin());
}

/// Levels at round values above a round `base` at or below the lowest
/// sample (0 for f from 0.03 to 80, so the legend says 0.1 1 10; 50 for f
/// from 50.2 to 60; -1 for f from -0.99 to 2), by decades down to the last
/// that still holds a few samples below it, so the basin has its rings.
std::vector<double> log_levels(const std::vector<double>& sorted, int wanted) {
  const double low = sorted.front(), high = sorted.back();
  const int span_decade = static_cast<int>(std::floor(std::log10(high - low)));
  const double unit = decimal(1, span_decade);
  const double base = low >= 0 && low < unit ? 0.0 : std::floor(low / unit) * unit;
  const std::size_t enough = std::max<std::size_t>(3, sorted.size() / 500);
  const int top = static_cast<int>(std::floor(std::log10(high - base)));
  int bottom = top;
  while (bottom > top - 15 && count_below(sorted, base + decimal(1, bottom - 1)) >= enough)
    --bottom;
  const int decades = top - bottom + 1;
  const std::vector<double> steps = decades >= 5   ? std::vector<double>{1}
                                    : decades >= 3 ? std::vector<double>{1, 3}
                                                   : std::vector<double>{1, 2, 5};
  std::vector<double> levels;
  for (int e = bottom; e <= top; ++e)
    for (double m : steps) {
      const double v = base + decimal(m, e);
      if (v > low && v < high && count_below(sorted, v) >= enough) levels.push_back(v);
    }
  // Too many decades: every other one, keeping the lowest (the basin).
  const std::size_t stride = (levels.size() + static_cast<std::size_t>(wanted) + 1) /
                             (static_cast<std::size_t>(wanted) + 2);
  std::vector<double> kept;
  for (std::size_t i = 0; i < levels.size(); i += std::max<std::size_t>(stride, 1))
    kept.push_back(levels[i]);
  return kept;
}

/// Evenly spaced round levels: multiples of 1, 2 or 5 times a power of ten.
std::vector<double> linear_levels(double low, double high, int wanted) {
  const double raw = (high - low) / wanted;
  const double decade = std::pow(10.0, std::floor(std::log10(raw)));
  double step = decade * 10;
  for (double m : {1.0, 2.0, 5.0})
    if (m * decade >= raw) {
      step = m * decade;
      break;
    }
  // Counted, not stepped: near 1e16 a step of one ulp would never end.
  std::vector<double> levels;
  const double first = std::floor(low / step) * step;
  for (int i = 1; i <= 4 * wanted; ++i) {
    const double v = first + i * step;
    if (v >= high) break;
    if (v > low) levels.push_back(v);
  }
  return levels;
}

}  // namespace

ContourLevels contour_levels(std::vector<double> samples, bool basin, int wanted) {
  samples.erase(
      std::remove_if(samples.begin(), samples.end(), [](double v) { return !std::isfinite(v); }),
      samples.end());
  ContourLevels levels;
  if (samples.empty()) return levels;
  std::sort(samples.begin(), samples.end());
  levels.low = samples.front(), levels.high = samples.back();
  const double span = levels.high - levels.low;
  if (!(span > 0) || !std::isfinite(span)) return levels;  // flat, or overflowing: no contours
  levels.log = basin || (samples[samples.size() / 10] - levels.low) * 100 < span;
  levels.values =
      levels.log ? log_levels(samples, wanted) : linear_levels(levels.low, levels.high, wanted);
  return levels;
}

bool has_basin(const SampleGrid& grid) {
  double lowest = HUGE_VAL;
  bool inside = false;
  for (int j = 0; j < grid.ny; ++j)
    for (int i = 0; i < grid.nx; ++i)
      if (const double v = grid.at(i, j); v < lowest) {
        lowest = v;
        inside = i > 0 && j > 0 && i + 1 < grid.nx && j + 1 < grid.ny;
      }
  return inside;
}

void trace_contour(const SampleGrid& grid, double level,
                   const std::function<void(double, double, double, double)>& segment) {
  for (int j = 0; j + 1 < grid.ny; ++j)
    for (int i = 0; i + 1 < grid.nx; ++i) {
      // Corners clockwise from the top left, and where the level crosses
      // each edge after them (top, right, bottom, left).
      const double v[4] = {grid.at(i, j), grid.at(i + 1, j), grid.at(i + 1, j + 1),
                           grid.at(i, j + 1)};
      if (!(std::isfinite(v[0]) && std::isfinite(v[1]) && std::isfinite(v[2]) &&
            std::isfinite(v[3])))
        continue;
      const double cx[4] = {double(i), double(i + 1), double(i + 1), double(i)};
      const double cy[4] = {double(j), double(j), double(j + 1), double(j + 1)};
      bool above[4];
      for (int k = 0; k < 4; ++k) above[k] = v[k] >= level;
      double ex[4], ey[4];
      int crossed[4], count = 0;
      for (int k = 0; k < 4; ++k) {
        const int next = (k + 1) % 4;
        if (above[k] == above[next]) continue;
        const double t = (level - v[k]) / (v[next] - v[k]);
        ex[k] = cx[k] + t * (cx[next] - cx[k]), ey[k] = cy[k] + t * (cy[next] - cy[k]);
        crossed[count++] = k;
      }
      if (count == 2) {
        segment(ex[crossed[0]], ey[crossed[0]], ex[crossed[1]], ey[crossed[1]]);
      } else if (count == 4) {
        // A saddle: the centre's side decides which corners the lines cut off.
        const bool centre = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
        const int cut = centre == above[0] ? 1 : 0;  // corners cut and cut + 2
        for (int c : {cut, cut + 2}) {
          const int before = (c + 3) % 4;  // corner c lies between edges c - 1 and c
          segment(ex[before], ey[before], ex[c], ey[c]);
        }
      }
    }
}

}  // namespace gd
