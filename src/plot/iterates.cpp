#include "plot/iterates.h"

#include <algorithm>
#include <cmath>

namespace gd {

namespace {

// The tolerance's fraction of the box: a pixel of a 1000-column braille
// canvas is 1/2000 of its window, and the window is wider than the box.
constexpr double kResolution = 4096;

bool finite(const PathPoint& p) { return std::isfinite(p.u) && std::isfinite(p.v); }

}  // namespace

PathTrace::PathTrace(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 4)) {}

std::pair<double, double> PathTrace::tolerance() const {
  if (low_u_ > high_u_) return {0, 0};
  // Half sides, which cannot overflow: the side over 4096 is half over 2048.
  // Each axis its own: a chart may scale them apart ("not to scale"), and a
  // pixel is then a 4096th of each side. A side of (nearly) nothing takes a
  // billionth of the other, so that rounding noise is not kept point by point.
  const double u = high_u_ / 2 - low_u_ / 2, v = high_v_ / 2 - low_v_ / 2;
  const double floor = std::max(u, v) * 1e-9;
  const double scale = coarsening_ / (kResolution / 2);
  return {std::max(u, floor) * scale, std::max(v, floor) * scale};
}

/// Whether `to` is worth keeping after `from`: farther than the tolerance
/// in either coordinate, or where the line breaks or resumes.
bool PathTrace::apart(const PathPoint& from, const PathPoint& to,
                      std::pair<double, double> tolerance) const {
  if (!finite(from) || !finite(to)) return finite(from) != finite(to);
  return std::abs(to.u - from.u) > tolerance.first || std::abs(to.v - from.v) > tolerance.second;
}

void PathTrace::add(const PathPoint& point) {
  if (finite(point)) {
    low_u_ = std::min(low_u_, point.u), high_u_ = std::max(high_u_, point.u);
    low_v_ = std::min(low_v_, point.v), high_v_ = std::max(high_v_, point.v);
  }
  last_ = point;
  if (!kept_.empty() && !apart(kept_.back(), point, tolerance())) return;
  kept_.push_back(point);
  if (kept_.size() >= capacity_) thin();  // with the last one: at most the capacity
}

/// Doubles the tolerance and thins the kept iterates by it until at most
/// half of the capacity are left: each thinning is paid for by the
/// capacity / 2 iterates kept before the next.
void PathTrace::thin() {
  for (int round = 0; kept_.size() > capacity_ / 2 && round < 64; ++round) {
    coarsening_ *= 2;
    const auto tolerance = this->tolerance();
    std::vector<PathPoint> thinned{kept_.front()};
    for (std::size_t i = 1; i < kept_.size(); ++i)
      if (apart(thinned.back(), kept_[i], tolerance)) thinned.push_back(kept_[i]);
    kept_ = std::move(thinned);
  }
  // Breaks alternating with values do not thin: every other one goes.
  if (kept_.size() >= capacity_) {
    std::vector<PathPoint> halved;
    for (std::size_t i = 0; i < kept_.size(); i += 2) halved.push_back(kept_[i]);
    kept_ = std::move(halved);
  }
}

std::vector<PathPoint> PathTrace::points() const {
  std::vector<PathPoint> points = kept_;
  if (last_ && (points.empty() || points.back().step != last_->step)) points.push_back(*last_);
  return points;
}

std::pair<double, double> window(const std::vector<double>& values,
                                 const std::optional<std::pair<double, double>>& fixed) {
  if (fixed) return drawable_range(fixed->first, fixed->second);
  double low = HUGE_VAL, high = -HUGE_VAL;
  for (double v : values)
    if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
  if (low > high) return {-1.0, 1.0};
  const double half = half_span(low, high);
  const double margin = half == 0.0 ? std::abs(low) / 2 : half / 5;
  return drawable_range(low - margin, high + margin);
}

std::string glyph(bool ascii, const char* unicode, const char* plain) {
  return ascii ? plain : unicode;
}

std::vector<LegendEntry> path_legend(const std::vector<NamedPath>& paths) {
  std::vector<LegendEntry> legend{{"o", kNoColor, "start"}};
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const SeriesLook look = series_look(paths[i].series);
    legend.push_back({look.marker, look.color, paths.size() == 1 ? "end" : paths[i].name});
  }
  return legend;
}

void mark_ends(Canvas& canvas, const std::vector<NamedPath>& paths, const PointPixel& pixel) {
  for (std::size_t i = paths.size(); i-- > 0;) {
    if (paths[i].points.empty()) continue;
    const auto [ex, ey] = pixel(paths[i].points.back());
    const SeriesLook look = series_look(paths[i].series);
    canvas.mark(ex, ey, look.marker, look.color);
  }
  for (const auto& path : paths) {
    if (path.points.empty()) continue;
    const auto [sx, sy] = pixel(path.points.front());
    canvas.mark(sx, sy, "o");
  }
}

}  // namespace gd
