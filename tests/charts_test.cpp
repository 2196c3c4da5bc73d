#include "output/charts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/run.h"
#include "text_lines.h"

namespace gd {
namespace {

std::vector<RunSpec> runs(std::size_t count) {
  std::vector<RunSpec> specs;
  for (std::size_t i = 1; i <= count; ++i) {
    RunSpec spec;
    spec.index = i;
    spec.settings.learning_rate = 0.1 * static_cast<double>(i);
    specs.push_back(spec);
  }
  return specs;
}

TEST(SeriesNames, NoneForOneRunAndTheRunsOwnForSeveral) {
  ChartRecords records;
  records.endings = {Ending::converged};
  EXPECT_EQ(series_names(runs(1), records), std::vector<std::string>{""});
  records.endings = {Ending::oscillating, Ending::diverged, Ending::unbounded};
  EXPECT_EQ(series_names(runs(3), records),
            (std::vector<std::string>{"sgd:0.1", "sgd:0.2 (diverged)",
                                      "sgd:0.30000000000000004 (unbounded)"}));
}

/// Settings of an ascii chart of f(x, y, z) showing z and x.
ChartSettings settings_of(std::vector<Plot> kinds) {
  ChartSettings settings;
  settings.kinds = std::move(kinds);
  settings.title = "x^2+y^2+z^2";
  settings.style = {Charset::ascii, false};
  settings.width = 40;
  settings.height = 10;
  settings.path = {40, 10};
  settings.classic_width = 10;
  settings.classic_height = 3;
  settings.steps = 3;
  settings.variables = {"x", "y", "z"};
  settings.path_coordinates = {2, 0};
  return settings;
}

/// Records of one run of x, y, z = k, 3, -k for k = 0..3.
ChartRecords records_of(const ChartSettings& settings) {
  ChartRecords records;
  records.classic.emplace(settings.steps, settings.classic_width);
  records.losses.resize(1);
  records.paths.resize(1);
  for (std::uint64_t k = 0; k <= 3; ++k) {
    const double x = static_cast<double>(k);
    if (k > 0) records.classic->add(10 - x);
    records.losses[0].add(10 - x);
    records.paths[0].add({k, -x, x, 10 - x});
  }
  records.last_points = {{3, 3, -3}};
  records.endings = {Ending::converged};
  return records;
}

TEST(DrawCharts, InTheOrderAskedWithABlankLineBetween) {
  const ChartSettings settings = settings_of({Plot::classic, Plot::line});
  const auto text = draw_charts(settings, records_of(settings), {""}, nullptr, 0);
  const auto lines = gd::lines(text);
  ASSERT_EQ(lines.size(), 3u + 1u + 10u);  // classic 3 lines, a blank, the loss chart
  EXPECT_EQ(lines[3], "");
  EXPECT_NE(lines[4].find("x^2+y^2+z^2"), std::string::npos) << text;  // the loss chart's title
}

TEST(DrawCharts, ThePathChartsMapIsFSlicedAtTheRunsLastPoint) {
  const ChartSettings settings = settings_of({Plot::path});
  std::vector<std::vector<double>> asked;
  const auto f = [&](const std::vector<double>& x) {
    asked.push_back(x);
    return x[0] * x[0] + x[1] * x[1] + x[2] * x[2];
  };
  const std::string text = draw_charts(settings, records_of(settings), {""}, f, 0);
  EXPECT_NE(text.find("f sliced at the final y = 3"), std::string::npos) << text;
  ASSERT_FALSE(asked.empty());
  for (const auto& x : asked) EXPECT_EQ(x[1], 3.0);  // y held, z and x mapped
  // A run with no row yet has no point to slice at: no path chart.
  ChartRecords empty = records_of(settings);
  empty.last_points = {{}};
  EXPECT_EQ(draw_charts(settings, empty, {""}, f, 0), "");
}

TEST(DrawCharts, NoLineOfAnyChartEndsInASpace) {
  const auto f = [](const std::vector<double>& x) {
    return x[0] * x[0] + x[1] * x[1] + x[2] * x[2];
  };
  for (Charset charset : {Charset::ascii, Charset::braille, Charset::block})
    for (bool color : {false, true}) {
      ChartSettings settings = settings_of({Plot::classic, Plot::line, Plot::path});
      settings.style = {charset, color};
      const std::string text = draw_charts(settings, records_of(settings), {""}, f, 0);
      EXPECT_EQ(lines_ending_in_space(text), std::vector<std::string>{}) << text;
      settings.path_coordinates = {0};  // the curve
      const std::string curve = draw_charts(settings, records_of(settings), {""}, f, 0);
      EXPECT_EQ(lines_ending_in_space(curve), std::vector<std::string>{}) << curve;
    }
}

TEST(DrawCharts, AManyVariableSliceIsCutBetweenValuesAndCounted) {
  ChartSettings settings = settings_of({Plot::path});
  settings.variables.clear();
  std::vector<double> last;
  for (int i = 1; i <= 20; ++i) {
    settings.variables.push_back("x" + std::to_string(i));
    last.push_back(3.9023072577801634e-20 * i);
  }
  settings.path_coordinates = {0, 1};
  settings.path = {60, 16};
  ChartRecords records = records_of(settings);
  records.last_points = {last};
  const auto f = [](const std::vector<double>& x) {
    double sum = 0;
    for (double v : x) sum += v * v;
    return sum;
  };
  const auto text = draw_charts(settings, records, {""}, f, 0);
  const std::string note = gd::lines(text).back();
  EXPECT_EQ(note, "f sliced at the final x3 = 1.170692e-19, ... (+17 more)") << text;
  settings.style.charset = Charset::braille;
  settings.path.width = 500;  // room for all: none left out
  const std::string wide = gd::lines(draw_charts(settings, records, {""}, f, 0)).back();
  EXPECT_EQ(wide.find("more"), std::string::npos) << wide;
  EXPECT_NE(wide.find(", x20 = 7.804615e-19"), std::string::npos) << wide;
}

TEST(DrawCharts, AClassicGraphOfNoStepsIsLeftOut) {
  ChartSettings settings = settings_of({Plot::classic, Plot::line});
  ChartRecords records = records_of(settings);
  records.classic.emplace(0, 10);  // --steps 0: nothing after a step
  const auto text = draw_charts(settings, records, {""}, nullptr, 0);
  EXPECT_EQ(gd::lines(text).size(), 10u);
}

}  // namespace
}  // namespace gd
