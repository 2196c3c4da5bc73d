#include "plot/curve.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gd {

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
  d.notes = spec.notes;
  const Layout layout = lay_out(d, {x, spec.axis_names.at(0), [](int cols) { return cols / 9; }},
                                {y, "f", [](int rows) { return std::max(rows / 3, 3); }},
                                spec.width, spec.height, spec.style);

  Canvas canvas(layout.canvas_cols, layout.canvas_rows, charset);
  const PixelMap map{x, y, canvas.pixel_width(), canvas.pixel_height()};
  Pen pen(canvas, kNoColor);
  for (const auto& [u, v] : curve) {
    const auto [px, py] = map(u, v);
    // Only a value that is not finite breaks the curve; a finite one too
    // far off a --ylim to have a pixel is passed through, drawing nothing.
    if (std::isfinite(v) && !std::isfinite(py))
      pen.move(px, py);
    else
      pen.to(px, py);
  }
  std::size_t next = 0;  // marks are in path order
  std::vector<NamedPath> on_curve = paths;
  for (std::size_t i = 0; i < paths.size(); ++i)
    for (auto& p : on_curve[i].points) {
      p.f = marks[next++].second;
      const auto [px, py] = map(p.u, p.f);
      canvas.mark(px, py, glyph(ascii, "•", "."), series_look(paths[i].series).color);
    }
  mark_ends(canvas, on_curve, [&](const PathPoint& p) { return map(p.u, p.f); });
  return frame(canvas, d, layout, spec.width, spec.style);
}

}  // namespace gd
