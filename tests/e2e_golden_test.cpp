// Golden charts of whole reports on a terminal (script(1)), checked by
// eye once when written: GD_UPDATE_GOLDEN=1 rewrites them.

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "e2e.h"
#include "golden.h"

namespace {
/// The charts of a report on a terminal: the lines after the start's three
/// (expression, point, f) and before the summary.
std::string charts_of_report(const std::string& screen, const std::string& summary_from) {
  const std::size_t begin = screen.find('\n', screen.find("f(x) = ")) + 1;
  return screen.substr(begin, screen.find(summary_from) - begin);
}

TEST(GoldenCharts, TheBooksFigureSixEightAsPanels) {
  // Deep Learning from Scratch, figure 6-8: four optimizers on x^2/20 + y^2
  // from (-7, 2), 30 steps; a panel each, same window and levels, titled
  // with the run and its verdict, under the loss chart. Checked by eye.
  const std::string book =
      "--expr 'x^2/20+y^2' --start -7,2 --optimizer sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3 "
      "--steps 30 --plot line,path --color never";
  for (auto [cols, rows] : {std::pair{80, 24}, {120, 40}}) {
    const std::string charts = charts_of_report(
        gd_e2e::on_terminal(book, "-u NO_COLOR LANG=C.UTF-8", cols, rows), "rank  run");
    gd::expect_golden("book_figure_6_8_" + std::to_string(cols) + "x" + std::to_string(rows),
                      charts);
    for (const char* title : {"* sgd:0.95 · not converged", "+ momentum:0.1 · not converged",
                              "x adagrad:1.5 · not converged", "# adam:0.3 · not converged"})
      EXPECT_NE(charts.find(title), std::string::npos) << title;
  }
}

}  // namespace
