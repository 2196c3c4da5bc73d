#include "plot/path.h"

#include <algorithm>
#include <cmath>

namespace gd {
namespace {

constexpr int kLevels = 8;
// Contour colours, low to high: blue through teal and green to olive.
constexpr int kLevelColors[kLevels] = {25, 31, 37, 72, 107, 143, 179, 180};

/// Widens a window about its middle to `half` either side.
std::pair<double, double> widen(std::pair<double, double> w, double half) {
  const double middle = w.first / 2 + w.second / 2;
  return drawable_range(middle - half, middle + half);
}

/// Lines between consecutive finite points of each path.
void draw_paths(Canvas& canvas, const std::vector<NamedPath>& paths, const PointPixel& pixel) {
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Pen pen(canvas, series_look(paths[i].series).color);
    for (const auto& point : paths[i].points) {
      const auto [x, y] = pixel(point);
      pen.to(x, y);
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
  d.x = {fit.x,
         axis_ticks(fit.x, fit.cols, pixels_per_col(spec.style.charset), fit.cols / 9, false, true),
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

std::vector<std::string> draw_path_panels(const std::vector<PathPanel>& panels,
                                          const std::function<double(double, double)>& f,
                                          const PathChartSpec& spec) {
  std::vector<double> us, vs;
  for (const auto& panel : panels)
    for (const auto& path : panel.paths)
      for (const auto& p : path.points) us.push_back(p.u), vs.push_back(p.v);
  PathChartSpec shared = spec;
  shared.xlim = window(us, spec.xlim);
  shared.ylim = window(vs, spec.ylim);
  std::vector<std::string> charts;
  for (const auto& panel : panels) {
    shared.title = panel.title;
    charts.push_back(draw_path_chart(panel.paths, f, shared));
  }
  return charts;
}

}  // namespace gd
