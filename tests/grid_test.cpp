#include "plot/grid.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plot/frame.h"
#include "text_lines.h"

namespace gd {
namespace {

// A path chart gd sizes needs 10 canvas rows and 5 lines around them.
constexpr int kPathHeight = 15;

TEST(ArrangeTwo, StackedWhenHalfTheRowsGiveThePathChartEnough) {
  // 200 x 50, one run: the report leaves 37 lines; 18 each and a blank.
  const TwoCharts two = arrange_two(200, 37, kPathHeight);
  EXPECT_EQ(two.arrangement, Arrangement::stacked);
  EXPECT_EQ(two.loss.width, 200);
  EXPECT_EQ(two.loss.height, 18);
  EXPECT_EQ(two.path.height, 18);
}

TEST(ArrangeTwo, SideBySideWhenTheWidthAllowsBoth) {
  // 80 x 24, one run: 11 lines left, too few to stack; 39 columns each.
  const TwoCharts two = arrange_two(80, 11, kPathHeight);
  EXPECT_EQ(two.arrangement, Arrangement::side_by_side);
  EXPECT_EQ(two.loss.width, 39);
  EXPECT_EQ(two.path.width, 39);
  EXPECT_EQ(two.loss.height, kPathHeight);  // as tall as the path chart needs
  EXPECT_EQ(two.path.height, kPathHeight);
  // Taller than it needs: the rows there are.
  EXPECT_EQ(arrange_two(121, 27, kPathHeight).path.height, 27);
  EXPECT_EQ(arrange_two(121, 27, kPathHeight).path.width, 60);  // 121 - 2 - 59
  EXPECT_EQ(arrange_two(74, 11, kPathHeight).arrangement, Arrangement::side_by_side);  // 36 each
}

TEST(ArrangeTwo, ThePathChartAloneWhenNeitherFits) {
  const TwoCharts two = arrange_two(73, 11, kPathHeight);  // 35 columns each: too narrow
  EXPECT_EQ(two.arrangement, Arrangement::path_alone);
  EXPECT_EQ(two.path.width, 73);
  EXPECT_EQ(two.path.height, kPathHeight);
  EXPECT_EQ(arrange_two(60, 7, kPathHeight).arrangement, Arrangement::path_alone);
}

TEST(ArrangePanels, TheFewestRowsThenTheWidestPanels) {
  // Four runs at 80 columns: 39 each in two columns (three would be 25).
  PanelGrid grid = arrange_panels(4, 80, 20, kPathHeight);
  EXPECT_EQ(grid.columns, 2);
  EXPECT_EQ(grid.rows, 2);
  EXPECT_EQ(grid.panel.width, 39);
  EXPECT_EQ(grid.panel.height, kPathHeight);  // 19 / 2 is too few
  // 120: three columns of 38 fit, but still take two rows: two of 59.
  grid = arrange_panels(4, 120, 40, kPathHeight);
  EXPECT_EQ(grid.columns, 2);
  EXPECT_EQ(grid.rows, 2);
  EXPECT_EQ(grid.panel.width, 59);
  EXPECT_EQ(grid.panel.height, 19);  // (40 - 1) / 2
  // 200: four of 48 in one row, as tall as the rows.
  grid = arrange_panels(4, 200, 23, kPathHeight);
  EXPECT_EQ(grid.columns, 4);
  EXPECT_EQ(grid.rows, 1);
  EXPECT_EQ(grid.panel.width, 48);
  EXPECT_EQ(grid.panel.height, 22);
  // Three at 80: two and one. Narrow: one column.
  grid = arrange_panels(3, 80, 20, kPathHeight);
  EXPECT_EQ(grid.columns, 2);
  EXPECT_EQ(grid.rows, 2);
  grid = arrange_panels(4, 50, 20, kPathHeight);
  EXPECT_EQ(grid.columns, 1);
  EXPECT_EQ(grid.rows, 4);
  EXPECT_EQ(grid.panel.width, 50);
}

TEST(JoinColumns, PadsEachBlockToItsWidthByDisplayColumns) {
  const std::string braille = "\xe2\xa0\x81\xe2\xa0\x82";  // two cells, six bytes
  const std::string coloured = "\x1b[38;5;33m*\x1b[0m";    // one cell
  const std::string text =
      join_columns({"ab\ncd\n", braille + "\n" + coloured + "x\n", "z\n"}, {4, 3, 1}, 2);
  EXPECT_EQ(text, "ab    " + braille + "   z\ncd    " + coloured + "x\n");
}

TEST(JoinColumns, LinesNeverExceedTheTotalWidthNorEndInSpaces) {
  const std::string wide = "0123456789\n\x1b[38;5;33m0123456789\x1b[0m\n";
  const std::string text = join_columns({wide, "ab   \n", wide}, {6, 3, 4}, 2);
  for (const auto& line : lines(text)) EXPECT_LE(display_width(line), 6 + 2 + 3 + 2 + 4) << line;
  EXPECT_EQ(lines(text)[0], "012345  ab   0123");  // "ab   " cut to its 3 columns
  EXPECT_EQ(lines(text)[1], "\x1b[38;5;33m012345\x1b[0m       \x1b[38;5;33m0123\x1b[0m");
  EXPECT_EQ(lines_ending_in_space(text), std::vector<std::string>{});
}

}  // namespace
}  // namespace gd
