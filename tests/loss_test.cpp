#include "plot/loss.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "golden.h"
#include "text_lines.h"

namespace gd {
namespace {

LossSeries series_of(const std::vector<double>& values) {
  LossSeries series;
  for (double v : values) series.add(v);
  return series;
}

/// The seed's losses: f = 25 * 0.64^k, k = 0..20 (x1^2+x2^2 from (-3, 4), lr 0.1).
std::vector<double> seed_losses() {
  std::vector<double> values;
  for (int k = 0; k <= 20; ++k) values.push_back(25 * std::pow(0.64, k));
  return values;
}

std::string chart(const std::vector<NamedLoss>& series, int width, int height,
                  Charset charset = Charset::braille, LogScale log = LogScale::automatic) {
  LossChartSpec spec;
  spec.title = "x1^2+x2^2";
  spec.width = width;
  spec.height = height;
  spec.log_y = log;
  spec.style = {charset, false};
  return draw_loss_chart(series, spec);
}

/// The y labels of a chart, top to bottom: a number, a space, a tick mark.
std::vector<double> y_labels(const std::string& text) {
  static const std::regex labelled("^ *([-+.0-9e]+) (┤|\\+)");
  std::vector<double> values;
  std::smatch match;
  for (const auto& line : lines(text))
    if (std::regex_search(line, match, labelled))
      values.push_back(std::strtod(match[1].str().c_str(), nullptr));
  return values;
}

TEST(LossSeries, KeepsEveryValueWhileThereIsRoom) {
  LossSeries s = series_of({3, 1, 2});
  ASSERT_EQ(s.buckets().size(), 3u);
  EXPECT_EQ(s.bucket_width(), 1u);
  EXPECT_EQ(s.buckets()[1].first_step, 1u);
  EXPECT_EQ(s.buckets()[1].min, 1);
  EXPECT_EQ(s.range(), (std::pair{1.0, 3.0}));
  EXPECT_EQ(s.count(), 3u);
}

TEST(LossSeries, MergesInPairsKeepingMinMaxAndEnds) {
  LossSeries s(4);
  for (double v : {5.0, 1.0, 7.0, 2.0, 3.0, 9.0, 4.0, 0.5, 6.0}) s.add(v);
  // 9 values in at most 4 buckets: width 4 (steps 0-3, 4-7, 8).
  ASSERT_EQ(s.bucket_width(), 4u);
  ASSERT_EQ(s.buckets().size(), 3u);
  const auto& b = s.buckets()[1];
  EXPECT_EQ(b.first_step, 4u);
  EXPECT_EQ(b.min, 0.5);
  EXPECT_EQ(b.max, 9);
  EXPECT_EQ(b.first, 3);
  EXPECT_EQ(b.last, 0.5);
  EXPECT_EQ(s.buckets()[0].max, 7);
  EXPECT_EQ(s.buckets()[2].first, 6);
}

TEST(LossSeries, MemoryIsBounded) {
  LossSeries s(256);
  for (int i = 0; i < 1000000; ++i) s.add(i);
  EXPECT_LE(s.buckets().size(), 256u);
  EXPECT_EQ(s.buckets().back().last, 999999);
  EXPECT_EQ(s.range(), (std::pair{0.0, 999999.0}));
}

TEST(LossSeries, RemembersTheFirstNonFiniteAndNonPositive) {
  LossSeries s = series_of({2, 1, 0, NAN, -1, INFINITY});
  EXPECT_EQ(s.first_non_finite()->first, 3u);
  EXPECT_TRUE(std::isnan(s.first_non_finite()->second));
  EXPECT_EQ(s.first_non_positive(), (std::pair<std::uint64_t, double>{2, 0.0}));
  EXPECT_TRUE(s.buckets()[3].broken);
  EXPECT_FALSE(s.buckets()[3].finite);
}

TEST(LossChart, GoldenBraille) {
  LossSeries s = series_of(seed_losses());
  expect_golden("loss_braille", chart({{"", s}}, 60, 16));
}

TEST(LossChart, GoldenBlock) {
  LossSeries s = series_of(seed_losses());
  expect_golden("loss_block", chart({{"", s}}, 60, 16, Charset::block));
}

TEST(LossChart, GoldenAscii) {
  LossSeries s = series_of(seed_losses());
  expect_golden("loss_ascii", chart({{"", s}}, 60, 16, Charset::ascii));
}

TEST(LossChart, GoldenLinearScale) {
  LossSeries s = series_of(seed_losses());
  expect_golden("loss_linear", chart({{"", s}}, 60, 12, Charset::braille, LogScale::off));
}

/// Three synthetic series: a legend, a marker each.
TEST(LossChart, GoldenSeveralSeries) {
  std::vector<double> a, b, c;
  for (int k = 0; k <= 40; ++k) {
    a.push_back(10 * std::exp(-0.1 * k));
    b.push_back(10 * std::exp(-0.05 * k) * (1 + 0.3 * std::cos(k)));
    if (k <= 25) c.push_back(10 - 0.3 * k);
  }
  LossSeries sa = series_of(a), sb = series_of(b), sc = series_of(c);
  const std::string text = chart({{"sgd", sa}, {"momentum", sb}, {"adam", sc}}, 64, 18);
  expect_golden("loss_series", text);
  const auto all = lines(text);
  EXPECT_EQ(all.back(), "* sgd  + momentum  x adam");
  // Each marker shows on the canvas, with the legend's look per series.
  for (const char* marker : {"*", "+", "x"}) {
    int count = 0;
    for (std::size_t i = 1; i < 15; ++i) count += all[i].find(marker) != std::string::npos;
    EXPECT_GE(count, 2) << marker;
  }
  EXPECT_EQ(series_look(0).marker, "*");
  EXPECT_NE(series_look(0).color, series_look(1).color);
}

TEST(LossChart, ColourOnlyWhenAsked) {
  LossSeries s = series_of(seed_losses());
  LossChartSpec spec;
  spec.title = "t";
  spec.style = {Charset::braille, false};
  EXPECT_EQ(draw_loss_chart({{"", s}}, spec).find('\x1b'), std::string::npos);
  spec.style.color = true;
  const std::string text = draw_loss_chart({{"", s}, {"b", s}}, spec);
  EXPECT_NE(text.find("\x1b[38;5;33m"), std::string::npos);
  EXPECT_EQ(lines_ending_in_space(text), std::vector<std::string>{}) << text;
}

/// The colour in effect at `at` in a line: the last colour code before it.
int colour_at(const std::string& line, std::size_t at) {
  const std::string code = "\x1b[38;5;";
  const auto from = line.rfind(code, at);
  const auto reset = line.rfind("\x1b[0m", at);
  if (from == std::string::npos || (reset != std::string::npos && reset > from)) return kNoColor;
  return std::atoi(line.c_str() + from + code.size());
}

TEST(LossChart, NoSeriesHidesAnothersEndMarker) {
  // "a" ends at step 20 on f = 1, where "b" runs on: b's line goes through
  // a's end, which must keep a's marker in a's colour.
  std::vector<double> a, b(41, 1.0);
  for (int k = 0; k <= 20; ++k) a.push_back(10 - 9.0 * k / 20);
  LossSeries sa = series_of(a), sb = series_of(b);
  LossChartSpec spec;
  spec.title = "t";
  spec.width = 60;
  spec.height = 16;
  spec.log_y = LogScale::off;
  spec.style = {Charset::braille, true};
  const auto all = lines(draw_loss_chart({{"a", sa}, {"b", sb}}, spec));
  // The canvas row of f = 1 is the lowest before the x axis.
  std::size_t axis = 0;
  while (axis < all.size() && all[axis].find("└") == std::string::npos) ++axis;
  ASSERT_GT(axis, 1u);
  const std::string& bottom = all[axis - 1];
  const auto star = bottom.find('*');
  ASSERT_NE(star, std::string::npos) << bottom;
  EXPECT_EQ(colour_at(bottom, star), series_look(0).color) << bottom;
  EXPECT_NE(bottom.find('+'), std::string::npos) << bottom;  // b's own end, at step 40
}

TEST(SeriesLook, ColoursReadOnDarkAndLightBackgrounds) {
  // The basic 16 follow the terminal's theme; 16..18 are near black,
  // 231..255 white and greys: illegible on one background or the other.
  const std::vector<int> illegible{0,  4,  7,  8,   15,  16,  17,  18, 19,
                                   52, 53, 54, 226, 227, 228, 229, 230};
  // The xterm palette's 6x6x6 cube, and WCAG's luminance and contrast.
  const auto luminance = [](int color) {
    const int levels[] = {0, 95, 135, 175, 215, 255};
    const int i = color - 16;
    double sum = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    const int channels[] = {levels[i / 36], levels[i / 6 % 6], levels[i % 6]};
    for (int c = 0; c < 3; ++c) {
      const double v = channels[c] / 255.0;
      sum += weights[c] * (v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4));
    }
    return sum;
  };
  std::vector<int> seen;
  std::vector<std::string> markers;
  for (std::size_t i = 0; i < 8; ++i) {
    const SeriesLook look = series_look(i);
    EXPECT_GE(look.color, 16) << i;
    EXPECT_LE(look.color, 230) << i;  // the cube, not the greys
    EXPECT_EQ(std::count(illegible.begin(), illegible.end(), look.color), 0) << look.color;
    if (look.color < 16 || look.color > 231) continue;
    const double l = luminance(look.color);
    EXPECT_GE((l + 0.05) / 0.05, 3.0) << look.color << " on black";
    EXPECT_GE(1.05 / (l + 0.05), 3.0) << look.color << " on white";
    EXPECT_EQ(std::count(seen.begin(), seen.end(), look.color), 0) << look.color;
    EXPECT_EQ(std::count(markers.begin(), markers.end(), look.marker), 0) << look.marker;
    seen.push_back(look.color);
    markers.push_back(look.marker);
  }
  EXPECT_EQ(series_look(8).color, series_look(0).color);  // then they repeat
}

TEST(LossChart, WidthAndHeightAreRespected) {
  std::vector<double> values = seed_losses();
  values[7] = NAN;
  LossSeries plain = series_of(seed_losses()), broken = series_of(values);
  LossSeries one = series_of({42});
  for (Charset charset : {Charset::braille, Charset::block, Charset::ascii})
    for (int width : {20, 21, 33, 80, 157, 300})
      for (int height : {5, 6, 7, 11, 24, 61, 100})
        for (const auto* series : {&plain, &broken, &one}) {
          const std::string text = chart({{"", *series}, {"b", plain}}, width, height, charset);
          const auto all = lines(text);
          EXPECT_EQ(all.size(), static_cast<std::size_t>(height)) << width << "x" << height;
          for (const auto& line : all) EXPECT_LE(display_width(line), width) << line;
          EXPECT_EQ(lines_ending_in_space(text), std::vector<std::string>{}) << text;
          const auto labels = y_labels(text);
          EXPECT_GE(labels.size(), 3u) << text;
          for (std::size_t i = 1; i < labels.size(); ++i)
            EXPECT_LT(labels[i], labels[i - 1]) << text;
        }
}

TEST(LossChart, XAxisIsLabelledWithSteps) {
  LossSeries s = series_of(seed_losses());
  const auto all = lines(chart({{"", s}}, 60, 16));
  const std::string& labels = all.back();
  EXPECT_EQ(labels.substr(labels.size() - 4), "step");
  std::istringstream numbers(labels.substr(0, labels.size() - 4));
  std::vector<double> steps;
  for (double v; numbers >> v;) steps.push_back(v);
  ASSERT_GE(steps.size(), 3u) << labels;
  EXPECT_EQ(steps.front(), 0);
  for (std::size_t i = 1; i < steps.size(); ++i) EXPECT_GT(steps[i], steps[i - 1]);
  EXPECT_LE(steps.back(), 20);
}

TEST(LossChart, ASpikeAmongAMillionStepsStaysVisible) {
  LossSeries s;
  for (int k = 0; k < 1000000; ++k) s.add(k == 654321 ? 100.0 : 1.0 + 1e-3 * std::sin(k));
  const auto all = lines(chart({{"", s}}, 80, 20, Charset::ascii, LogScale::off));
  // The top canvas row (after the title) holds exactly the spike's column.
  const std::string& top = all[1];
  const auto lit = top.find_first_not_of(' ', top.find('+') + 1);
  ASSERT_NE(lit, std::string::npos) << top;
  EXPECT_EQ(top.find_first_not_of(' ', lit + 1), std::string::npos) << top;
  const int offset = static_cast<int>(top.find('+')) + 1;
  const double column = static_cast<double>(lit) - offset;
  const double expected = 654321.0 / 999999.0 * (80 - offset - 1);
  EXPECT_NEAR(column, expected, 1.0);
}

TEST(LossChart, FlatDataIsALineInTheMiddleWithDistinctLabels) {
  LossSeries s;
  for (int k = 0; k < 1000; ++k) s.add(0.003323069989452288);
  const std::string text = chart({{"", s}}, 60, 13, Charset::ascii);
  const auto all = lines(text);
  std::vector<std::size_t> lit;
  for (std::size_t r = 1; r + 2 < all.size(); ++r)
    if (all[r].find_first_not_of(' ', all[r].find_first_of("+|") + 1) != std::string::npos)
      lit.push_back(r);
  ASSERT_EQ(lit.size(), 1u) << text;  // one row, the middle one
  EXPECT_NEAR(static_cast<double>(lit[0]), 1 + static_cast<double>(all.size() - 3) / 2.0, 1.0)
      << text;
  const auto labels = y_labels(text);
  ASSERT_GE(labels.size(), 3u) << text;
  for (double v : labels) EXPECT_NEAR(v, 0.003323069989452288, 1e-11);
}

TEST(LossChart, OnePoint) {
  LossSeries s = series_of({25});
  const std::string text = chart({{"", s}}, 40, 8, Charset::ascii);
  EXPECT_EQ(lines(text).size(), 8u);
  int glyphs = 0;
  for (const auto& line : lines(text))
    if (line.find('+') != std::string::npos && line.find('+') + 1 < line.size())
      glyphs += line.substr(line.find('+') + 1).find_first_not_of(" +-") != std::string::npos;
  EXPECT_EQ(glyphs, 1) << text;
}

TEST(LossChart, NanInTheMiddleLeavesAGapAndAMarkedNote) {
  std::vector<double> values = seed_losses();
  values[10] = NAN;
  LossSeries s = series_of(values);
  const std::string text = chart({{"", s}}, 60, 16, Charset::ascii);
  expect_golden("loss_nan", text);
  const auto all = lines(text);
  EXPECT_EQ(all.back(), "! f = nan at step 10");
  EXPECT_NE(all[1].find('!'), std::string::npos) << text;  // the marker, in the top row
}

TEST(LossChart, HugeFirstValue) {
  std::vector<double> values = seed_losses();
  values[0] = 1e300;
  LossSeries s = series_of(values);
  const std::string text = chart({{"", s}}, 60, 16);
  EXPECT_NE(text.find("f (log)"), std::string::npos);  // over 3 decades: log
  const auto labels = y_labels(text);
  ASSERT_GE(labels.size(), 3u);
  EXPECT_GE(labels.front(), 1e250);
  const std::string linear = chart({{"", s}}, 60, 16, Charset::braille, LogScale::off);
  EXPECT_GE(y_labels(linear).size(), 3u) << linear;
}

TEST(LossChart, LogWithZerosFallsBackToLinearAndSaysSo) {
  LossSeries s = series_of({4, 1, 0, 0.25});
  const std::string text = chart({{"", s}}, 40, 10, Charset::ascii, LogScale::on);
  EXPECT_EQ(lines(text).back(), "log scale off: f = 0 at step 2");
  EXPECT_EQ(text.find("(log)"), std::string::npos);
  EXPECT_GE(y_labels(text).size(), 3u);
  // Auto does not pick log for them, and says nothing.
  EXPECT_EQ(chart({{"", s}}, 40, 10).find("log scale"), std::string::npos);
}

TEST(LossChart, LogAutoNeedsOverThreeDecades) {
  LossSeries narrow = series_of({1000, 2}), wide = series_of({1000, 0.5});
  EXPECT_EQ(chart({{"", narrow}}, 40, 10).find("(log)"), std::string::npos);
  EXPECT_NE(chart({{"", wide}}, 40, 10).find("f (log)"), std::string::npos);
}

TEST(LossChart, LongTitlesAreShortenedInTheMiddle) {
  LossSeries s = series_of(seed_losses());
  LossChartSpec spec;
  spec.title = std::string(100, 'a') + "+" + std::string(100, 'b');
  spec.width = 40;
  spec.height = 8;
  spec.style = {Charset::ascii, false};
  const std::string first = lines(draw_loss_chart({{"", s}}, spec))[0];
  EXPECT_EQ(display_width(first), 40) << first;
  EXPECT_NE(first.find("aaa...bbb"), std::string::npos) << first;
}

}  // namespace
}  // namespace gd
