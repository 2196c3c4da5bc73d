#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace gd {

// Where charts go on a screen: how the loss and path charts share it, the
// grid of path panels, and charts joined side by side.

/// The fewest canvas rows a path chart gets when gd chooses its size: with
/// fewer, a contour map shows no shape and a path's swings flatten into a
/// few strokes. A report may then be taller than the terminal, and scroll.
constexpr int kMinPathRows = 10;
/// The lines a path chart takes around its canvas at most, as gd sizes it:
/// the title, the x axis and its labels, and two lines of legend.
constexpr int kPathFrameLines = 5;
/// The narrowest charts side by side, the narrowest panel, and the columns
/// between charts side by side.
constexpr int kMinSideWidth = 36;
constexpr int kMinPanelWidth = 30;
constexpr int kChartGap = 2;

/// How the loss and path charts share a screen.
enum class Arrangement {
  stacked,       ///< one above the other, a blank line between
  side_by_side,  ///< in the order drawn, kChartGap columns apart, the same height
  path_alone,    ///< the loss chart left out: too few rows, too few columns
};

/// A chart's size in cells.
struct ChartBox {
  int width = 80, height = 24;
};

struct TwoCharts {
  Arrangement arrangement = Arrangement::stacked;
  ChartBox loss, path;
};

/// The loss and path charts in `width` columns and `rows` lines (the blank
/// line between stacked charts included), for a path chart that needs at
/// least `path_height` lines: stacked when half the rows each give it that;
/// else side by side when both get kMinSideWidth columns, as tall as the
/// rows or the path chart needs; else the path chart alone, as tall.
TwoCharts arrange_two(int width, int rows, int path_height);

/// The grid of path panels, one per run.
struct PanelGrid {
  int columns = 1, rows = 1;
  ChartBox panel;
};

/// `count` panels in `width` columns (kChartGap apart) and `rows` lines
/// (a title line above the grid included), each at least `least` lines
/// tall. The fewest rows of panels whose panels get kMinPanelWidth
/// columns, then the fewest columns that keep that many rows (the widest
/// panels); as tall as the rows allow, and never less than `least`.
PanelGrid arrange_panels(std::size_t count, int width, int rows, int least);

/// Rendered charts side by side: line i of the result is line i of each
/// block, each padded to its width (display columns: the blocks hold UTF-8
/// and colour codes), `gap` columns apart; a block with fewer lines is
/// padded with blank ones. No line ends in a space.
std::string join_columns(const std::vector<std::string>& blocks, const std::vector<int>& widths,
                         int gap);

}  // namespace gd
