#include "plot/iterates.h"

#include <algorithm>
#include <cmath>

namespace gd {

PathTrace::PathTrace(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 4)) {}

void PathTrace::add(const PathPoint& point) {
  last_ = point;
  if (stride_ > 1 && point.step % stride_ >= 2) return;
  kept_.push_back(point);
  if (kept_.size() > capacity_) {
    stride_ = stride_ == 1 ? 4 : stride_ * 2;
    kept_.erase(std::remove_if(kept_.begin(), kept_.end(),
                               [&](const PathPoint& p) { return p.step % stride_ >= 2; }),
                kept_.end());
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
