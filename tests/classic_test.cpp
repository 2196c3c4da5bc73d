#include "plot/classic.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace gd {
namespace {

std::vector<std::string> lines_of(const std::string& picture) {
  std::vector<std::string> lines;
  std::istringstream in(picture);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// Column -> row of the '-' in it; -1 where the column is empty.
std::vector<int> marks(const std::string& picture, int width) {
  std::vector<int> row_of(static_cast<std::size_t>(width), -1);
  auto lines = lines_of(picture);
  for (std::size_t r = 0; r < lines.size(); ++r)
    for (std::size_t c = 0; c < lines[r].size(); ++c)
      if (lines[r][c] == '-') {
        EXPECT_EQ(row_of[c], -1) << "two marks in column " << c;
        row_of[c] = static_cast<int>(r);
      }
  return row_of;
}

// The picture printed in the seed blog post (NeuroWhAI, 2018) for
// x1^2+x2^2 from (-3, 4), lr 0.1, 20 steps, copied by hand from the post.
const char* const kSeedPicture =
    "-\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "\n"
    " -\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "  -\n"
    "\n"
    "\n"
    "   -\n"
    "    -\n"
    "     -\n"
    "      -\n"
    "       ------------\n"
    "                   -\n";

TEST(ClassicGraph, DrawsTheSeedPicture) {
  // f after each step with the exact gradient: 25 * 0.64^k, k = 1..20.
  std::vector<double> losses;
  for (int k = 1; k <= 20; ++k) losses.push_back(25.0 * std::pow(0.64, k));
  EXPECT_EQ(classic_graph(losses, 50, 20), kSeedPicture);
}

TEST(ClassicGraph, OnePointSitsInTheBottomLeftCorner) {
  // min = max, so (v - min) / gap = 0: the last row.
  EXPECT_EQ(classic_graph({7.5}, 50, 20), std::string(19, '\n') + "-\n");
}

TEST(ClassicGraph, ConstantDataIsOneBottomLine) {
  EXPECT_EQ(classic_graph(std::vector<double>(10, 5.0), 50, 20),
            std::string(19, '\n') + "----------\n");
}

TEST(ClassicGraph, SmallRangesUseAGapOfOne) {
  // max - min = 0.5 < 1: 0.5 lands at row floor(4 - 0.5 * 4) = 2, not at the top.
  EXPECT_EQ(classic_graph({0.5, 0.0}, 10, 5), "\n\n-\n\n -\n");
}

TEST(ClassicGraph, RowsFollowTheSeedFormula) {
  // width 4, height 5, data 0..3 descending: gap 3, row = floor(4 - v/3*4).
  // v=3 -> 0, v=2 -> floor(1.33) = 1, v=1 -> floor(2.67) = 2, v=0 -> 4.
  EXPECT_EQ(classic_graph({3, 2, 1, 0}, 4, 5), "-\n -\n  -\n\n   -\n");
}

/// How many values the seed's gauge walk plots: `count` additions of
/// width/count, minus one whenever the gauge holds a whole column.
int plotted_by_gauge(int count, int width) {
  double gauge = 0.0;
  int columns = 0;
  for (int i = 0; i < count && columns < width; ++i) {
    gauge += static_cast<double>(width) / count;
    if (gauge >= 1.0) {
      gauge -= 1.0;
      ++columns;
    }
  }
  return columns;
}

TEST(ClassicGraph, OneHundredThirtySevenPointsSpreadOverTheWidth) {
  std::vector<double> data;
  for (int i = 0; i < 137; ++i) data.push_back(136 - i);  // 136 down to 0
  std::string picture = classic_graph(data, 50, 20);
  std::vector<int> rows = marks(picture, 50);
  // x_per_value = 50/137: the first column is the third value (gauge
  // 3 * 50/137 = 1.09), v = 134: row floor(19 - 134/136*19) = floor(0.28) = 0.
  EXPECT_EQ(rows[0], 0);
  // The second column is value 5 (gauge reaches 2 at 6 * 50/137 = 2.19),
  // v = 131: floor(19 - 131/136*19) = floor(0.698) = 0.
  EXPECT_EQ(rows[1], 0);
  // Column 3 is value 10 (11 * 50/137 = 4.01): v = 126, floor(1.397) = 1.
  EXPECT_EQ(rows[3], 1);
  // The gauge is a running double: after 137 additions of 50/137 it holds
  // just under a whole column, so the seed leaves the last column empty.
  ASSERT_EQ(plotted_by_gauge(137, 50), 49);
  for (std::size_t c = 0; c < 49; ++c) EXPECT_GE(rows[c], 0) << "column " << c << " empty";
  EXPECT_EQ(rows[49], -1);
  for (std::size_t c = 1; c < 49; ++c) EXPECT_GE(rows[c], rows[c - 1]);  // descending data
  // Column 48 holds the value that brings the gauge to its 49th column.
  // That is value 134 (135 * 50/137 = 49.3): v = 2, floor(19 - 2/136*19) = 18.
  EXPECT_EQ(rows[48], 18);
}

TEST(ClassicGraph, MorePointsThanWidthStopAtTheWidth) {
  std::vector<double> data(10000, 1.0);
  data[0] = 2.0;
  auto lines = lines_of(classic_graph(data, 50, 20));
  ASSERT_EQ(lines.size(), 20u);
  for (const auto& line : lines) EXPECT_LE(line.size(), 50u);
  // The 2.0 is not among the plotted values; every plotted 1.0 is at the bottom.
  EXPECT_EQ(lines[19], std::string(static_cast<std::size_t>(plotted_by_gauge(10000, 50)), '-'));
  EXPECT_GE(plotted_by_gauge(10000, 50), 49);
}

TEST(ClassicGraph, FewerPointsLeaveTheRestBlank) {
  auto lines = lines_of(classic_graph({3, 2, 1}, 50, 20));
  EXPECT_EQ(lines[0], "-");
  EXPECT_EQ(lines[19], "  -");
}

TEST(ClassicGraph, SkipsNonFiniteValues) {
  const double nan = std::nan(""), inf = INFINITY;
  EXPECT_EQ(classic_graph({3, nan, 2, inf, 1, -inf, 0}, 4, 5), classic_graph({3, 2, 1, 0}, 4, 5));
}

TEST(ClassicGraph, NothingToDrawIsEmpty) {
  EXPECT_EQ(classic_graph({}, 50, 20), "");
  EXPECT_EQ(classic_graph({std::nan("")}, 50, 20), "");
}

}  // namespace
}  // namespace gd

namespace gd {
namespace {

/// Feeds the values after each step to `loss`.
void feed(ClassicWalk& loss, const std::vector<double>& values) {
  for (double value : values) loss.add(value);
}

std::vector<double> wiggly(std::size_t count) {
  std::vector<double> values;
  for (std::size_t k = 0; k < count; ++k)
    values.push_back(100.0 / (1.0 + 0.001 * static_cast<double>(k)) + (k % 7 == 3 ? 5.0 : 0.0));
  return values;
}

void expect_same(const ClassicSelection& got, const ClassicSelection& want) {
  EXPECT_EQ(got.picked, want.picked);
  EXPECT_EQ(got.min, want.min);
  EXPECT_EQ(got.max, want.max);
}

TEST(ClassicWalk, CompleteRunPicksWhatTheSeedPicks) {
  // More values than it keeps: the walk made as rows arrived must agree.
  const auto values = wiggly(300000);
  ClassicWalk loss(values.size(), 50);
  feed(loss, values);
  expect_same(loss.selection(), select_classic(values, 50));
}

TEST(ClassicWalk, ShortRunsThatStopEarlyAreStillExact) {
  const auto values = wiggly(5000);
  ClassicWalk loss(1000000, 50);  // planned a million steps, stopped at 5000
  feed(loss, values);
  expect_same(loss.selection(), select_classic(values, 50));
}

TEST(ClassicWalk, LeavesOutANonFiniteLastRow) {
  auto values = wiggly(300000);
  values.back() = INFINITY;  // a diverged last row
  ClassicWalk loss(values.size(), 50);
  feed(loss, values);
  values.pop_back();
  // One value fewer than planned, and more than it keeps: the picks made
  // so far. They cover the run, because all but one planned value came.
  const ClassicSelection got = loss.selection();
  const ClassicSelection all = select_classic(values, 50);
  EXPECT_EQ(got.min, all.min);
  EXPECT_EQ(got.max, all.max);
  EXPECT_GE(got.picked.size(), 49u);
}

TEST(ClassicWalk, LongRunsThatStopEarlyShowTheWalkSoFar) {
  auto values = wiggly(400000);
  ClassicWalk loss(values.size(), 50);
  values.resize(200000);  // stopped half way, after more values than it keeps
  feed(loss, values);
  const ClassicSelection got = loss.selection();
  // The planned walk's picks among the first half: the first half of the
  // seed's picks for the whole planned run.
  ClassicSelection planned = select_classic(wiggly(400000), 50);
  ASSERT_GE(got.picked.size(), 24u);
  ASSERT_LE(got.picked.size(), 26u);
  planned.picked.resize(got.picked.size());
  EXPECT_EQ(got.picked, planned.picked);
  EXPECT_EQ(got.min, *std::min_element(values.begin(), values.end()));
}

TEST(ClassicGraph, SurvivesASpreadThatOverflows) {
  // max - min is inf: the rows still follow (v - min)/(max - min).
  ClassicSelection selection{{1.7e308, 0.0, -1.7e308}, -1.7e308, 1.7e308};
  EXPECT_EQ(draw_classic(selection, 3, 5), "-\n\n -\n\n  -\n");
}

}  // namespace
}  // namespace gd
