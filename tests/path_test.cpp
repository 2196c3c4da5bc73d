#include "plot/path.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "golden.h"
#include "plot/curve.h"
#include "problems.h"
#include "text_lines.h"

namespace gd {
namespace {

double bowl(double x, double y) { return x * x + y * y; }
using problems::rosenbrock;
double quartic(double x) { return x * x * x * x - 3 * x * x + x; }

/// Gradient descent written out: central differences as gd takes them.
std::vector<PathPoint> descend_2d(double (*f)(double, double), double x, double y, double lr,
                                  int steps) {
  std::vector<PathPoint> points;
  const double h = 1e-4;
  for (int k = 0; k <= steps; ++k) {
    points.push_back({static_cast<std::uint64_t>(k), x, y, f(x, y)});
    const double gx = (f(x + h, y) - f(x - h, y)) / (2 * h);
    const double gy = (f(x, y + h) - f(x, y - h)) / (2 * h);
    x -= lr * gx;
    y -= lr * gy;
  }
  return points;
}

std::vector<PathPoint> descend_1d(double x, double lr, int steps) {
  std::vector<PathPoint> points;
  const double h = 1e-4;
  for (int k = 0; k <= steps; ++k) {
    points.push_back({static_cast<std::uint64_t>(k), x, 0, quartic(x)});
    x -= lr * (quartic(x + h) - quartic(x - h)) / (2 * h);
  }
  return points;
}

PathChartSpec spec_of(int width, int height, Charset charset,
                      std::vector<std::string> names = {"x1", "x2"}) {
  PathChartSpec spec;
  spec.title = "f";
  spec.width = width;
  spec.height = height;
  spec.style = {charset, false};
  spec.axis_names = std::move(names);
  return spec;
}

TEST(PathTrace, ANarrowAxisKeepsItsOwnTolerance) {
  // 100 units across, a zigzag of 0.001 down: drawn not to scale, the zigzag
  // fills the height, so a tolerance from the wide side (100 / 4096) would
  // drop it. The first 2000 steps draw the same whether 10^6 follow (still)
  // or none.
  const auto zigzag = [](std::uint64_t k) {
    const std::uint64_t j = std::min<std::uint64_t>(k, 2000);
    return PathPoint{k, 0.05 * static_cast<double>(j), j % 2 == 0 ? 0.0 : 0.001, 0};
  };
  PathTrace alone, followed;
  for (std::uint64_t k = 0; k <= 2000; ++k) alone.add(zigzag(k));
  for (std::uint64_t k = 0; k <= 1000000; ++k) followed.add(zigzag(k));
  const auto flat = [](double, double) { return 0.0; };
  const PathChartSpec spec = spec_of(80, 24, Charset::braille);
  const std::string short_run = draw_path_chart({{"", alone.points()}}, flat, spec);
  EXPECT_EQ(short_run, draw_path_chart({{"", followed.points()}}, flat, spec));
  EXPECT_NE(short_run.find("not to scale"), std::string::npos) << short_run;
  EXPECT_GE(alone.points().size(), 1000u);  // the zigzag's corners are kept
}

TEST(PathTrace, KeepsEveryStepWhileThereIsRoom) {
  PathTrace trace;
  for (std::uint64_t k = 0; k < 5; ++k)
    trace.add({k, double(k), -double(k), 10.0 + static_cast<double>(k)});
  const auto points = trace.points();
  ASSERT_EQ(points.size(), 5u);
  EXPECT_EQ(points[3].step, 3u);
  EXPECT_EQ(points[3].u, 3);
  EXPECT_EQ(points[3].v, -3);
  EXPECT_EQ(points[3].f, 13);
}

/// A spiral into (0, 0) that shrinks by `ratio` a step, from radius 5.
std::vector<PathPoint> spiral(std::uint64_t steps, double ratio) {
  std::vector<PathPoint> points;
  double radius = 5;
  for (std::uint64_t k = 0; k <= steps; ++k, radius *= ratio) {
    const double angle = 0.35 * static_cast<double>(k);
    points.push_back({k, radius * std::cos(angle), radius * std::sin(angle), radius * radius});
  }
  return points;
}

std::vector<PathPoint> traced(const std::vector<PathPoint>& points,
                              std::size_t capacity = 1 << 13) {
  PathTrace trace(capacity);
  for (const auto& point : points) trace.add(point);
  return trace.points();
}

TEST(PathTrace, AConvergedRunDrawsTheSameWhateverItsLength) {
  // 0.88^100 * 5 is 1.4e-5: after 100 steps the spiral has stopped moving
  // on any canvas, so a million steps must draw the same chart; a trace
  // thinned by steps would have lost the spiral's turns.
  const auto long_run = traced(spiral(1000000, 0.88));
  EXPECT_LT(long_run.size(), 1000u);
  EXPECT_EQ(long_run.back().step, 1000000u);
  const auto spec = spec_of(60, 20, Charset::braille);
  EXPECT_EQ(draw_path_chart({{"", traced(spiral(100, 0.88))}}, bowl, spec),
            draw_path_chart({{"", long_run}}, bowl, spec));
}

/// Momentum on x^2/20 + y^2 from (-7, 2), written out with the exact
/// gradient: v = m v - lr g, x += v.
std::vector<PathPoint> momentum_run(std::uint64_t steps) {
  std::vector<PathPoint> points;
  double x = -7, y = 2, vx = 0, vy = 0;
  for (std::uint64_t k = 0; k <= steps; ++k) {
    points.push_back({k, x, y, x * x / 20 + y * y});
    vx = 0.9 * vx - 0.1 * (x / 10);
    vy = 0.9 * vy - 0.1 * (2 * y);
    x += vx, y += vy;
  }
  return points;
}

/// The characters of a line, one string each (braille takes three bytes).
std::vector<std::string> characters(const std::string& line) {
  std::vector<std::string> all;
  for (char c : line)
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80 && !all.empty())
      all.back() += c;
    else
      all.emplace_back(1, c);
  return all;
}

/// Cells where two charts differ (a missing cell or line counts too).
int cells_apart(const std::string& a, const std::string& b) {
  const auto left = lines(a), right = lines(b);
  int apart = 0;
  for (std::size_t r = 0; r < std::max(left.size(), right.size()); ++r) {
    const auto l = r < left.size() ? characters(left[r]) : std::vector<std::string>{};
    const auto m = r < right.size() ? characters(right[r]) : std::vector<std::string>{};
    for (std::size_t i = 0; i < std::max(l.size(), m.size()); ++i)
      apart += i >= l.size() || i >= m.size() || l[i] != m[i];
  }
  return apart;
}

TEST(PathTrace, DrawsWhatEveryIterateDraws) {
  // Momentum's swing down to y = -1.2 and back is in its first 100 steps
  // of 100000: the thinned trace draws it as every iterate does.
  const auto every = momentum_run(100000);
  const auto kept = traced(every);
  EXPECT_LT(kept.size(), every.size() / 10);
  const auto f = [](double x, double y) { return x * x / 20 + y * y; };
  for (auto [width, height] : {std::pair{80, 24}, {60, 20}, {200, 50}}) {
    const auto spec = spec_of(width, height, Charset::braille, {"x", "y"});
    EXPECT_EQ(cells_apart(draw_path_chart({{"", kept}}, f, spec),
                          draw_path_chart({{"", every}}, f, spec)),
              0)
        << width << "x" << height;
  }
}

TEST(PathTrace, KeepsAtMostItsCapacityOfARandomWalk) {
  // A walk never settles: every step moves, and the tolerance must grow.
  PathTrace trace(1024);
  std::uint64_t state = 12345;  // a fixed LCG: the same walk every time
  const auto unit = [&] {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return static_cast<double>(state >> 11) / 9007199254740992.0 - 0.5;
  };
  double u = 0, v = 0;
  std::size_t most = 0;
  for (std::uint64_t k = 0; k < 1000000; ++k) {
    trace.add({k, u, v, 0});
    most = std::max(most, trace.kept());
    u += unit(), v += unit();
  }
  EXPECT_LE(most, 1024u);
  const auto points = trace.points();
  EXPECT_GE(points.size(), 100u);  // thinned, not emptied
  EXPECT_EQ(points.front().step, 0u);
  EXPECT_EQ(points.back().step, 999999u);
}

TEST(PathTrace, KeepsWhereTheLineBreaksAndResumes) {
  const std::vector<PathPoint> points{{0, 0, 0, 0},   {1, 1, 1, 0}, {2, NAN, 0, 0},
                                      {3, NAN, 1, 0}, {4, 2, 2, 0}, {5, 2, 2, 0}};
  std::vector<std::uint64_t> steps;
  for (const auto& p : traced(points)) steps.push_back(p.step);
  EXPECT_EQ(steps, (std::vector<std::uint64_t>{0, 1, 2, 4, 5}));
}

TEST(PathChart, GoldenBraille) {
  expect_golden("path_braille", draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, bowl,
                                                spec_of(60, 20, Charset::braille)));
}

TEST(PathChart, GoldenBlock) {
  expect_golden("path_block", draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, bowl,
                                              spec_of(60, 20, Charset::block)));
}

TEST(PathChart, GoldenAscii) {
  expect_golden("path_ascii", draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, bowl,
                                              spec_of(60, 20, Charset::ascii)));
}

TEST(PathChart, GoldenRosenbrockWithLogSpacedContours) {
  const std::string text =
      draw_path_chart({{"", descend_2d(rosenbrock, -1.2, 1, 0.001, 3000)}}, rosenbrock,
                      spec_of(70, 22, Charset::braille, {"x", "y"}));
  expect_golden("path_rosenbrock", text);
  // Rosenbrock's valley floor is far below its walls: rings by decades.
  EXPECT_NE(text.find("contours (dotted) at f = 0.1, 0.3, 1, 3, 10, 30, 100, 300"),
            std::string::npos);
}

double himmelblau(double x, double y) {
  return std::pow(x * x + y - 11, 2) + std::pow(x + y * y - 7, 2);
}

TEST(PathChart, GoldenHimmelblausFourMinima) {
  // Over [-5, 5]^2 the four minima (3, 2), (-2.805, 3.131), (-3.779,
  // -3.283), (3.584, -1.848) each sit in their own rings of log-spaced
  // levels; the path from the origin ends in (3, 2).
  PathChartSpec spec = spec_of(80, 30, Charset::braille, {"x", "y"});
  spec.xlim = {{-5, 5}};
  spec.ylim = {{-5, 5}};
  const std::string text =
      draw_path_chart({{"", descend_2d(himmelblau, 0, 0, 0.01, 100)}}, himmelblau, spec);
  expect_golden("path_himmelblau", text);
  EXPECT_NE(text.find("contours (dotted) at f = "), std::string::npos);
}

TEST(PathChart, GoldenRastriginShaded) {
  // Rastrigin's wells, one per unit: shaded cell by cell, the lowest shade
  // blank, so each well shows as a hole and the global one at (0, 0) as
  // the largest.
  const auto rastrigin = [](double x, double y) {
    return 20 + x * x + y * y - 10 * std::cos(2 * M_PI * x) - 10 * std::cos(2 * M_PI * y);
  };
  std::vector<PathPoint> path;
  double x = 2.3, y = -2.6;
  for (int k = 0; k <= 200; ++k) {  // exact gradient
    path.push_back({static_cast<std::uint64_t>(k), x, y, rastrigin(x, y)});
    x -= 0.002 * (2 * x + 20 * M_PI * std::sin(2 * M_PI * x));
    y -= 0.002 * (2 * y + 20 * M_PI * std::sin(2 * M_PI * y));
  }
  PathChartSpec spec = spec_of(100, 40, Charset::braille, {"x", "y"});
  spec.xlim = {{-4, 4}};
  spec.ylim = {{-4, 4}};
  spec.map = MapStyle::shade;
  const std::string text = draw_path_chart({{"", path}}, rastrigin, spec);
  expect_golden("path_rastrigin_shade", text);
  EXPECT_NE(text.find("shade \" .,;~!iIHM\" = f from "), std::string::npos);
}

TEST(PathChart, GoldenSeveralPaths) {
  const auto f = [](double x, double y) { return x * x / 20 + y * y; };
  std::vector<PathPoint> slow, fast;
  double x = -7, y = 2, u = -7, v = 2;
  for (int k = 0; k <= 30; ++k) {
    slow.push_back({static_cast<std::uint64_t>(k), x, y, f(x, y)});
    fast.push_back({static_cast<std::uint64_t>(k), u, v, f(u, v)});
    x -= 0.3 * x / 10, y -= 0.3 * 2 * y;  // exact gradients, two learning rates
    u -= 0.95 * u / 10, v -= 0.95 * 2 * v;
  }
  const std::string text = draw_path_chart({{"lr 0.3", slow, 0}, {"lr 0.95", fast, 1}}, f,
                                           spec_of(70, 20, Charset::braille, {"x", "y"}));
  expect_golden("path_series", text);
  EXPECT_NE(text.find("o start  * lr 0.3  + lr 0.95"), std::string::npos) << text;
}

TEST(PathChart, StartAndEndAreMarked) {
  const std::string text = draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, bowl,
                                           spec_of(60, 20, Charset::ascii));
  const auto all = lines(text);
  // The start (-3, 4) is in the top rows, the end near (0, 0) lower down.
  int start_row = -1, end_row = -1;
  for (std::size_t r = 1; r + 3 < all.size(); ++r) {
    if (all[r].find('o') != std::string::npos) start_row = static_cast<int>(r);
    if (all[r].find('*') != std::string::npos) end_row = static_cast<int>(r);
  }
  EXPECT_GE(start_row, 1);
  EXPECT_GT(end_row, start_row);
  EXPECT_EQ(all[all.size() - 2], "o start  * end") << text;
  EXPECT_EQ(all.back().find("contours (dotted) at f = "), 0u) << text;
}

/// Canvas cells of a chart: rows between the title and the x axis, and the
/// columns of the longest of them after the axis.
std::pair<int, int> canvas_size(const std::string& text) {
  const auto all = lines(text);
  int rows = 0;
  std::size_t axis = 0;
  for (std::size_t r = 1; r < all.size(); ++r) {
    const std::size_t first = all[r].find_first_not_of(' ');
    if (all[r].compare(first, 1, "+") == 0 || all[r].compare(first, 3, "└") == 0) {
      axis = r;
      break;
    }
    ++rows;
  }
  const std::string& line = all[axis];
  const int cols =
      display_width(line) - display_width(line.substr(0, line.find_first_of("+└"))) - 1;
  return {cols, rows};
}

TEST(PathChart, ASquareWindowLooksSquare) {
  // Cells are about twice as tall as wide: a unit takes 2 columns per row.
  for (Charset charset : {Charset::braille, Charset::ascii})
    for (auto [width, height] : {std::pair{80, 24}, {60, 40}, {120, 20}}) {
      PathChartSpec spec = spec_of(width, height, charset);
      spec.xlim = {{-1, 1}};
      spec.ylim = {{-1, 1}};
      const auto [cols, rows] =
          canvas_size(draw_path_chart({{"", descend_2d(bowl, 0.5, 0.5, 0.1, 5)}}, bowl, spec));
      EXPECT_NEAR(cols, 2 * rows, 2) << width << "x" << height;
      EXPECT_LE(rows, height);
    }
}

TEST(PathChart, AnAutomaticWindowIsWidenedToTheAspect) {
  // The path runs 3 units across and 4 down: the window keeps the whole
  // canvas, so x is widened until a unit is 2 columns per row.
  const std::string text = draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, bowl,
                                           spec_of(80, 24, Charset::ascii));
  const auto all = lines(text);
  EXPECT_EQ(all.size(), 24u);
  std::istringstream labels(all[all.size() - 3]);
  std::vector<double> ticks;
  for (double v; labels >> v;) ticks.push_back(v);
  ASSERT_GE(ticks.size(), 2u);
  EXPECT_LT(ticks.front(), -3);  // wider than the path's -3..0 with margins
  EXPECT_GT(ticks.back(), 0.5);
}

TEST(PathChart, UnequalRangesGetTheirOwnScalesAndANote) {
  // 100 units across and 1 down: to scale, the path would be one row tall.
  std::vector<PathPoint> wide;
  for (int k = 0; k <= 50; ++k)
    wide.push_back({static_cast<std::uint64_t>(k), 2.0 * k, std::sin(k * 0.3), 0});
  const auto flat = [](double, double) { return 1.0; };
  const std::string apart = draw_path_chart({{"", wide}}, flat, spec_of(80, 24, Charset::ascii));
  EXPECT_NE(apart.find("not to scale: x2 drawn "), std::string::npos) << apart;
  const auto [cols, rows] = canvas_size(apart);
  EXPECT_GE(rows, 15);  // the path has the height
  // Comparable ranges keep one scale, and no note.
  const std::string equal = draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, bowl,
                                            spec_of(80, 24, Charset::ascii));
  EXPECT_EQ(equal.find("not to scale"), std::string::npos) << equal;
}

TEST(PathChart, TheEndHasRoomAroundIt) {
  // The bowl's path ends at the minimum (0, 0), at the bottom right of the
  // path's box: the window holds a fifth of the larger span beyond it, so
  // the end marker is rows above the x axis and columns from the right.
  for (Charset charset : {Charset::braille, Charset::ascii}) {
    const auto all = lines(
        draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 40)}}, bowl, spec_of(60, 20, charset)));
    std::size_t axis = 0, end_row = 0, end_col = 0;
    for (std::size_t r = 0; r < all.size(); ++r) {
      const std::size_t first = all[r].find_first_not_of(' ');
      if (all[r].compare(first, 1, "+") == 0 || all[r].compare(first, 3, "└") == 0) axis = r;
      if (const auto at = all[r].find('*'); at != std::string::npos && axis == 0)
        end_row = r, end_col = static_cast<std::size_t>(display_width(all[r].substr(0, at)));
    }
    ASSERT_GT(axis, 0u);
    EXPECT_GE(axis - end_row, 3u) << all[end_row];
    EXPECT_LE(end_col + 6, 60u) << all[end_row];
  }
}

TEST(PathChart, APathThatRoamsFarIsLeftToCrossTheEdge) {
  // Two runs from (-3, 4): one converges to the origin, one swings out to
  // +-500. Framed on both, the first would be a dot; the window frames the
  // first (the second roams over 20 times as far) and a note says so.
  std::vector<PathPoint> far;
  for (int k = 0; k <= 30; ++k)
    far.push_back(
        {static_cast<std::uint64_t>(k), -3.0 * std::pow(-1.2, k), 4.0 * std::pow(-1.2, k), 0});
  const auto near = descend_2d(bowl, -3, 4, 0.1, 30);
  PathChartSpec spec = spec_of(80, 24, Charset::ascii);
  const std::string both = draw_path_chart({{"near", near, 0}, {"far", far, 1}}, bowl, spec);
  EXPECT_NE(both.find("the window leaves out the far path of far"), std::string::npos) << both;
  const auto ticks = lines(both)[lines(both).size() - 4];   // the x labels
  EXPECT_EQ(ticks.find("100"), std::string::npos) << both;  // the window is the near path's
  // Alone, a far path is framed as any other.
  const std::string alone = draw_path_chart({{"far", far, 1}}, bowl, spec);
  EXPECT_EQ(alone.find("leaves out"), std::string::npos) << alone;
  EXPECT_NE(alone.find("200"), std::string::npos) << alone;
}

TEST(PathChart, LevelsFarFromZeroAreWrittenApart) {
  // f = 1e18 + 1000 x + y: levels a few thousand apart near 1e18; each is
  // written with the digits that tell it from the next.
  const auto f = [](double x, double y) { return 1e18 + 1000 * x + y; };
  const std::string text = draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, f,
                                           spec_of(200, 24, Charset::ascii));
  const std::string head = "contours (dotted) at f = ";
  std::string note;
  for (const auto& line : lines(text))
    if (line.find(head) == 0) note = line;
  ASSERT_FALSE(note.empty()) << text;
  std::vector<std::string> values;
  std::istringstream list(note.substr(head.size()));
  for (std::string value; std::getline(list, value, ',');) values.push_back(value);
  ASSERT_GE(values.size(), 2u) << note;
  for (std::size_t i = 1; i < values.size(); ++i) EXPECT_NE(values[i], values[i - 1]) << note;
}

TEST(PathChart, LimitsFixTheWindow) {
  PathChartSpec spec = spec_of(80, 24, Charset::ascii);
  spec.xlim = {{-10, 10}};
  spec.ylim = {{-5, 5}};
  const auto all = lines(draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 20)}}, bowl, spec));
  EXPECT_NE(all[all.size() - 3].find("-10"), std::string::npos);
  EXPECT_NE(all[all.size() - 3].find("10"), std::string::npos);
}

TEST(PathChart, WidthAndHeightAreRespected) {
  const auto path = descend_2d(rosenbrock, -1.2, 1, 0.001, 500);
  const auto far = std::vector<PathPoint>{{0, 1e300, -1e300, 1}, {1, 0, 0, 1}};
  for (Charset charset : {Charset::braille, Charset::block, Charset::ascii})
    for (int width : {20, 23, 80, 300})
      for (int height : {5, 6, 9, 24, 100})
        for (const auto* points : {&path, &far}) {
          PathChartSpec spec = spec_of(width, height, charset);
          spec.notes = {"a note that is longer than the narrowest of charts"};
          spec.style.color = width == 80;  // colour, and no spaces before its last reset
          const std::string text = draw_path_chart({{"", *points}}, rosenbrock, spec);
          const auto all = lines(text);
          EXPECT_LE(all.size(), static_cast<std::size_t>(height)) << width << "x" << height;
          for (const auto& line : all) EXPECT_LE(display_width(line), width) << line;
          EXPECT_EQ(lines_ending_in_space(text), std::vector<std::string>{}) << text;
          const std::string curve_text = draw_curve_chart(
              {{"", descend_1d(2.2, 0.05, 30)}}, quartic, spec_of(width, height, charset, {"x"}));
          const auto curve = lines(curve_text);
          EXPECT_EQ(curve.size(), static_cast<std::size_t>(height));
          for (const auto& line : curve) EXPECT_LE(display_width(line), width) << line;
          EXPECT_EQ(lines_ending_in_space(curve_text), std::vector<std::string>{}) << curve_text;
        }
}

TEST(PathChart, WindowsAtTheEndsOfTheDoublesStayFinite) {
  const auto f = [](double, double y) { return y * y; };
  const std::vector<PathPoint> far{{0, 1.6e308, 1, 1}, {1, 1.6e308, 0.8, 0.64}};
  for (const auto& points :
       {far, std::vector<PathPoint>{{0, -1.7e308, -1.7e308, 1}, {1, 1.7e308, 1.7e308, 1}}}) {
    const std::string text = draw_path_chart({{"", points}}, f, spec_of(60, 14, Charset::ascii));
    EXPECT_EQ(text.find("nan"), std::string::npos) << text;
    EXPECT_EQ(text.find("inf"), std::string::npos) << text;
  }
  PathChartSpec spec = spec_of(60, 14, Charset::ascii);
  spec.xlim = {{1, 1.0000000000000002}};  // two doubles apart: widened, and quick
  EXPECT_LE(lines(draw_path_chart({{"", far}}, f, spec)).size(), 14u);
}

TEST(PathChart, ThePathIsDrawnOverTheContours) {
  // A ring across the contours of x^2 + y^2: a cell the path passes
  // through shows the path alone, the same with the map as without it (a
  // constant f has no contours), and the map adds cells of its own.
  std::vector<PathPoint> ring;
  for (int k = 0; k <= 64; ++k)
    ring.push_back(
        {static_cast<std::uint64_t>(k), 1.5 * std::cos(k * 0.1) + 0.5, 1.5 * std::sin(k * 0.1), 4});
  PathChartSpec spec = spec_of(60, 20, Charset::braille);
  spec.xlim = {{-3, 3}};
  spec.ylim = {{-3, 3}};
  const auto with_map = lines(draw_path_chart({{"", ring}}, bowl, spec));
  const auto without = lines(draw_path_chart(
      {{"", ring}}, [](double, double) { return 1.0; }, spec));
  ASSERT_EQ(with_map.size(), without.size());
  const auto cells = [](const std::string& line) {
    std::vector<std::string> glyphs;  // one per column
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t size = static_cast<unsigned char>(line[i]) >= 0xE0   ? 3
                               : static_cast<unsigned char>(line[i]) >= 0xC0 ? 2
                                                                             : 1;
      glyphs.push_back(line.substr(i, size));
      i += size;
    }
    return glyphs;
  };
  int path_cells = 0, map_cells = 0;
  for (std::size_t r = 1; r + 4 < without.size(); ++r) {
    const auto mapped = cells(with_map[r]), plain = cells(without[r]);
    for (std::size_t c = 0; c < mapped.size(); ++c) {
      const bool path = c < plain.size() && plain[c] != " ";
      if (path) {
        EXPECT_EQ(mapped[c], plain[c]) << with_map[r];
      }
      path_cells += path;
      map_cells += !path && mapped[c] != " ";
    }
  }
  EXPECT_GE(path_cells, 20);
  EXPECT_GE(map_cells, 20);
  EXPECT_EQ(with_map[with_map.size() - 1].find("contours (dotted) at f = "), 0u);
}

TEST(CurveChart, IteratesOfASliceSitOnTheCurve) {
  // f(x, y) = x^2 + 3y^2 shown along y with x held at 0.5: the marks are
  // at 0.25 + 3y^2, not at the iterates' own f (which had other x).
  std::vector<PathPoint> points{{0, 2, 0, 21}, {1, 1, 0, 7}, {2, 0.5, 0, 1}};
  const auto slice = [](double y) { return 0.25 + 3 * y * y; };
  PathChartSpec spec = spec_of(60, 14, Charset::ascii, {"y"});
  const auto all = lines(draw_curve_chart({{"", points}}, slice, spec));
  // The y axis tops out at the curve's maximum over the window, not at 21.
  EXPECT_EQ(all[1].find("21"), std::string::npos);
  for (const auto& line : all) EXPECT_EQ(line.find("20 +"), std::string::npos) << line;
}

TEST(PathChart, NonFiniteValuesOfFLeaveNoContours) {
  const auto f = [](double x, double y) { return x > 0 ? NAN : x * x + y * y; };
  const std::string text =
      draw_path_chart({{"", descend_2d(bowl, -3, 4, 0.1, 5)}}, f, spec_of(60, 20, Charset::ascii));
  EXPECT_EQ(lines(text).size(), 20u);
}

TEST(CurveChart, GoldenBraille) {
  expect_golden("curve_braille", draw_curve_chart({{"", descend_1d(2.2, 0.05, 30)}}, quartic,
                                                  spec_of(60, 16, Charset::braille, {"x"})));
}

TEST(CurveChart, GoldenAscii) {
  const std::string text = draw_curve_chart({{"", descend_1d(2.2, 0.05, 30)}}, quartic,
                                            spec_of(60, 16, Charset::ascii, {"x"}));
  expect_golden("curve_ascii", text);
  EXPECT_NE(text.find("o start  . iterates  * end"), std::string::npos);
}

TEST(CurveChart, GoldenBlock) {
  expect_golden("curve_block", draw_curve_chart({{"", descend_1d(2.2, 0.05, 30)}}, quartic,
                                                spec_of(60, 16, Charset::block, {"x"})));
}

}  // namespace
}  // namespace gd
