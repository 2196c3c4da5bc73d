#include "plot/grid.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "plot/canvas.h"
#include "plot/frame.h"

namespace gd {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// `line` in at most `width` columns: the code points beyond cut off,
/// escape codes kept (and the colour reset when one was cut).
std::string cut_to(const std::string& line, int width) {
  if (display_width(line) <= width) return line;
  std::string kept;
  bool coloured = false;
  int used = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b') {  // an escape sequence, up to its final letter: no columns
      coloured = true;
      while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i])))
        kept += line[i++];
      if (i < line.size()) kept += line[i];
      continue;
    }
    const bool continuation = (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
    if (!continuation && used++ == width) break;
    kept += line[i];
  }
  return coloured ? kept + kResetColor : kept;
}

}  // namespace

TwoCharts arrange_two(int width, int rows, int path_height) {
  TwoCharts two;
  const int half = (rows - 1) / 2;  // a blank line between
  if (half >= path_height) {
    two.arrangement = Arrangement::stacked;
    two.loss = {width, half};
    two.path = {width, rows - 1 - half};
    return two;
  }
  const int tall = std::max(rows, path_height);
  const int left = (width - kChartGap) / 2;
  if (left >= kMinSideWidth) {
    two.arrangement = Arrangement::side_by_side;
    two.loss = {left, tall};
    two.path = {width - kChartGap - left, tall};
    return two;
  }
  two.arrangement = Arrangement::path_alone;
  two.loss = {width, 0};
  two.path = {width, tall};
  return two;
}

PanelGrid arrange_panels(std::size_t count, int width, int rows, int least) {
  const int n = static_cast<int>(std::max<std::size_t>(count, 1));
  const auto panel_width = [&](int columns) {
    return (width - kChartGap * (columns - 1)) / columns;
  };
  int columns = 1;
  while (columns < n && panel_width(columns + 1) >= kMinPanelWidth) ++columns;
  const int grid_rows = (n + columns - 1) / columns;
  while (columns > 1 && (n + columns - 2) / (columns - 1) == grid_rows) --columns;
  PanelGrid grid;
  grid.columns = columns;
  grid.rows = grid_rows;
  grid.panel = {panel_width(columns), std::max(least, (rows - 1) / grid_rows)};
  return grid;
}

std::string join_columns(const std::vector<std::string>& blocks, const std::vector<int>& widths,
                         int gap) {
  std::vector<std::vector<std::string>> split;
  std::size_t height = 0;
  for (const auto& block : blocks) {
    split.push_back(split_lines(block));
    height = std::max(height, split.back().size());
  }
  std::string text;
  for (std::size_t r = 0; r < height; ++r) {
    std::string line;
    int pending = 0;  // spaces owed before the next block's text: none at a line's end
    for (std::size_t b = 0; b < split.size(); ++b) {
      const int width = b < widths.size() ? widths[b] : 0;
      const std::string part = r < split[b].size() ? cut_to(split[b][r], width) : "";
      if (!part.empty())
        line += std::string(static_cast<std::size_t>(pending), ' ') + part, pending = 0;
      pending += std::max(width - display_width(part), 0) + gap;
    }
    text += line + "\n";
  }
  return text;
}

}  // namespace gd
