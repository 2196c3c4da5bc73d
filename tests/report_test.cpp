#include "output/report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gd {
namespace {

TEST(Report, ShowsStartGraphEndAndSummary) {
  RunLog log;
  std::vector<double> x0{-3, 4}, x1{-2.5, 0.125}, x2{1e-05, -0.5};
  log.on_row({0, 25, x0, 10});
  log.on_row({1, 6.5, x1, 5});
  log.on_row({2, 0.25, x2, 1.5});
  const std::string expression = "x1^2+x2^2", graph = "-\n -\n";
  const std::vector<std::string> variables{"x1", "x2"};
  EXPECT_EQ(render_report({expression, variables, log, graph, 15, 0.0000123}),
            "f(x1, x2) = x1^2+x2^2\n"
            "x = [-3, 4]\n"
            "f(x) = 25\n"
            "-\n"
            " -\n"
            "x = [1e-05, -0.5]\n"
            "f(x) = 0.25\n"
            "2 steps, 15 evaluations of f, gradient norm 1.5, 0.012 ms\n");
}

TEST(Report, OneRowIsBothStartAndEnd) {
  RunLog log;
  std::vector<double> x{3};
  log.on_row({0, 9, x, 6});
  EXPECT_EQ(log.first().x, log.last().x);
  EXPECT_EQ(log.last().step, 0u);
  const std::string expression = "x^2", graph;
  const std::vector<std::string> variables{"x"};
  EXPECT_EQ(render_report({expression, variables, log, graph, 3, 0.5}),
            "f(x) = x^2\nx = [3]\nf(x) = 9\nx = [3]\nf(x) = 9\n"
            "0 steps, 3 evaluations of f, gradient norm 6, 500.000 ms\n");
}

TEST(Report, SingularStep) {
  RunLog log;
  std::vector<double> x{3};
  log.on_row({0, 9, x, 6});
  log.on_row({1, 4, x, 4});
  const std::string expression = "x^2", graph;
  const std::vector<std::string> variables{"x"};
  EXPECT_NE(render_report({expression, variables, log, graph, 6, 0}).find("\n1 step, "),
            std::string::npos);
}

TEST(Report, DurationsStayReadable) {
  EXPECT_EQ(format_duration(0.0000064), "0.006 ms");
  EXPECT_EQ(format_duration(0.0123), "12.300 ms");
  EXPECT_EQ(format_duration(0.9996), "999.600 ms");  // not "1e+03 ms"
  EXPECT_EQ(format_duration(1.5), "1.50 s");
  EXPECT_EQ(format_duration(1234.0), "1234.00 s");
}

}  // namespace
}  // namespace gd
