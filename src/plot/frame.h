#pragma once

#include <functional>
#include <string>
#include <vector>

#include "plot/canvas.h"
#include "plot/scale.h"

namespace gd {

/// How a chart is drawn, whatever it shows.
struct Style {
  Charset charset = Charset::braille;
  bool color = false;  ///< escape codes; without them the text holds none
};

/// What every kind of chart is given: a title, a size, a style.
struct ChartSpec {
  std::string title;
  int width = 80, height = 24;  ///< the whole chart, in cells; at least 20 x 5
  Style style;
};

/// What a series looks like: a colour and a one-column marker.
struct SeriesLook {
  int color;
  std::string marker;
};
/// The look of the i-th series: distinct for the first 8, then repeating.
SeriesLook series_look(std::size_t i);

/// An entry of the legend: a marker in a colour, then a name.
struct LegendEntry {
  std::string marker;
  int color = kNoColor;
  std::string name;
};

/// An axis around the canvas: its scale, ticks and name.
struct Axis {
  Scale scale;
  std::vector<Tick> ticks;
  std::string label;
};

/// Everything around a canvas.
struct Decorations {
  std::string title;  ///< centred above; shortened in the middle to fit
  Axis x, y;
  std::vector<LegendEntry> legend;  ///< one line below the x axis
  std::vector<std::string> notes;   ///< lines below the legend
};

/// How a width x height chart divides into the canvas and the lines around
/// it. The canvas gets what the title, axes, legend and notes leave, and at
/// least kMinPlotRows rows: decorations that do not fit are left out (the
/// title first, then the legend's last lines, then notes from the last);
/// the legend takes at most a quarter of the height.
struct Layout {
  int canvas_cols = 0, canvas_rows = 0;
  int label_width = 0;  ///< y tick labels, right-aligned
  bool title = false;
  int legend = 0;  ///< lines of legend
  int notes = 0;
};
constexpr int kMinChartWidth = 20;
constexpr int kMinChartHeight = 5;
constexpr int kMinPlotRows = 3;

/// Rows for a chart of `height` lines with these decorations, before the y
/// labels are known: the canvas rows, and which lines are kept.
Layout layout_rows(int height, int legend_lines, std::size_t notes);

/// The legend as lines of at most `width` columns: entries ("* name") two
/// spaces apart, wrapped between entries; an entry wider than a line is
/// shortened in the middle. Markers are coloured when the style says so.
std::vector<std::string> legend_lines(const std::vector<LegendEntry>& legend, int width,
                                      const Style& style);
/// The canvas columns left by y labels of `label_width` in `width`.
void layout_cols(Layout& layout, int width, int label_width);

/// The widest of the labels of `ticks`.
int label_width(const std::vector<Tick>& ticks);

/// An axis to lay out: its scale and name, and how many ticks it wants
/// along `slots` rows or columns.
struct AxisPlan {
  Scale scale;
  std::string label;
  std::function<int(int slots)> wanted;
  bool whole = false;  ///< ticks at whole numbers only (steps)
};

/// Lays out a chart of width x height around `d`'s legend and notes, in
/// the order every chart needs: the legend and notes take their lines, the
/// y ticks the canvas rows left, their labels a width, and the x ticks the
/// columns left. Fills d.x and d.y.
Layout lay_out(Decorations& d, const AxisPlan& x, const AxisPlan& y, int width, int height,
               const Style& style);

/// The canvas with its decorations, as lines of at most `width` columns:
/// the title, y labels and axis with tick marks, the x axis with ticks and
/// labels and the x axis's name at its right end, the legend and notes.
std::string frame(const Canvas& canvas, const Decorations& decorations, const Layout& layout,
                  int width, const Style& style);

/// Columns `text` takes on a terminal: code points, less escape sequences.
int display_width(const std::string& text);
/// `text` in at most `width` columns, with the middle replaced by "…" (or
/// "..." in ascii) when it is too long; the cut never splits a number (it
/// takes the whole number out instead). Colour codes stay in a text that
/// fits, and are dropped from one that is cut.
std::string elide_middle(const std::string& text, int width, bool ascii);
/// `head` and `items` joined by ", ", as many as fit in `width` columns,
/// the rest counted at an item's end: "at x3 = 0.5, x4 = 1.2, … (+12 more)".
std::string join_fitting(const std::string& head, const std::vector<std::string>& items, int width,
                         bool ascii);

}  // namespace gd
