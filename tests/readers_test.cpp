#include "cli/readers.h"

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

TEST(Readers, Optimizers) {
  std::vector<OptimizerChoice> choices;
  EXPECT_EQ(read_optimizers("sgd:0.95,momentum:0.1,adagrad,adam:0.3", choices), "");
  EXPECT_EQ(choices, (std::vector<OptimizerChoice>{{Method::sgd, 0.95},
                                                   {Method::momentum, 0.1},
                                                   {Method::adagrad, std::nullopt},
                                                   {Method::adam, 0.3}}));
  EXPECT_EQ(read_optimizers("sgd:0.1,sgd:0.2", choices), "");  // two rates of one method
  EXPECT_EQ(read_optimizers("sgd,sgd", choices), "\"sgd\" is named twice in \"sgd,sgd\"");
  EXPECT_NE(read_optimizers("lbfgs", choices).find("\"lbfgs\" is not an optimizer"),
            std::string::npos);
  EXPECT_EQ(read_optimizers("adam:-1", choices),
            "the learning rate in \"adam:-1\" is not a finite number > 0");
  EXPECT_NE(read_optimizers("adam:", choices), "");
  EXPECT_NE(read_optimizers("", choices), "");
}

TEST(Readers, LearningRatesHAndParameters) {
  std::vector<double> rates;
  EXPECT_EQ(read_learning_rates("0.01,0.1", rates), "");
  EXPECT_EQ(rates, (std::vector<double>{0.01, 0.1}));
  EXPECT_NE(read_learning_rates("0.1,0", rates), "");
  EXPECT_NE(read_learning_rates("0.1,0.1", rates), "");
  GradientSettings gradient;
  EXPECT_EQ(read_h("auto", gradient), "");
  EXPECT_TRUE(gradient.auto_h);
  EXPECT_EQ(read_h("1e-6", gradient), "");
  EXPECT_FALSE(gradient.auto_h);
  EXPECT_EQ(gradient.h, 1e-6);
  EXPECT_EQ(read_h("0", gradient), "expected a finite number > 0 or auto, got \"0\"");
  double value = 0;
  EXPECT_EQ(read_fraction("0", value), "");
  EXPECT_EQ(read_fraction("0.999", value), "");
  EXPECT_NE(read_fraction("1", value), "");
  EXPECT_NE(read_fraction("-0.1", value), "");
  EXPECT_EQ(read_tolerance("0", value), "");
  EXPECT_NE(read_tolerance("-1e-9", value), "");
  EXPECT_NE(read_tolerance("inf", value), "");
  EXPECT_EQ(read_finite("-5", value), "");
  EXPECT_EQ(value, -5);
  EXPECT_NE(read_finite("nan", value), "");
}

}  // namespace
}  // namespace gd
