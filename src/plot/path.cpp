#include "plot/path.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace gd {
namespace {

constexpr int kLevels = 8;
// Contour colours, low to high: blue through teal and green to olive.
constexpr int kLevelColors[kLevels] = {25, 31, 37, 72, 107, 143, 179, 180};

/// [low, high] framing the finite values with a 10% margin each side (a
/// single value: half its size), or `fixed` when given; drawable either way.
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

/// Widens a window about its middle to `half` either side.
std::pair<double, double> widen(std::pair<double, double> w, double half) {
  const double middle = w.first / 2 + w.second / 2;
  return drawable_range(middle - half, middle + half);
}

std::string glyph(bool ascii, const char* unicode, const char* plain) {
  return ascii ? plain : unicode;
}

/// The legend shared by both charts: the start, each path's end.
std::vector<LegendEntry> path_legend(const std::vector<NamedPath>& paths) {
  std::vector<LegendEntry> legend{{"o", kNoColor, "start"}};
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const SeriesLook look = series_look(i);
    legend.push_back({look.marker, look.color, paths.size() == 1 ? "end" : paths[i].name});
  }
  return legend;
}

/// Marks start and end of each path; the first path's start is the start.
void mark_ends(Canvas& canvas, const std::vector<NamedPath>& paths,
               const std::function<std::pair<double, double>(const PathPoint&)>& pixel) {
  for (std::size_t i = paths.size(); i-- > 0;) {
    if (paths[i].points.empty()) continue;
    const auto [ex, ey] = pixel(paths[i].points.back());
    const SeriesLook look = series_look(i);
    canvas.mark(ex, ey, look.marker, look.color);
  }
  for (const auto& path : paths) {
    if (path.points.empty()) continue;
    const auto [sx, sy] = pixel(path.points.front());
    canvas.mark(sx, sy, "o");
  }
}

/// Cell pixels for a value: x from the left, y from the top.
struct PixelMap {
  Scale x, y;
  int width, height;
  std::pair<double, double> operator()(double u, double v) const {
    return {pixel_of(x, u, width), pixel_from_top(y, v, height)};
  }
};

/// Lines between consecutive finite points of each path.
void draw_paths(Canvas& canvas, const std::vector<NamedPath>& paths,
                const std::function<std::pair<double, double>(const PathPoint&)>& pixel) {
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const int color = series_look(i).color;
    std::optional<std::pair<double, double>> previous;
    for (const auto& point : paths[i].points) {
      const auto at = pixel(point);
      if (!std::isfinite(at.first) || !std::isfinite(at.second)) {
        previous.reset();
        continue;
      }
      if (previous)
        canvas.line(previous->first, previous->second, at.first, at.second, color);
      else
        canvas.dot(at.first, at.second, color);
      previous = at;
    }
  }
}

/// Where the contour levels lie for sampled values: evenly spaced, or
/// log-spaced above the minimum when f spans decades.
struct Levels {
  double low = 0, span = 0;
  bool log = false;
  int of(double f) const {
    if (!std::isfinite(f) || span <= 0) return -1;
    double t = (f - low) / span;
    if (log) t = (std::log10(t + 1e-4) + 4) / (std::log10(1 + 1e-4) + 4);
    return std::clamp(static_cast<int>(std::floor(t * kLevels)), 0, kLevels - 1);
  }
};

Levels levels_for(std::vector<double> samples) {
  samples.erase(
      std::remove_if(samples.begin(), samples.end(), [](double v) { return !std::isfinite(v); }),
      samples.end());
  Levels levels;
  if (samples.empty()) return levels;
  const auto [low, high] = std::minmax_element(samples.begin(), samples.end());
  levels.low = *low;
  levels.span = *high - *low;
  if (!std::isfinite(levels.span)) levels.span = 0;  // overflow: no contours rather than garbage
  // Log-spaced when the lowest tenth of the window lies over two decades
  // below the maximum: a valley that even spacing would leave blank.
  auto tenth = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 10);
  std::nth_element(samples.begin(), tenth, samples.end());
  levels.log = (*tenth - levels.low) * 100 < levels.span;
  return levels;
}

/// The windows and canvas size of a path chart: the framed windows, the
/// free ones widened (or the canvas narrowed, when both are fixed) so that
/// a unit takes 2 columns per row, as terminal cells are twice as tall as
/// wide. The y labels' width decides the columns, which decide the window,
/// which decides the labels: twice round settles it.
struct Fit {
  Scale x, y;
  std::vector<Tick> y_ticks;
  int cols = 0, rows = 0;
};

Fit fit_window(std::pair<double, double> wx, std::pair<double, double> wy,
               const PathChartSpec& spec, Layout& layout) {
  constexpr int kMinCols = 8;
  const int per_row = pixels_per_row(spec.style.charset);
  Fit fit;
  int labels = 6;
  for (int pass = 0; pass < 2; ++pass) {
    layout_cols(layout, spec.width, labels);
    fit.cols = layout.canvas_cols, fit.rows = layout.canvas_rows;
    auto x = wx, y = wy;
    const double x_half = half_span(x.first, x.second), y_half = half_span(y.first, y.second);
    const double across = fit.cols / 2.0 / x_half;  // columns per unit
    const double down = fit.rows / y_half;          // column widths per unit (2 per row)
    if (across > down) {
      if (!spec.xlim)
        x = widen(x, fit.cols / 2.0 / down);
      else
        fit.cols = std::max(kMinCols, static_cast<int>(std::lround(2 * x_half * down)));
    } else if (down > across) {
      if (!spec.ylim)
        y = widen(y, fit.rows / across);
      else
        fit.rows = std::max(kMinPlotRows, static_cast<int>(std::lround(y_half * across)));
    }
    fit.x = {x.first, x.second, false};
    fit.y = {y.first, y.second, false};
    fit.y_ticks = axis_ticks(fit.y, fit.rows, per_row, std::max(fit.rows / 3, 3));
    labels = label_width(fit.y_ticks);
  }
  if (labels > layout.label_width) {  // the last labels came out wider: make room
    const int cols = layout.canvas_cols;
    layout_cols(layout, spec.width, labels);
    fit.cols = std::max(1, fit.cols - (cols - layout.canvas_cols));
  }
  layout.canvas_cols = fit.cols;
  layout.canvas_rows = fit.rows;
  return fit;
}

/// Contours of f on the canvas, one glyph per cell: a cell holds one when a
/// neighbour's centre lies on a lower level, which draws each level once,
/// on its upper side. Cells already drawn in (the paths) are left alone.
/// Returns the levels, for the legend.
Levels draw_contours(Canvas& canvas, const std::function<double(double, double)>& f, const Scale& x,
                     const Scale& y, const std::string& glyph) {
  const int cols = canvas.cols(), rows = canvas.rows();
  std::vector<double> centre(static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows));
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c)
      centre[static_cast<std::size_t>(r * cols + c)] =
          f(x.value_at((c + 0.5) / cols), y.value_at(1.0 - (r + 0.5) / rows));
  const Levels levels = levels_for(centre);
  const auto level_at = [&](int r, int c) {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return -1;
    return levels.of(centre[static_cast<std::size_t>(r * cols + c)]);
  };
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      const int level = level_at(r, c);
      bool edge = false;
      for (const auto& [dr, dc] : {std::pair{0, 1}, {0, -1}, {1, 0}, {-1, 0}}) {
        const int other = level_at(r + dr, c + dc);
        edge = edge || (other >= 0 && other < level);
      }
      if (edge) canvas.put_behind(c, r, glyph, kLevelColors[level]);
    }
  return levels;
}

}  // namespace

PathRecorder::PathRecorder(std::vector<std::size_t> coordinates, std::size_t capacity)
    : coordinates_(std::move(coordinates)), capacity_(std::max<std::size_t>(capacity, 4)) {}

PathPoint PathRecorder::pick(const Row& row) const {
  PathPoint point;
  point.step = row.step;
  point.u = coordinates_.size() > 0 ? row.x[coordinates_[0]] : 0.0;
  point.v = coordinates_.size() > 1 ? row.x[coordinates_[1]] : 0.0;
  point.f = row.f;
  return point;
}

bool PathRecorder::on_row(const Row& row) {
  last_ = pick(row);
  last_x_.assign(row.x.begin(), row.x.end());
  if (stride_ > 1 && row.step % stride_ >= 2) return true;
  kept_.push_back(*last_);
  if (kept_.size() > capacity_) {
    stride_ = stride_ == 1 ? 4 : stride_ * 2;
    kept_.erase(std::remove_if(kept_.begin(), kept_.end(),
                               [&](const PathPoint& p) { return p.step % stride_ >= 2; }),
                kept_.end());
  }
  return true;
}

std::vector<PathPoint> PathRecorder::points() const {
  std::vector<PathPoint> points = kept_;
  if (last_ && (points.empty() || points.back().step != last_->step)) points.push_back(*last_);
  return points;
}

std::string draw_path_chart(const std::vector<NamedPath>& paths,
                            const std::function<double(double, double)>& f,
                            const PathChartSpec& spec) {
  const bool ascii = spec.style.charset == Charset::ascii;
  std::vector<double> us, vs;
  for (const auto& path : paths)
    for (const auto& p : path.points) us.push_back(p.u), vs.push_back(p.v);
  // The legend's lines, with the longer of the contours' two entries.
  const std::string dot = glyph(ascii, "·", ".");
  std::vector<LegendEntry> longest = path_legend(paths);
  longest.push_back({dot, kNoColor, "contours of f, log-spaced"});
  Layout layout = layout_rows(
      spec.height, static_cast<int>(legend_lines(longest, spec.width, spec.style).size()),
      spec.notes.size());
  const Fit fit = fit_window(window(us, spec.xlim), window(vs, spec.ylim), spec, layout);

  Decorations d;
  d.title = spec.title;
  d.y = {fit.y, fit.y_ticks, spec.axis_names.size() > 1 ? spec.axis_names[1] : "y"};
  d.x = {fit.x, axis_ticks(fit.x, fit.cols, pixels_per_col(spec.style.charset), fit.cols / 9),
         spec.axis_names.at(0)};
  Canvas canvas(fit.cols, fit.rows, spec.style.charset);
  const PixelMap map{fit.x, fit.y, canvas.pixel_width(), canvas.pixel_height()};
  const auto pixel = [&](const PathPoint& p) { return map(p.u, p.v); };
  draw_paths(canvas, paths, pixel);
  const Levels levels = draw_contours(canvas, f, fit.x, fit.y, dot);
  mark_ends(canvas, paths, pixel);

  d.legend = path_legend(paths);
  if (levels.span > 0)
    d.legend.push_back({dot, kLevelColors[kLevels / 2],
                        levels.log ? "contours of f, log-spaced" : "contours of f"});
  d.notes = spec.notes;
  return frame(canvas, d, layout, spec.width, spec.style);
}

std::string draw_curve_chart(const std::vector<NamedPath>& paths,
                             const std::function<double(double)>& f, const PathChartSpec& spec) {
  const Charset charset = spec.style.charset;
  const bool ascii = charset == Charset::ascii;
  std::vector<double> us;
  for (const auto& path : paths)
    for (const auto& p : path.points) us.push_back(p.u);
  const auto [left, right] = window(us, spec.xlim);
  const Scale x{left, right, false};

  // The curve, sampled about once per pixel column (before the y labels
  // decide the exact width), and the iterates on it: the marks sit on the
  // curve, also when it is a slice of f through the final point.
  const int samples = std::max(spec.width - 8, 2) * pixels_per_col(charset);
  std::vector<std::pair<double, double>> curve, marks;
  for (int i = 0; i < samples; ++i) {
    const double u = x.value_at(static_cast<double>(i) / (samples - 1));
    curve.emplace_back(u, f(u));
  }
  for (const auto& path : paths)
    for (const auto& p : path.points) marks.emplace_back(p.u, f(p.u));
  double low = HUGE_VAL, high = -HUGE_VAL;
  for (const auto& points : {curve, marks})
    for (const auto& [u, v] : points)
      if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
  Scale y = low <= high ? linear_scale(low, high) : linear_scale(0, 0);
  if (spec.ylim) y = linear_scale(spec.ylim->first, spec.ylim->second);

  Decorations d;
  d.title = spec.title;
  d.legend = path_legend(paths);
  d.legend.insert(d.legend.begin() + 1, {glyph(ascii, "•", "."), kNoColor, "iterates"});
  Layout layout = layout_rows(
      spec.height, static_cast<int>(legend_lines(d.legend, spec.width, spec.style).size()),
      spec.notes.size());
  d.y = {y,
         axis_ticks(y, layout.canvas_rows, pixels_per_row(charset),
                    std::max(layout.canvas_rows / 3, 3)),
         "f"};
  layout_cols(layout, spec.width, label_width(d.y.ticks));
  d.x = {x, axis_ticks(x, layout.canvas_cols, pixels_per_col(charset), layout.canvas_cols / 9),
         spec.axis_names.at(0)};

  Canvas canvas(layout.canvas_cols, layout.canvas_rows, charset);
  const PixelMap map{x, y, canvas.pixel_width(), canvas.pixel_height()};
  std::optional<std::pair<double, double>> previous;
  for (const auto& [u, v] : curve) {
    if (!std::isfinite(v)) {
      previous.reset();
      continue;
    }
    const auto at = map(u, v);
    if (previous)
      canvas.line(previous->first, previous->second, at.first, at.second);
    else
      canvas.dot(at.first, at.second);
    previous = at;
  }
  std::size_t next = 0;  // marks are in path order
  std::vector<NamedPath> on_curve = paths;
  for (std::size_t i = 0; i < paths.size(); ++i)
    for (auto& p : on_curve[i].points) {
      p.f = marks[next++].second;
      const auto [px, py] = map(p.u, p.f);
      canvas.mark(px, py, glyph(ascii, "•", "."), series_look(i).color);
    }
  mark_ends(canvas, on_curve, [&](const PathPoint& p) { return map(p.u, p.f); });

  d.notes = spec.notes;
  return frame(canvas, d, layout, spec.width, spec.style);
}

}  // namespace gd
