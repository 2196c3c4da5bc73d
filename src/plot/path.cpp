#include "plot/path.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "plot/contour.h"

namespace gd {
namespace {

// Contour colours, low to high: muted slate through teal and sage to tan
// and rose, of middle lightness so that each reads on black and on white,
// and greyer than every series' colour, so that a path stands out.
constexpr int kLevelColors[] = {60, 67, 66, 65, 101, 137, 131, 132};
constexpr int kColorCount = sizeof kLevelColors / sizeof kLevelColors[0];
// Shades of f, low to high, one cell each: the lowest blank, so that a
// basin is open ground for the path; none is a run's marker (* + x # % & $
// =), the start's o, or a stroke of an ASCII path (' - _ | :).
constexpr const char* kShades = " .,;~!iIHM";
constexpr int kShadeCount = 10;
// Equal aspect unless it would leave the path a fifth of the canvas or
// less across its narrow side: the scales then differ, and a note says so.
constexpr double kMaxStretch = 5;

/// The colour of position `t` in [0, 1] along the ramp.
int ramp_color(double t) {
  return kLevelColors[std::clamp(static_cast<int>(t * kColorCount), 0, kColorCount - 1)];
}

/// Widens a window about its middle to `half` either side.
std::pair<double, double> widen(std::pair<double, double> w, double half) {
  const double middle = w.first / 2 + w.second / 2;
  return drawable_range(middle - half, middle + half);
}

/// The box around the finite points of some paths.
struct Box {
  double u_low = HUGE_VAL, u_high = -HUGE_VAL, v_low = HUGE_VAL, v_high = -HUGE_VAL;
  void add(const NamedPath& path) {
    for (const auto& p : path.points) {
      if (!std::isfinite(p.u) || !std::isfinite(p.v)) continue;
      u_low = std::min(u_low, p.u), u_high = std::max(u_high, p.u);
      v_low = std::min(v_low, p.v), v_high = std::max(v_high, p.v);
    }
  }
};

/// How far a path roams: the larger half side of its finite points' box.
double reach(const NamedPath& path) {
  Box box;
  box.add(path);
  if (box.u_low > box.u_high) return 0;
  return std::max(half_span(box.u_low, box.u_high), half_span(box.v_low, box.v_high));
}

/// The paths a window frames: all, unless some roam over kRoaming times as
/// far as the middle one (a run that ran away while the others converged):
/// those cross the window's edge, and `left` names them, so that the
/// others are not squashed into a corner.
constexpr double kRoaming = 20;
std::vector<const NamedPath*> framed(const std::vector<const NamedPath*>& paths,
                                     std::vector<std::string>& left) {
  std::vector<double> reaches;
  for (const NamedPath* path : paths) reaches.push_back(reach(*path));
  std::vector<double> sorted = reaches;
  std::sort(sorted.begin(), sorted.end());
  const double middle = sorted.empty() ? 0 : sorted[(sorted.size() - 1) / 2];
  if (paths.size() < 2 || !(middle > 0)) return paths;
  std::vector<const NamedPath*> kept;
  for (std::size_t i = 0; i < paths.size(); ++i)
    if (reaches[i] > kRoaming * middle)
      left.push_back(paths[i]->name);
    else
      kept.push_back(paths[i]);
  return kept;
}

/// The windows that frame every path with a margin, and the region around
/// each path's end (a fifth of each span either side), so that a
/// minimum the path ends at is never on the edge. Limits given win.
std::pair<std::pair<double, double>, std::pair<double, double>> frame_paths(
    const std::vector<const NamedPath*>& paths, const PathChartSpec& spec) {
  std::vector<double> us, vs;
  for (const NamedPath* path : paths)
    for (const auto& p : path->points) us.push_back(p.u), vs.push_back(p.v);
  const auto [u_low, u_high] = window(us, std::nullopt);
  const auto [v_low, v_high] = window(vs, std::nullopt);
  const double u_room = half_span(u_low, u_high) / 2.5, v_room = half_span(v_low, v_high) / 2.5;
  for (const NamedPath* path : paths) {
    if (path->points.empty()) continue;
    const PathPoint& end = path->points.back();
    us.insert(us.end(), {end.u - u_room, end.u + u_room});
    vs.insert(vs.end(), {end.v - v_room, end.v + v_room});
  }
  return {window(us, spec.xlim), window(vs, spec.ylim)};
}

/// The windows and canvas size of a path chart: the framed windows, the
/// free one widened (or the canvas narrowed, when both are fixed) so that
/// a unit takes 2 columns per row, as terminal cells are twice as tall as
/// wide; or, when that would squash the paths (kMaxStretch), both as
/// framed. The y labels' width decides the columns, which decide the
/// window, which decides the labels: twice round settles it.
struct Fit {
  Scale x, y;
  std::vector<Tick> y_ticks;
  int cols = 0, rows = 0;
  double stretch = 1;  ///< how much longer a unit is down than across, when not 1
};

/// How many times longer a unit would be down than across, unwidened.
double unit_ratio(std::pair<double, double> x, std::pair<double, double> y, int cols, int rows) {
  const double across = cols / 2.0 / half_span(x.first, x.second);
  const double down = rows / half_span(y.first, y.second);
  return down / across;
}

Fit fit_window(std::pair<double, double> wx, std::pair<double, double> wy,
               const PathChartSpec& spec, Layout& layout, bool equal) {
  constexpr int kMinCols = 8;
  const int per_row = pixels_per_row(spec.style.charset);
  Fit fit;
  int labels = 6;
  for (int pass = 0; pass < 2; ++pass) {
    layout_cols(layout, spec.width, labels);
    fit.cols = layout.canvas_cols, fit.rows = layout.canvas_rows;
    auto x = wx, y = wy;
    const double ratio = unit_ratio(x, y, fit.cols, fit.rows);
    const double x_half = half_span(x.first, x.second), y_half = half_span(y.first, y.second);
    if (!equal) {
      fit.stretch = ratio;
    } else if (ratio < 1) {  // across is longer: more x fits, or fewer columns
      if (!spec.xlim)
        x = widen(x, x_half / ratio);
      else
        fit.cols = std::max(kMinCols, static_cast<int>(std::lround(fit.cols * ratio)));
    } else if (ratio > 1) {
      if (!spec.ylim)
        y = widen(y, y_half * ratio);
      else
        fit.rows = std::max(kMinPlotRows, static_cast<int>(std::lround(fit.rows / ratio)));
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

/// Whether the paths are drawn to scale: unless both windows are free of
/// limits, hold paths that move along both axes, and would leave the paths
/// squashed (judged on a canvas of the chart's size less its decorations).
bool to_scale(std::pair<double, double> x, std::pair<double, double> y,
              const std::vector<const NamedPath*>& paths, const PathChartSpec& spec) {
  if (spec.xlim || spec.ylim) return true;
  Box box;
  for (const NamedPath* path : paths) box.add(*path);
  if (!(box.u_high > box.u_low) || !(box.v_high > box.v_low))
    return true;  // a line or a point: widen around it
  const double ratio = unit_ratio(x, y, spec.width - 10, spec.height - 4);
  return std::max(ratio, 1 / ratio) <= kMaxStretch;
}

/// What every panel of a picture shares: the layout, window and axes, f
/// sampled once over the window, the levels, the notes.
struct PathMap {
  Layout layout;
  Fit fit;
  SampleGrid grid;
  ContourLevels levels;
  std::vector<std::string> notes;
  std::optional<Canvas> drawn;  ///< the map drawn once, under every panel's paths
};

/// The levels as text, each with the fewest significant digits (at least
/// 3) that tell every level from the next, in one notation for all (as an
/// axis has): whole numbers plain while every level is under 10^7 (1000,
/// not 1e+03), else %g throughout (1e+05, 1e+07; 1.000000000000001e+18).
std::vector<std::string> distinct_labels(const std::vector<double>& values) {
  const bool plain = std::all_of(values.begin(), values.end(), [](double v) {
    return std::abs(v) < 1e7 && (std::round(v) != v || v == 0 || std::abs(v) >= 1);
  });
  std::vector<std::string> labels;
  for (int digits = 3; digits <= 17; ++digits) {
    labels.clear();
    for (double v : values)
      labels.push_back(plain && std::round(v) == v ? fmt::format("{:.0f}", v)
                                                   : fmt::format("{:.{}g}", v, digits));
    if (std::adjacent_find(labels.begin(), labels.end()) == labels.end()) break;
  }
  return labels;
}

/// The line that says what the map shows, in `width` columns: every level
/// when they fit, else the lowest and highest and how many.
std::string map_note(const ContourLevels& levels, MapStyle map, int width) {
  const std::string spacing = levels.log ? "log" : "linear";
  if (map == MapStyle::shade)
    return fmt::format("shade \"{}\" = f from {:.3g} to {:.3g} ({})", kShades, levels.low,
                       levels.high, spacing);  // the samples' ends: not round, 3 digits
  if (levels.values.empty())
    return fmt::format("no contours: f is within {:.3g} and {:.3g}", levels.low, levels.high);
  const std::vector<std::string> values = distinct_labels(levels.values);
  const std::string all = fmt::format("{}", fmt::join(values, ", "));
  const std::string ends = fmt::format("{} to {}", values.front(), values.back());
  for (const std::string& note :
       {"contours (dotted) at f = " + all, "contours at f = " + all,
        fmt::format("contours at f = {} ({} levels, {})", ends, values.size(), spacing)})
    if (display_width(note) <= width) return note;
  return fmt::format("{} contours, f = {}", values.size(), ends);
}

/// The line that says the scales differ, and by how much (the number is
/// never cut: a narrow chart gets the short form).
std::string scale_note(double stretch, const std::vector<std::string>& names, int width) {
  const std::string x = names.at(0), y = names.size() > 1 ? names[1] : "y";
  const bool taller = stretch > 1;
  const double times = taller ? stretch : 1 / stretch;
  const std::string factor =
      times >= 10 ? fmt::format("{:.0f}", times) : fmt::format("{:.2g}", times);
  const std::string note = fmt::format("not to scale: {} drawn {} times as long as {}",
                                       taller ? y : x, factor, taller ? x : y);
  return display_width(note) <= width
             ? note
             : fmt::format("{} x{} vs {}", taller ? y : x, factor, taller ? x : y);
}

PathMap make_map(const std::vector<const NamedPath*>& paths,
                 const std::function<double(double, double)>& f, const PathChartSpec& spec,
                 int legend_lines) {
  std::vector<std::string> roaming;
  const std::vector<const NamedPath*> inside =
      spec.xlim || spec.ylim ? paths : framed(paths, roaming);
  const auto [wx, wy] = frame_paths(inside, spec);
  const bool equal = to_scale(wx, wy, inside, spec);
  PathMap map;
  // The notes: what the map shows, whether it is to scale, then the spec's.
  const bool drawn = spec.map != MapStyle::none;
  if (drawn) map.notes.emplace_back();
  if (!equal) map.notes.emplace_back();
  if (!roaming.empty())
    map.notes.push_back(join_fitting("the window leaves out the far path of ", roaming, spec.width,
                                     spec.style.charset == Charset::ascii));
  map.notes.insert(map.notes.end(), spec.notes.begin(), spec.notes.end());
  map.layout = layout_rows(spec.height, legend_lines, map.notes.size());
  map.fit = fit_window(wx, wy, spec, map.layout, equal);
  if (!equal) map.notes[drawn ? 1 : 0] = scale_note(map.fit.stretch, spec.axis_names, spec.width);
  const Canvas& shape = map.drawn.emplace(map.fit.cols, map.fit.rows, spec.style.charset);
  if (spec.map == MapStyle::none) return map;
  const auto [nx, ny] = map_resolution(shape.pixel_width(), shape.pixel_height(), spec.f_cost);
  map.grid = sample_grid(f, map.fit.x, map.fit.y, nx, ny);
  // Fewer levels on a small canvas, where rings would crowd.
  const int wanted = std::clamp(map.fit.rows / 2, 3, 8);
  map.levels = contour_levels(map.grid.values, has_basin(map.grid), wanted);
  map.notes.front() = map.levels.high > map.levels.low ? map_note(map.levels, spec.map, spec.width)
                                                       : "f is flat here: no map";
  return map;
}

/// The contour lines, each level in its colour: dotted, or in ASCII (whose
/// cells hold too few pixels for a dotted line) a "." in each cell they
/// cross, so that they never look like a path's - _ | strokes.
void draw_contours(Canvas& canvas, const PathMap& map, bool ascii) {
  const SampleGrid& grid = map.grid;
  const double sx = (canvas.pixel_width() - 1.0) / (grid.nx - 1);
  const double sy = (canvas.pixel_height() - 1.0) / (grid.ny - 1);
  const std::size_t count = map.levels.values.size();
  for (std::size_t k = 0; k < count; ++k) {
    const int color = ramp_color((static_cast<double>(k) + 0.5) / static_cast<double>(count));
    trace_contour(grid, map.levels.values[k], [&](double x0, double y0, double x1, double y1) {
      if (!ascii) return canvas.dotted_line(x0 * sx, y0 * sy, x1 * sx, y1 * sy, color);
      for (double t : {0.0, 0.5, 1.0})
        canvas.mark((x0 + t * (x1 - x0)) * sx, (y0 + t * (y1 - y0)) * sy, ".", color);
    });
  }
}

/// The samples of `n` over a grid of `samples` that fall in cell `cell` of
/// `per_cell` pixels out of `pixels`: [first, last], or the nearest one.
std::pair<int, int> samples_in(int cell, int per_cell, int pixels, int samples) {
  const double scale = (samples - 1.0) / std::max(pixels - 1, 1);
  const int first = static_cast<int>(std::ceil(cell * per_cell * scale));
  const int last = static_cast<int>(std::floor(((cell + 1) * per_cell - 1) * scale));
  if (first <= last) return {first, std::min(last, samples - 1)};
  const int nearest =
      static_cast<int>(std::lround((cell * per_cell + (per_cell - 1) / 2.0) * scale));
  return {nearest, nearest};
}

/// Each cell shaded by the mean position of its samples among the levels.
void draw_shade(Canvas& canvas, const PathMap& map) {
  const double top = static_cast<double>(map.levels.values.size() + 1);
  for (int r = 0; r < canvas.rows(); ++r) {
    const auto [j0, j1] =
        samples_in(r, canvas.pixels_per_row(), canvas.pixel_height(), map.grid.ny);
    for (int c = 0; c < canvas.cols(); ++c) {
      const auto [i0, i1] =
          samples_in(c, canvas.pixels_per_col(), canvas.pixel_width(), map.grid.nx);
      double sum = 0;
      int count = 0;
      for (int j = j0; j <= j1; ++j)
        for (int i = i0; i <= i1; ++i)
          if (const double p = map.levels.position(map.grid.at(i, j)); p >= 0) sum += p, ++count;
      if (count == 0) continue;
      const double t = sum / count / top;
      const int shade = std::clamp(static_cast<int>(t * kShadeCount), 0, kShadeCount - 1);
      if (shade > 0) canvas.put(c, r, std::string(1, kShades[shade]), ramp_color(t));
    }
  }
}

/// The map on its own canvas, once for every panel of the picture.
void draw_map(PathMap& map, const PathChartSpec& spec) {
  if (spec.map == MapStyle::contours)
    draw_contours(*map.drawn, map, spec.style.charset == Charset::ascii);
  if (spec.map == MapStyle::shade && map.levels.high > map.levels.low) draw_shade(*map.drawn, map);
}

/// Lines between consecutive finite points of each path.
void draw_paths(Canvas& canvas, const std::vector<NamedPath>& paths, const PointPixel& pixel) {
  for (const auto& path : paths) {
    Pen pen(canvas, series_look(path.series).color);
    for (const auto& point : path.points) {
      const auto [x, y] = pixel(point);
      pen.to(x, y);
    }
  }
}

/// One chart of the picture: the map, then the paths over it.
std::string draw_panel(const PathMap& map, const std::vector<NamedPath>& paths,
                       const std::string& title, const PathChartSpec& spec) {
  const Fit& fit = map.fit;
  Decorations d;
  d.title = title;
  d.y = {fit.y, fit.y_ticks, spec.axis_names.size() > 1 ? spec.axis_names[1] : "y"};
  d.x = {fit.x,
         axis_ticks(fit.x, fit.cols, pixels_per_col(spec.style.charset), fit.cols / 9, false, true),
         spec.axis_names.at(0)};
  Canvas canvas = *map.drawn;
  Canvas top(fit.cols, fit.rows, spec.style.charset);
  const PixelMap to_pixels{fit.x, fit.y, top.pixel_width(), top.pixel_height()};
  const auto pixel = [&](const PathPoint& p) { return to_pixels(p.u, p.v); };
  draw_paths(top, paths, pixel);
  mark_ends(top, paths, pixel);
  canvas.cover(top);
  d.legend = path_legend(paths);
  d.notes = map.notes;
  return frame(canvas, d, map.layout, spec.width, spec.style);
}

std::vector<const NamedPath*> all_paths(const std::vector<PathPanel>& panels) {
  std::vector<const NamedPath*> all;
  for (const auto& panel : panels)
    for (const auto& path : panel.paths) all.push_back(&path);
  return all;
}

}  // namespace

std::string draw_path_chart(const std::vector<NamedPath>& paths,
                            const std::function<double(double, double)>& f,
                            const PathChartSpec& spec) {
  return draw_path_panels({{spec.title, paths}}, f, spec).front();
}

std::vector<std::string> draw_path_panels(const std::vector<PathPanel>& panels,
                                          const std::function<double(double, double)>& f,
                                          const PathChartSpec& spec) {
  int legend = 0;
  for (const auto& panel : panels)
    legend = std::max(
        legend,
        static_cast<int>(legend_lines(path_legend(panel.paths), spec.width, spec.style).size()));
  PathMap map = make_map(all_paths(panels), f, spec, legend);
  draw_map(map, spec);
  std::vector<std::string> charts;
  for (const auto& panel : panels)
    charts.push_back(draw_panel(map, panel.paths, panel.title, spec));
  return charts;
}

}  // namespace gd
