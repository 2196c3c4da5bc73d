#include "app/plan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/usage_error.h"
#include "command_lines.h"
#include "output/describe.h"

namespace gd {
namespace {

Options options_of(std::vector<std::string> args) { return parse_args(std::move(args)).options; }

/// A pipe on both streams: no terminal.
Surroundings in_a_pipe() { return {}; }
/// An 80 x 24 UTF-8 terminal on stdout and stderr.
Surroundings on_a_terminal(int cols = 80, int rows = 24) {
  Surroundings around;
  around.out_is_terminal = around.err_is_terminal = true;
  around.out_size = around.err_size = TerminalSize{cols, rows};
  around.utf8 = true;
  return around;
}

Plan plan_of(const std::vector<std::string>& args, const Surroundings& around = in_a_pipe()) {
  const Options options = options_of(args);
  check_options(options);
  return make_plan(options, options.expression, around);
}

/// The stderr lines of the usage error `args` make (none: "").
std::string refusal(const std::vector<std::string>& args,
                    const Surroundings& around = in_a_pipe()) {
  try {
    plan_of(args, around);
  } catch (const UsageError& error) {
    return error.lines();
  }
  return "";
}

TEST(CheckOptions, ArmijoIsForSgdOnly) {
  EXPECT_EQ(refusal({"--expr", "x", "--start", "1", "--line-search", "armijo", "--optimizer",
                     "sgd,adam"}),
            "gd: error: --line-search armijo works with sgd only, not adam (see gd --help)\n");
  EXPECT_EQ(refusal({"--expr", "x^2", "--start", "1", "--line-search", "armijo"}), "");
}

TEST(CheckOptions, SummaryRowsAreData) {
  for (const char* format : {"text", "none"})
    EXPECT_EQ(refusal({"--expr", "x", "--start", "1", "--summary", "--format", format}),
              "gd: error: --summary writes data rows: use --format csv, tsv or jsonl (see gd "
              "--help)\n");
}

TEST(CheckOptions, OutputWithNothingToWrite) {
  EXPECT_EQ(refusal({"--expr", "x", "--start", "1", "--format", "none", "--output", "o.csv"}),
            "gd: error: --output with --format none: there is nothing to write (it would only "
            "empty the file) (see gd --help)\n");
}

TEST(CheckOptions, LearningRatesThatNoRunWouldUse) {
  EXPECT_EQ(refusal({"--expr", "x", "--start", "1", "--optimizer", "sgd:0.1", "--lr", "0.2"}),
            "gd: error: --lr is not used: every --optimizer entry has its own NAME:LR (see gd "
            "--help)\n");
  EXPECT_EQ(refusal({"--expr", "x", "--start", "1", "--optimizer", "sgd:0.1,adam", "--lr", "0.2"}),
            "");
}

TEST(CheckOptions, ChartsTooSmallButClassicAloneMayBeAnySize) {
  EXPECT_EQ(refusal({"--expr", "x", "--start", "1", "--plot-width", "19"}),
            "gd: error: --plot-width 19 is too small for the line and path charts (at least 20) "
            "(see gd --help)\n");
  EXPECT_EQ(
      refusal({"--expr", "x", "--start", "1", "--plot", "classic,path", "--plot-height", "4"}),
      "gd: error: --plot-height 4 is too small for the line and path charts (at least 5) "
      "(see gd --help)\n");
  EXPECT_EQ(refusal({"--expr", "x", "--start", "1", "--plot", "classic", "--plot-width", "5",
                     "--plot-height", "1"}),
            "");
}

TEST(MakePlan, AnExpressionErrorShowsItsColumn) {
  EXPECT_EQ(refusal({"--expr", "x1+*2", "--start", "1"}),
            "gd: error: --expr: unexpected operator \"*\" at column 4\n  x1+*2\n     ^\n");
}

TEST(MakePlan, VariablesMayNotBeNamedLikeColumns) {
  EXPECT_EQ(refusal({"--expr", "f+x", "--start", "1"}),
            "gd: error: --expr: the variable \"f\" has the name of a history column (step, f, "
            "grad_norm); please rename it\n");
  EXPECT_EQ(refusal({"--expr", "lr^2", "--start", "1", "--optimizer", "sgd,adam"}),
            "gd: error: --expr: the variable \"lr\" has the name of a history column of several "
            "runs (run, optimizer, lr); please rename it\n");
  EXPECT_EQ(refusal({"--expr", "lr^2", "--start", "1"}), "");  // one run: no run columns
}

TEST(MakePlan, TheStartFitsTheVariables) {
  EXPECT_EQ(refusal({"--expr", "x1+x2+x3", "--start", "1,2"}),
            "gd: error: --start has 2 values, but the expression has 3 variables (x1, x2, x3)\n");
  EXPECT_EQ(refusal({"--expr", "x", "--start", "1,2"}),
            "gd: error: --start has 2 values, but the expression has 1 variable (x)\n");
  EXPECT_EQ(plan_of({"--expr", "x+y", "--start", "3"}).start, (std::vector<double>{3, 3}));
  EXPECT_EQ(plan_of({"--expr", "x+y", "--start", "3,4", "--vars", "y,x"}).variables,
            (std::vector<std::string>{"y", "x"}));
}

TEST(MakePlan, NoRunTwice) {
  EXPECT_EQ(refusal({"--expr", "x^2", "--start", "1", "--optimizer", "sgd,sgd:0.01"}),
            "gd: error: --optimizer and --lr make the run sgd:0.01 twice\n");
}

TEST(MakePlan, AnEvaluationBudgetOfAtLeastOneRow) {
  EXPECT_EQ(refusal({"--expr", "x^2+y^2", "--start", "1", "--max-evals", "4"}),
            "gd: error: --max-evals 4 is less than one row takes (5: f and its gradient)\n");
  EXPECT_EQ(refusal({"--expr", "x^2+y^2", "--start", "1", "--max-evals", "5"}), "");
  EXPECT_EQ(
      refusal({"--expr", "x^2+y^2", "--start", "1", "--max-evals", "8", "--grad", "five-point"}),
      "gd: error: --max-evals 8 is less than one row takes (9: f and its gradient)\n");
}

TEST(MakePlan, ThePathChartShowsOneOrTwoVariables) {
  EXPECT_EQ(refusal({"--expr", "x1+x2+x3", "--start", "1", "--format", "text", "--plot", "path"}),
            "gd: error: --plot path shows one or two variables, and f has 3 (x1, x2, x3); choose "
            "them with --plot-vars, e.g. --plot-vars x1,x2\n");
  EXPECT_EQ(refusal({"--expr", "x1+x2+x3", "--start", "1", "--format", "text", "--plot", "path",
                     "--plot-vars", "x4"}),
            "gd: error: --plot-vars: \"x4\" is not a variable of f (x1, x2, x3)\n");
  // Charts that are not drawn (data in a pipe, no --plot) are not checked.
  EXPECT_EQ(refusal({"--expr", "x1+x2+x3", "--start", "1", "--plot-vars", "x4"}), "");
  const Plan plan = plan_of({"--expr", "x1+x2+x3", "--start", "1", "--format", "text", "--plot",
                             "path", "--plot-vars", "x3,x1"});
  EXPECT_EQ(plan.charts.path_coordinates, (std::vector<std::size_t>{2, 0}));
}

TEST(MakePlan, ChecksInTheOrderTheyAreSaid) {
  // The expression first, then its names, the start, the runs, the budget.
  EXPECT_NE(refusal({"--expr", "f+", "--start", "1,2"}).find("--expr:"), std::string::npos);
  EXPECT_NE(refusal({"--expr", "f+x", "--start", "1,2,3"}).find("history column"),
            std::string::npos);
  EXPECT_NE(
      refusal({"--expr", "lr+x", "--start", "1,2,3", "--optimizer", "sgd,adam"}).find("--start"),
      std::string::npos);
  EXPECT_NE(refusal({"--expr", "lr+x", "--start", "1", "--optimizer", "sgd,sgd:0.01"})
                .find("several runs"),
            std::string::npos);
  EXPECT_NE(
      refusal({"--expr", "x", "--start", "1", "--optimizer", "sgd,sgd:0.01", "--max-evals", "1"})
          .find("twice"),
      std::string::npos);
}

TEST(PlanRuns, OneByDefault) {
  const std::vector<RunSpec> runs = plan_runs(Options{});
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].index, 1u);
  EXPECT_EQ(run_name(runs[0]), "sgd:0.01");
  EXPECT_FALSE(runs[0].named_rate);
}

std::vector<std::string> names(const std::vector<RunSpec>& runs) {
  std::vector<std::string> result;
  for (const auto& run : runs) result.push_back(std::to_string(run.index) + " " + run_name(run));
  return result;
}

TEST(PlanRuns, TheProductOfOptimizersAndLearningRates) {
  Options options;
  options.optimizers = {{Method::sgd, std::nullopt}, {Method::adam, std::nullopt}};
  options.learning_rates = {0.01, 0.1};
  EXPECT_EQ(names(plan_runs(options)),
            (std::vector<std::string>{"1 sgd:0.01", "2 sgd:0.1", "3 adam:0.01", "4 adam:0.1"}));
}

TEST(PlanRuns, NameColonLrFixesOneRun) {
  Options options;
  options.optimizers = {{Method::sgd, 0.95}, {Method::adam, std::nullopt}};
  options.learning_rates = {0.01, 0.1};
  const auto runs = plan_runs(options);
  EXPECT_EQ(names(runs), (std::vector<std::string>{"1 sgd:0.95", "2 adam:0.01", "3 adam:0.1"}));
  EXPECT_TRUE(runs[0].named_rate);
  EXPECT_FALSE(runs[1].named_rate);
  options.learning_rates.clear();  // adam's own default
  EXPECT_EQ(names(plan_runs(options)), (std::vector<std::string>{"1 sgd:0.95", "2 adam:0.001"}));
}

TEST(PlanRuns, ParametersReachEveryRun) {
  Options options;
  options.optimizers = {{Method::momentum, std::nullopt}, {Method::rmsprop, std::nullopt}};
  options.parameters.momentum = 0.5;
  options.parameters.decay = 0.9;
  for (const auto& run : plan_runs(options)) {
    EXPECT_EQ(run.settings.momentum, 0.5);
    EXPECT_EQ(run.settings.decay, 0.9);
  }
}

TEST(PlanOutput, AReportOnATerminalAndCsvInAPipe) {
  const std::vector<std::string> args{"--expr", "x", "--start", "1"};
  const Plan terminal = plan_of(args, on_a_terminal());
  EXPECT_TRUE(terminal.output.report);
  EXPECT_FALSE(terminal.output.data);
  EXPECT_TRUE(terminal.output.charts);  // the loss chart, by default
  const Plan pipe = plan_of(args);
  EXPECT_FALSE(pipe.output.report);
  EXPECT_EQ(pipe.output.data, DataFormat::csv);
  EXPECT_FALSE(pipe.output.charts);  // beside data only when --plot asks
  EXPECT_TRUE(pipe.descent.gradient_norm);
  // --output is never a terminal; --summary is data even on one.
  EXPECT_EQ(
      plan_of({"--expr", "x", "--start", "1", "--output", "o.csv"}, on_a_terminal()).output.data,
      DataFormat::csv);
  EXPECT_EQ(plan_of({"--expr", "x", "--start", "1", "--summary"}, on_a_terminal()).output.data,
            DataFormat::csv);
}

TEST(PlanOutput, NoneReadsNoGradientNorm) {
  const Plan none = plan_of({"--expr", "x", "--start", "1", "--format", "none"});
  EXPECT_FALSE(none.output.data);
  EXPECT_FALSE(none.output.report);
  EXPECT_FALSE(none.descent.gradient_norm);
  EXPECT_TRUE(plan_of({"--expr", "x", "--start", "1", "--format", "none", "--plot", "line"})
                  .output.charts);  // on stderr
}

TEST(PlanCharts, TakeTheTerminalLessTheReportsLines) {
  // One run's report has 13 other lines; line and path share the rest:
  // 28 lines are too few to stack (13 each), so they stand side by side.
  const Plan one =
      plan_of({"--expr", "x+y", "--start", "1", "--plot", "line,path"}, on_a_terminal(100, 41));
  EXPECT_EQ(one.charts.arrangement, Arrangement::side_by_side);
  EXPECT_EQ(one.charts.width, 49);  // (100 - 2) / 2
  EXPECT_EQ(one.charts.height, 28);
  EXPECT_EQ(one.charts.path.width, 49);
  EXPECT_EQ(one.charts.path.height, 28);
  // Stacked when each gets 15 lines: (45 - 13 - 1) / 2.
  const Plan tall =
      plan_of({"--expr", "x+y", "--start", "1", "--plot", "line,path"}, on_a_terminal(100, 45));
  EXPECT_EQ(tall.charts.arrangement, Arrangement::stacked);
  EXPECT_EQ(tall.charts.width, 100);
  EXPECT_EQ(tall.charts.height, 15);
  EXPECT_EQ(tall.charts.path.height, 16);
  EXPECT_TRUE(one.charts.style.color);
  EXPECT_EQ(one.charts.style.charset, Charset::braille);
  // Several runs keep 4 lines; not on a terminal, 80 x 24 without colour.
  EXPECT_EQ(plan_of({"--expr", "x", "--start", "1", "--lr", "0.1,0.2"}, on_a_terminal(80, 30))
                .charts.height,
            26);
  const Plan text = plan_of({"--expr", "x", "--start", "1", "--format", "text"});
  EXPECT_EQ(text.charts.width, 80);
  EXPECT_EQ(text.charts.height, 24);
  EXPECT_FALSE(text.charts.style.color);
  EXPECT_EQ(text.charts.style.charset, Charset::ascii);  // no UTF-8 locale
  // A tiny terminal still gets 20 x 5; the classic graph keeps the seed's size.
  const Plan tiny =
      plan_of({"--expr", "x", "--start", "1", "--plot", "line,classic"}, on_a_terminal(10, 8));
  EXPECT_EQ(tiny.charts.width, 20);
  EXPECT_EQ(tiny.charts.height, 5);
  EXPECT_EQ(tiny.charts.classic_width, 50);
  EXPECT_EQ(tiny.charts.classic_height, 20);
}

TEST(PlanCharts, SeveralRunsGetAPathPanelEachUnlessOverlaid) {
  const std::vector<std::string> book{"--expr",      "x^2/20+y^2",
                                      "--start",     "-7,2",
                                      "--optimizer", "sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3",
                                      "--plot",      "line,path"};
  const Plan panels = plan_of(book, on_a_terminal(80, 24));
  ASSERT_TRUE(panels.charts.panels);
  EXPECT_EQ(panels.charts.panels->columns, 2);
  EXPECT_EQ(panels.charts.panels->rows, 2);
  EXPECT_EQ(panels.charts.panels->panel.width, 39);
  EXPECT_EQ(panels.charts.panels->panel.height, 15);  // the least: 10 canvas rows and 5
  EXPECT_EQ(panels.charts.height, 9);                 // the loss chart above: (24 - 4 - 1) / 2
  EXPECT_EQ(panels.charts.run_names,
            (std::vector<std::string>{"sgd:0.95", "momentum:0.1", "adagrad:1.5", "adam:0.3"}));
  auto overlay = book;
  overlay.push_back("--overlay");
  EXPECT_FALSE(plan_of(overlay, on_a_terminal(80, 24)).charts.panels);
  // Sizes given: each panel as tall, the width shared.
  auto given = book;
  for (const char* word : {"--plot-width", "76", "--plot-height", "20"}) given.push_back(word);
  const Plan sized = plan_of(given, on_a_terminal(200, 60));
  ASSERT_TRUE(sized.charts.panels);
  EXPECT_EQ(sized.charts.panels->panel.width, 37);
  EXPECT_EQ(sized.charts.panels->panel.height, 20);
  EXPECT_EQ(sized.charts.height, 20);
  EXPECT_EQ(sized.charts.arrangement, Arrangement::stacked);
}

TEST(PlanCharts, TheLossChartIsLeftOutWhenNeitherLayoutFits) {
  const Plan narrow =
      plan_of({"--expr", "x+y", "--start", "1", "--plot", "line,path"}, on_a_terminal(60, 20));
  EXPECT_EQ(narrow.charts.arrangement, Arrangement::path_alone);
  EXPECT_EQ(narrow.charts.path.width, 60);
  EXPECT_EQ(narrow.charts.path.height, 15);
  ASSERT_EQ(narrow.charts.left_out.size(), 2u);
  EXPECT_EQ(narrow.charts.left_out[0], "loss chart left out: 60x20 is too small for both;");
  for (const auto& line : narrow.charts.left_out) EXPECT_LE(line.size(), 60u);
  // The path chart alone keeps its least height too.
  const Plan alone =
      plan_of({"--expr", "x+y", "--start", "1", "--plot", "path"}, on_a_terminal(80, 24));
  EXPECT_EQ(alone.charts.path.height, 15);
  EXPECT_TRUE(alone.charts.left_out.empty());
}

TEST(PlanCharts, ColourFollowsNoColorAndColor) {
  Surroundings around = on_a_terminal();
  around.no_color = true;
  EXPECT_FALSE(plan_of({"--expr", "x", "--start", "1"}, around).charts.style.color);
  EXPECT_TRUE(
      plan_of({"--expr", "x", "--start", "1", "--color", "always"}, around).charts.style.color);
  EXPECT_FALSE(plan_of({"--expr", "x", "--start", "1", "--color", "never"}, on_a_terminal())
                   .charts.style.color);
}

TEST(PlanLive, WatchPacesBareRunsInAboutThreeSecondsWithKeysOnATerminalStdin) {
  const Plan bare =
      plan_of({"--expr", "x", "--start", "1", "--steps", "30", "--watch"}, on_a_terminal(100, 30));
  ASSERT_TRUE(bare.watch);
  EXPECT_EQ(bare.watch->pace, 10.0);
  EXPECT_FALSE(bare.watch->keys);  // stdin is not a terminal here
  EXPECT_EQ(bare.watch->steps, 30u);
  EXPECT_EQ(bare.watch->width, 100);
  EXPECT_EQ(bare.watch->height, 30);
  Surroundings typing = on_a_terminal();
  typing.in_is_terminal = true;
  const Plan max = plan_of({"--expr", "x", "--start", "1", "--watch=max"}, typing);
  ASSERT_TRUE(max.watch);
  EXPECT_EQ(max.watch->pace, kUnpaced);
  EXPECT_TRUE(max.watch->keys);
  EXPECT_EQ(plan_of({"--expr", "x", "--start", "1", "--watch=2.5"}, typing).watch->pace, 2.5);
}

TEST(PlanLive, WatchFramesFitTheTerminal) {
  // A frame is redrawn in place, so it fits the screen with its status
  // line: at 80 x 24 four panels (two rows of 15 lines) cannot, and the
  // paths share one map beside the loss chart; at 200 x 60 they fit.
  const std::vector<std::string> book{
      "--expr", "x^2/20+y^2",  "--start",
      "-7,2",   "--optimizer", "sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3",
      "--plot", "line,path",   "--watch"};
  const Plan small = plan_of(book, on_a_terminal(80, 24));
  ASSERT_TRUE(small.watch);
  EXPECT_TRUE(small.charts.panels);  // the report's charts, which may scroll
  EXPECT_FALSE(small.watch_charts.panels);
  EXPECT_EQ(small.watch_charts.arrangement, Arrangement::side_by_side);
  EXPECT_LE(small.watch_charts.path.height, 23);
  EXPECT_LE(small.watch_charts.height, 23);
  const Plan large = plan_of(book, on_a_terminal(200, 60));
  ASSERT_TRUE(large.watch_charts.panels);
  EXPECT_LE(large.watch_charts.height + 1 + 1 +
                large.watch_charts.panels->rows * large.watch_charts.panels->panel.height,
            59);
}

TEST(PlanLive, WatchOnATerminalReplacesTheProgressLine) {
  const std::vector<std::string> watch{"--expr", "x", "--start", "1", "--watch"};
  const Plan on_terminal = plan_of(watch, on_a_terminal());
  EXPECT_TRUE(on_terminal.watch);
  EXPECT_FALSE(on_terminal.progress);
  EXPECT_FALSE(plan_of(watch).watch);  // no terminal: nothing to redraw
  const Plan progress = plan_of({"--expr", "x", "--start", "1"}, on_a_terminal(120, 40));
  ASSERT_TRUE(progress.progress);
  EXPECT_EQ(progress.progress->delay, 0.5);
  EXPECT_EQ(progress.progress->width, 120);
  const Plan always = plan_of({"--expr", "x", "--start", "1", "--progress", "always"});
  ASSERT_TRUE(always.progress);
  EXPECT_EQ(always.progress->delay, 0.0);
  EXPECT_FALSE(
      plan_of({"--expr", "x", "--start", "1", "--progress", "never"}, on_a_terminal()).progress);
}

}  // namespace
}  // namespace gd
