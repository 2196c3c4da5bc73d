#include "plot/frame.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "text_lines.h"

namespace gd {
namespace {

TEST(Chart, DisplayWidthCountsCodePointsNotEscapes) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("⠁⠂│"), 3);
  EXPECT_EQ(display_width("\x1b[38;5;2m⠁\x1b[0m "), 2);
  EXPECT_EQ(display_width(""), 0);
}

TEST(Chart, ElideMiddle) {
  EXPECT_EQ(elide_middle("x1^2+x2^2", 9, false), "x1^2+x2^2");
  EXPECT_EQ(elide_middle("x1^2+x2^2", 5, false), "x1…^2");
  EXPECT_EQ(elide_middle("x1^2+x2^2", 5, true), "x...2");
  EXPECT_EQ(elide_middle("abcdef", 1, false), "…");
  EXPECT_EQ(elide_middle("abcdef", 2, true), "..");
  EXPECT_EQ(elide_middle("abcdef", 0, false), "");
  EXPECT_EQ(display_width(elide_middle("(1-x)^2+100*(y-x^2)^2", 10, false)), 10);
}

TEST(Chart, ElisionNeverSplitsANumber) {
  EXPECT_EQ(elide_middle("x2 = 3.9023072577801634e-20, x3 = 7.7999450129153882e-21", 24, false),
            "x2 = …");
  EXPECT_EQ(elide_middle("a 12345 b", 6, true), "a ...b");
  EXPECT_EQ(elide_middle("f = 1.5e-07 at step 12", 16, false), "f = …step 12");
  EXPECT_EQ(elide_middle("sgd:0.30000000000000004", 10, false), "sgd:…");
}

TEST(Chart, ListsAreCutBetweenItemsAndCounted) {
  const std::vector<std::string> items{"x3 = 0.5", "x4 = 1.2", "x5 = 2"};
  EXPECT_EQ(join_fitting("at ", items, 80, false), "at x3 = 0.5, x4 = 1.2, x5 = 2");
  EXPECT_EQ(join_fitting("at ", items, 29, false), "at x3 = 0.5, x4 = 1.2, x5 = 2");
  EXPECT_EQ(join_fitting("at ", items, 28, false), "at x3 = 0.5, … (+2 more)");
  EXPECT_EQ(join_fitting("at ", items, 28, true), "at x3 = 0.5, ... (+2 more)");
  EXPECT_EQ(join_fitting("at ", items, 10, false), "at … (+3 more)");  // too narrow: elided later
}

TEST(Chart, LayoutDropsTitleThenLegendThenNotesWhenShort) {
  Layout roomy = layout_rows(24, 1, 1);
  EXPECT_TRUE(roomy.title);
  EXPECT_EQ(roomy.legend, 1);
  EXPECT_EQ(roomy.notes, 1);
  EXPECT_EQ(roomy.canvas_rows, 24 - 2 - 1 - 1 - 1);
  Layout tight = layout_rows(kMinChartHeight, 1, 2);
  EXPECT_FALSE(tight.title);
  EXPECT_EQ(tight.legend, 0);
  EXPECT_EQ(tight.notes, 0);
  EXPECT_EQ(tight.canvas_rows, kMinPlotRows);
  Layout six = layout_rows(6, 0, 0);
  EXPECT_TRUE(six.title);
  EXPECT_EQ(six.canvas_rows, 3);
}

TEST(Chart, FrameDrawsAxesTicksLabelsLegendAndNotes) {
  Canvas canvas(10, 3, Charset::ascii);
  canvas.line(0, 0, 9, 8);
  Decorations d;
  d.title = "title";
  d.x = {{0, 9, false}, {{0, "0"}, {9, "9"}}, "step"};
  d.y = {{0, 1, false}, {{0, "0"}, {0.5, "0.5"}, {1, "1"}}, "f"};
  d.legend = {{"*", 2, "one"}, {"+", 1, "two"}};
  d.notes = {"a note"};
  Layout layout = layout_rows(8, 1, 1);
  layout_cols(layout, 20, 3);
  ASSERT_EQ(layout.canvas_rows, 3);
  ASSERT_EQ(layout.canvas_cols, 15);  // the canvas passed is narrower: it decides
  const std::string text = frame(canvas, d, layout, 20, {Charset::ascii, false});
  EXPECT_EQ(text,
            "f      title\n"
            "  1 +'-_\n"
            "0.5 +   '--_\n"
            "  0 +       '-_\n"
            "    ++--------+\n"
            "     0        9 step\n"
            "* one  + two\n"
            "a note\n")
      << text;
}

TEST(Chart, LegendsWrapBetweenEntries) {
  const std::vector<LegendEntry> legend{{"o", kNoColor, "start"},
                                        {"*", 2, "sgd:0.95"},
                                        {"+", 1, "momentum:0.1"},
                                        {"x", 4, "adam:0.3"}};
  EXPECT_EQ(legend_lines(legend, 80, {Charset::ascii, false}),
            std::vector<std::string>{"o start  * sgd:0.95  + momentum:0.1  x adam:0.3"});
  EXPECT_EQ(legend_lines(legend, 30, {Charset::ascii, false}),
            (std::vector<std::string>{"o start  * sgd:0.95", "+ momentum:0.1  x adam:0.3"}));
  EXPECT_EQ(legend_lines({{"*", 2, "a very long series name"}}, 12, {Charset::ascii, false}),
            std::vector<std::string>{"* a ve...ame"});
  EXPECT_EQ(legend_lines(legend, 30, {Charset::ascii, true})[0],
            "o start  \x1b[38;5;2m*\x1b[0m sgd:0.95");
}

TEST(Chart, ALegendTooLongSaysHowManyItLeftOut) {
  Canvas canvas(20, 3, Charset::ascii);
  Decorations d;
  d.x = {{0, 1, false}, {}, "step"};
  d.y = {{0, 1, false}, {}, "f"};
  for (int i = 0; i < 12; ++i) d.legend.push_back({"*", kNoColor, "run" + std::to_string(i)});
  Layout layout = layout_rows(8, 12, 0);  // a quarter of 8: 2 legend lines
  ASSERT_EQ(layout.legend, 2);
  layout_cols(layout, 24, 1);
  auto text = lines(frame(canvas, d, layout, 24, {Charset::ascii, false}));
  EXPECT_EQ(text[text.size() - 2], "* run0  * run1  * run2");
  EXPECT_EQ(text.back(), "* run3  * run4  +7 more");  // 12 - 5 shown
}

TEST(Chart, LegendColoursOnlyItsMarkers) {
  Canvas canvas(8, 3, Charset::braille);
  Decorations d;
  d.x = {{0, 1, false}, {}, "step"};
  d.y = {{0, 1, false}, {}, "f"};
  d.legend = {{"*", 2, "one"}};
  Layout layout = layout_rows(7, 1, 0);
  layout_cols(layout, 20, 1);
  auto text = lines(frame(canvas, d, layout, 20, {Charset::braille, true}));
  EXPECT_EQ(text.back(), "\x1b[38;5;2m*\x1b[0m one");
  for (const auto& line : text) EXPECT_LE(display_width(line), 20) << line;
}

TEST(Chart, XLabelsThatWouldCollideAreLeftOutWithTheirMarks) {
  Canvas canvas(17, 3, Charset::ascii);
  Decorations d;
  d.x = {{0, 16, false}, {{0, "1000"}, {1, "1001"}, {9, "1009"}}, "step"};
  d.y = {{0, 1, false}, {}, ""};
  Layout layout = layout_rows(5, 0, 0);
  layout_cols(layout, 20, 1);
  auto text = lines(frame(canvas, d, layout, 20, {Charset::ascii, false}));
  ASSERT_EQ(text.size(), 5u);
  // 1000 centred on column 3, 1001 (column 4) would touch it, 1009 on column 12.
  EXPECT_EQ(text[3], "  ++--------+-------");
  EXPECT_EQ(text[4], "  1000     1009 step");
}

TEST(Chart, TheXNameFollowsANarrowCanvas) {
  Canvas canvas(6, 3, Charset::ascii);
  Decorations d;
  d.x = {{0, 5, false}, {{0, "0"}, {5, "5"}}, "x1"};
  d.y = {{0, 1, false}, {}, "x2"};
  Layout layout = layout_rows(5, 0, 0);
  layout_cols(layout, 20, 1);
  auto text = lines(frame(canvas, d, layout, 20, {Charset::ascii, false}));
  EXPECT_EQ(text[3], "  ++----+");
  EXPECT_EQ(text[4], "   0    5 x1");
}

TEST(Chart, EveryXTickHasItsLabelAndZeroKeepsIts) {
  // The x3 axis of a path chart: at a step of 0.2, "-0.2" and "0.0" would
  // collide and 0.0 was left out with its mark; now every tick is marked
  // and labelled, and the labels step evenly. (Unnamed: a name at the
  // line's end takes the place of a label under it, the last.)
  Decorations d;
  const AxisPlan x{{-0.3, 3.12, false}, "", [](int cols) { return cols / 9; }};
  const AxisPlan y{{0, 1, false}, "x1", [](int rows) { return std::max(rows / 3, 3); }};
  const Style style{Charset::braille, false};
  const Layout layout = lay_out(d, x, y, 80, 10, style);
  const Canvas canvas(layout.canvas_cols, layout.canvas_rows, Charset::braille);
  const auto text = lines(frame(canvas, d, layout, 80, style));
  ASSERT_GE(text.size(), 2u);
  std::size_t marks = 0;
  for (std::size_t at = 0; (at = text[text.size() - 2].find("┬", at)) != std::string::npos; ++at)
    ++marks;
  EXPECT_EQ(marks, d.x.ticks.size());
  std::istringstream words(text.back());
  std::vector<std::string> labels;
  for (std::string word; words >> word;) labels.push_back(word);
  ASSERT_GE(labels.size(), 4u);
  ASSERT_EQ(labels.size(), d.x.ticks.size());
  EXPECT_NE(std::find(labels.begin(), labels.end(), "0.0"), labels.end()) << text.back();
  const double step = std::stod(labels[1]) - std::stod(labels[0]);
  for (std::size_t i = 1; i < labels.size(); ++i)
    EXPECT_NEAR(std::stod(labels[i]) - std::stod(labels[i - 1]), step, 1e-9) << text.back();
}

}  // namespace
}  // namespace gd
