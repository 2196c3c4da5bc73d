#include "plot/contour.h"

#include <gtest/gtest.h>

#include <cmath>

#include "plot/canvas.h"

namespace gd {
namespace {

const Scale kSquare{-2, 2, false};

TEST(MapResolution, OnePixelOneSampleUntilTheBounds) {
  EXPECT_EQ(map_resolution(140, 72, 5), (std::pair{140, 72}));
  // A huge chart: the samples stop at kMaxMapSamples, in proportion.
  const auto [nx, ny] = map_resolution(2000, 4000, 5);
  EXPECT_LE(double(nx) * ny, kMaxMapSamples);
  EXPECT_GT(double(nx) * ny, kMaxMapSamples * 0.95);
  EXPECT_NEAR(double(ny) / nx, 2.0, 0.02);
  // A long expression: the work (samples x cost) stops at kMapWork.
  const auto [lx, ly] = map_resolution(140, 72, 8000);
  EXPECT_LE(double(lx) * ly * 8000, kMapWork);
  EXPECT_GT(double(lx) * ly * 8000, kMapWork * 0.9);
  EXPECT_EQ(map_resolution(1, 1, 1u << 30), (std::pair{2, 2}));
}

TEST(SampleGrid, CornersAreTheWindowsEnds) {
  const SampleGrid grid =
      sample_grid([](double x, double y) { return 10 * x + y; }, kSquare, {0, 1, false}, 5, 3);
  ASSERT_EQ(grid.values.size(), 15u);
  EXPECT_EQ(grid.at(0, 0), -20 + 1);  // top left: x low, y high
  EXPECT_EQ(grid.at(4, 0), 20 + 1);
  EXPECT_EQ(grid.at(0, 2), -20);  // bottom left
  EXPECT_EQ(grid.at(2, 1), 0.5);
}

TEST(TraceContour, ACircleOfTheBowlLiesOnTheCircle) {
  // x^2 + y^2 = 1 on a 41 x 41 grid over [-2, 2]^2 (0.1 per sample): every
  // segment's ends are crossings of grid edges, linearly interpolated, so
  // within the interpolation's error of radius 1; together they go round.
  const int n = 41;
  const SampleGrid grid =
      sample_grid([](double x, double y) { return x * x + y * y; }, kSquare, kSquare, n, n);
  double length = 0;
  int segments = 0;
  trace_contour(grid, 1.0, [&](double x0, double y0, double x1, double y1) {
    for (auto [gx, gy] : {std::pair{x0, y0}, {x1, y1}}) {
      const double x = -2 + gx * 0.1, y = 2 - gy * 0.1;
      EXPECT_NEAR(std::hypot(x, y), 1.0, 0.01);
    }
    length += std::hypot(x1 - x0, y1 - y0) * 0.1;
    ++segments;
  });
  EXPECT_NEAR(length, 2 * M_PI, 0.05);
  EXPECT_GE(segments, 40);
}

TEST(TraceContour, ASaddleSquareFollowsItsCentre) {
  // Corners 1 0 / 0 1 (top left and bottom right high) with level 0.5: the
  // centre (0.5) counts as high, so the high corners join and the two lines
  // cut off the low corners, top right and bottom left.
  const SampleGrid grid{2, 2, {1, 0, 1, 0}};  // rows: (1, 0), (1, 0)... replaced below
  const SampleGrid saddle{2, 2, {1, 0, 0, 1}};
  std::vector<std::array<double, 4>> found;
  trace_contour(saddle, 0.5, [&](double x0, double y0, double x1, double y1) {
    found.push_back({x0, y0, x1, y1});
  });
  ASSERT_EQ(found.size(), 2u);
  // Top right corner (1, 0): cut between the top edge (0.5, 0) and the right edge (1, 0.5).
  EXPECT_EQ(found[0], (std::array<double, 4>{0.5, 0, 1, 0.5}));
  EXPECT_EQ(found[1], (std::array<double, 4>{0.5, 1, 0, 0.5}));
  int plain = 0;
  trace_contour(grid, 0.5, [&](double, double, double, double) { ++plain; });
  EXPECT_EQ(plain, 1);  // high left, low right: one vertical line
}

TEST(TraceContour, SquaresWithANonFiniteSampleHaveNone) {
  const SampleGrid grid{2, 2, {1, NAN, 0, 0}};
  int count = 0;
  trace_contour(grid, 0.5, [&](double, double, double, double) { ++count; });
  EXPECT_EQ(count, 0);
}

std::vector<double> bowl_samples(double shift) {
  const SampleGrid grid = sample_grid([&](double x, double y) { return x * x + y * y + shift; },
                                      kSquare, kSquare, 101, 101);
  return grid.values;
}

TEST(ContourLevels, ABasinGetsRoundLevelsByDecades) {
  // f from 0 to 8 around a minimum inside, on a grid 0.04 apart: 21
  // samples lie below 0.01 (the lattice points with i^2 + j^2 <= 6), at
  // least the 20 (a 500th) a level needs, none below 0.001; three decades
  // then, at 1 and 3 each.
  const auto levels = contour_levels(bowl_samples(0), true);
  EXPECT_TRUE(levels.log);
  EXPECT_EQ(levels.values, (std::vector<double>{0.01, 0.03, 0.1, 0.3, 1, 3}));
  // Above a negative minimum they count from it.
  const auto shifted = contour_levels(bowl_samples(-3), true);
  ASSERT_EQ(shifted.values.size(), 6u);
  EXPECT_NEAR(shifted.values.front(), -3 + 0.01, 1e-12);
  EXPECT_NEAR(shifted.values.back(), -3 + 3, 1e-12);
}

TEST(ContourLevels, AFloorAboveZeroCountsFromARoundValueBelowIt) {
  // f from 50 to 58: decades of f itself (10, 100) would all miss it; the
  // levels count from 50, the round value under the minimum at the span's
  // decade, as the bowl's own from 0.
  const auto raised = contour_levels(bowl_samples(50), true);
  ASSERT_EQ(raised.values.size(), 6u);
  const double offsets[] = {0.01, 0.03, 0.1, 0.3, 1, 3};
  for (std::size_t i = 0; i < 6; ++i) EXPECT_NEAR(raised.values[i], 50 + offsets[i], 1e-12);
  // A minimum of -0.99 counts from -1: -0.99, -0.97, ..., round values.
  const auto lowered = contour_levels(bowl_samples(-0.99), true);
  ASSERT_FALSE(lowered.values.empty());
  for (double v : lowered.values) EXPECT_NEAR(v * 100, std::round(v * 100), 1e-9) << v;
}

TEST(ContourLevels, ASlopeFarFromZeroEnds) {
  // 1e16 + x over a few units: a step of one or two ulps. Counting levels
  // (rather than stepping until past the top) ends however little a step
  // moves.
  std::vector<double> samples;
  for (int i = 0; i < 100; ++i) samples.push_back(1e16 + 2.0 * (i % 5));
  const auto levels = contour_levels(samples, false);
  EXPECT_LE(levels.values.size(), 32u);
  for (double v : levels.values) {
    EXPECT_GT(v, 1e16);
    EXPECT_LT(v, 1e16 + 8);
  }
}

TEST(ContourLevels, ASlopeGetsEvenRoundLevels) {
  const SampleGrid grid =
      sample_grid([](double x, double y) { return x + y; }, kSquare, kSquare, 51, 51);
  const auto levels = contour_levels(grid.values, has_basin(grid));
  EXPECT_FALSE(has_basin(grid));  // its lowest corner is on the edge
  EXPECT_FALSE(levels.log);
  EXPECT_EQ(levels.values, (std::vector<double>{-3, -2, -1, 0, 1, 2, 3}));
}

TEST(ContourLevels, FlatOrNonFiniteSamplesHaveNone) {
  EXPECT_TRUE(contour_levels({2, 2, 2}, true).values.empty());
  EXPECT_TRUE(contour_levels({NAN, INFINITY}, true).values.empty());
  EXPECT_TRUE(contour_levels({-1e308, 1e308}, false).values.empty());  // overflowing span
}

TEST(ContourLevels, PositionCountsLevelsPassed) {
  ContourLevels levels;
  levels.low = 0, levels.high = 10, levels.values = {1, 2, 5};
  EXPECT_EQ(levels.position(0), 0);
  EXPECT_EQ(levels.position(0.5), 0.5);
  EXPECT_EQ(levels.position(2), 2);
  EXPECT_EQ(levels.position(3.5), 2.5);
  EXPECT_EQ(levels.position(10), 4);
  EXPECT_EQ(levels.position(99), 4);
  EXPECT_EQ(levels.position(NAN), -1);
}

TEST(Canvas, ADottedLineLightsEveryOtherPixel) {
  Canvas solid(10, 1, Charset::braille), dotted(10, 1, Charset::braille);
  solid.line(0, 1, 19, 1);
  dotted.dotted_line(0, 1, 19, 1);
  // Braille dot 2 (row 1, left) and dot 5 (row 1, right) per cell: solid
  // lights both, dotted only the even (left) one.
  EXPECT_EQ(solid.render(false)[0], "⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒");
  EXPECT_EQ(dotted.render(false)[0], "⠂⠂⠂⠂⠂⠂⠂⠂⠂⠂");
}

TEST(Canvas, CoverPutsTheTopLayersCellsOver) {
  Canvas base(3, 1, Charset::braille), top(3, 1, Charset::braille);
  base.line(0, 0, 5, 0);  // every cell
  top.set(2, 3);          // the middle cell
  base.cover(top);
  EXPECT_EQ(base.render(false)[0], "⠉⡀⠉");
}

}  // namespace
}  // namespace gd
