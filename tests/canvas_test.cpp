#include "plot/canvas.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "plot/frame.h"

namespace gd {
namespace {

TEST(Canvas, BrailleDotsFollowUnicodeNumbering) {
  // Dots 1..8 of a braille cell are bits 0..7 of U+2800 + bits: column 0
  // holds dots 1, 2, 3, 7 top to bottom; column 1 holds 4, 5, 6, 8.
  const struct {
    int x, y;
    const char* glyph;
  } dots[] = {{0, 0, "⠁"}, {0, 1, "⠂"}, {0, 2, "⠄"}, {0, 3, "⡀"},
              {1, 0, "⠈"}, {1, 1, "⠐"}, {1, 2, "⠠"}, {1, 3, "⢀"}};
  for (const auto& dot : dots) {
    Canvas canvas(1, 1, Charset::braille);
    canvas.set(dot.x, dot.y);
    EXPECT_EQ(canvas.render(false)[0], dot.glyph) << dot.x << "," << dot.y;
  }
  Canvas full(1, 1, Charset::braille);
  for (int x = 0; x < 2; ++x)
    for (int y = 0; y < 4; ++y) full.set(x, y);
  EXPECT_EQ(full.render(false)[0], "⣿");
}

TEST(Canvas, BlockQuadrants) {
  Canvas canvas(3, 1, Charset::block);
  canvas.set(0, 0);                    // upper left
  canvas.set(3, 1);                    // lower right of the second cell
  canvas.set(4, 0), canvas.set(5, 1);  // a diagonal in the third
  EXPECT_EQ(canvas.render(false)[0], "▘▗▚");
}

TEST(Canvas, AsciiThirds) {
  Canvas canvas(5, 1, Charset::ascii);
  canvas.set(0, 0), canvas.set(1, 1), canvas.set(2, 2);
  canvas.line(3, 0, 3, 2);
  EXPECT_EQ(canvas.render(false)[0], "'-_| ");
}

TEST(Canvas, BlankCellsAreSpacesAndRowsKeepTheirWidth) {
  Canvas canvas(7, 3, Charset::braille);
  canvas.set(13, 11);
  auto rows = canvas.render(false);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], "       ");
  EXPECT_EQ(rows[1], "       ");
  EXPECT_EQ(rows[2], "      ⢀");
  for (const auto& row : rows) EXPECT_EQ(display_width(row), 7);
}

TEST(Canvas, LinesAreJoinedWithoutGaps) {
  Canvas canvas(10, 5, Charset::braille);  // 20 x 20 pixels
  canvas.line(0, 0, 19, 19);
  // Every pixel column and row of the diagonal is lit: each cell of the
  // diagonal band holds dots.
  auto rows = canvas.render(false);
  for (int r = 0; r < 5; ++r)
    EXPECT_NE(rows[static_cast<std::size_t>(r)].find_first_not_of(' '), std::string::npos);
  Canvas steep(1, 5, Charset::ascii);
  steep.line(0, 0, 0, 14);
  for (const auto& row : steep.render(false)) EXPECT_EQ(row, "|");
}

TEST(Canvas, LinesAreClippedEvenFromFarAway) {
  Canvas canvas(4, 2, Charset::ascii);  // 4 x 6 pixels
  canvas.line(-1e300, 2, 1e300, 2);     // would be 1e300 pixels long unclipped
  canvas.line(1, -1e18, 1, 1e18);
  canvas.line(0, 0, HUGE_VAL, 0);  // not finite: nothing
  canvas.line(0, 0, std::nan(""), 3);
  auto rows = canvas.render(false);
  EXPECT_EQ(rows[0], "_|__");
  EXPECT_EQ(rows[1], " |  ");
  // Ends so far apart that x1 - x0 overflows: clipped in halves, no
  // overflow (UBSan checks the casts). Where such a line crosses the canvas
  // is beyond the doubles' precision, so only that it stays on it is checked.
  Canvas far(4, 2, Charset::ascii);
  far.line(-1.7e308, -1.7e308, 1.7e308, 1.7e308);
  for (const auto& row : far.render(false)) EXPECT_EQ(row.size(), 4u);
}

TEST(Canvas, GlyphsReplaceCellsAndMarksIgnoreWhatIsOff) {
  Canvas canvas(3, 1, Charset::braille);
  canvas.set(0, 0);
  canvas.put(0, 0, "o");
  canvas.put_behind(0, 0, "·");  // the cell is taken
  canvas.put_behind(1, 0, "·");
  canvas.mark(-3, 0, "x");  // off the canvas
  canvas.mark(5.4, 3.4, "*");
  canvas.put(9, 9, "?");
  EXPECT_EQ(canvas.render(false)[0], "o·*");
}

TEST(Canvas, ColourOnlyWhenAskedAndResetAtTheEndOfEachRow) {
  Canvas canvas(4, 1, Charset::ascii);
  canvas.set(0, 1, 2);
  canvas.set(1, 1, 2);
  canvas.set(3, 1, 1);
  EXPECT_EQ(canvas.render(false)[0], "-- -");
  EXPECT_EQ(canvas.render(true)[0], "\x1b[38;5;2m-- \x1b[38;5;1m-\x1b[0m");
  Canvas plain(2, 1, Charset::ascii);
  plain.set(0, 1);  // no colour given
  EXPECT_EQ(plain.render(true)[0], "- ");
}

}  // namespace
}  // namespace gd
