#include "readers.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace gd {
namespace {

TEST(Readers, Windows) {
  std::pair<double, double> window;
  EXPECT_EQ(read_window("-2, 3.5", window), "");
  EXPECT_EQ(window, (std::pair{-2.0, 3.5}));
  EXPECT_EQ(read_window("2,1", window), "expected A < B, got \"2,1\"");
  EXPECT_EQ(read_window("1", window), "expected A,B, got \"1\"");
  EXPECT_NE(read_window("0,inf", window), "");
  EXPECT_NE(read_window("1,,2", window), "");
}

TEST(Readers, PlotsInOrderEachOnce) {
  std::vector<Plot> plots;
  EXPECT_EQ(read_plots("path,classic,line", plots), "");
  EXPECT_EQ(plots, (std::vector<Plot>{Plot::path, Plot::classic, Plot::line}));
  EXPECT_EQ(read_plots("none", plots), "");
  EXPECT_TRUE(plots.empty());
  EXPECT_EQ(read_plots("line,line", plots), "\"line\" is named twice in \"line,line\"");
  EXPECT_NE(read_plots("none,line", plots).find("is not a chart"), std::string::npos);
  EXPECT_NE(read_plots("", plots).find("is not a chart"), std::string::npos);
}

TEST(Readers, PlotVarsAreOneOrTwoDifferentNames) {
  std::vector<std::string> names;
  EXPECT_EQ(read_plot_vars("x3,x7", names), "");
  EXPECT_EQ(names, (std::vector<std::string>{"x3", "x7"}));
  EXPECT_EQ(read_plot_vars("y", names), "");
  EXPECT_EQ(names, std::vector<std::string>{"y"});
  for (const char* bad : {"x,x", "x,y,z", ",x", "x,", ""})
    EXPECT_EQ(read_plot_vars(bad, names),
              std::string("expected one or two different variable names, got \"") + bad + "\"")
        << bad;
}

}  // namespace
}  // namespace gd
