#include <gtest/gtest.h>

#include <csignal>
#include <sstream>
#include <string>
#include <vector>

#include "base/signals.h"
#include "core/objective.h"
#include "core/run.h"
#include "observers/chart_recorder.h"
#include "observers/history_writer.h"
#include "observers/interrupt_stop.h"
#include "observers/progress_line.h"
#include "observers/watch.h"
#include "output/fd_output.h"
#include "pipe.h"

namespace gd {
namespace {

RunSpec run(std::size_t index, Method method = Method::sgd, double lr = 0.1) {
  RunSpec spec;
  spec.index = index;
  spec.settings.method = method;
  spec.settings.learning_rate = lr;
  return spec;
}

TEST(ProgressLine, ShowsPercentStepRateAndFThenIsErased) {
  Pipe pipe;
  ProgressLine line(pipe.in(), 1000, 80, 0.0, 2);
  std::vector<double> x{1};
  line.begin(run(1));
  line.on_row({0, 4, x, 1});
  line.on_row({5, 3, x, 1});  // not a multiple of 256: the clock is not even read
  line.end(RunResult{});
  const std::string text = pipe.text();
  EXPECT_EQ(text.rfind("\rrun 1/2   0% step 0/1000  ", 0), 0u) << text;
  EXPECT_NE(text.find("steps/s  ETA "), std::string::npos) << text;
  EXPECT_NE(text.find("  f 4\x1b[K"), std::string::npos) << text;
  EXPECT_EQ(text.substr(text.size() - 4), "\r\x1b[K");
}

TEST(ProgressLine, NamesEachRunOfSeveral) {
  Pipe pipe;
  ProgressLine line(pipe.in(), 10, 80, 0.0, 3);
  std::vector<double> x{1};
  for (std::size_t i = 1; i <= 2; ++i) {
    line.begin(run(i));
    line.on_row({0, 4, x, 1});
    line.end(RunResult{});
  }
  const std::string text = pipe.text();
  EXPECT_NE(text.find("\rrun 1/3   0% step 0/10"), std::string::npos) << text;
  EXPECT_NE(text.find("\rrun 2/3   0% step 0/10"), std::string::npos) << text;
}

TEST(ProgressLine, WaitsForItsDelayAndKeepsToTheWidth) {
  Pipe pipe;
  ProgressLine line(pipe.in(), 1000, 20, 3600.0, 1);  // an hour: never shown
  std::vector<double> x{1};
  line.begin(run(1));
  line.on_row({0, 4, x, 1});
  line.end(RunResult{});  // nothing drawn, nothing to erase
  EXPECT_EQ(pipe.text(), "");
  Pipe narrow;
  ProgressLine shown(narrow.in(), 1000, 20, 0.0, 1);
  shown.begin(run(1));
  shown.on_row({0, 4, x, 1});
  EXPECT_EQ(narrow.text(), "\r  0% step 0/1000  0\x1b[K");  // 19 columns of text
}

TEST(Watch, RedrawsInPlaceAndShowsTheCursorAtTheEnd) {
  Pipe pipe;
  int frames = 0;
  {
    Watch watch(pipe.in(), [&] { return "frame " + std::to_string(++frames) + "\nline 2\n"; });
    std::vector<double> x{1};
    watch.on_row({0, 4, x, 1});  // the first frame at once
    EXPECT_TRUE(watch.drawn());
    watch.finish();  // the last frame, over the first
  }
  EXPECT_EQ(pipe.text(),
            "\x1b[?25l"
            "frame 1\x1b[K\nline 2\x1b[K\n"
            "\x1b[?25l\x1b[2F"
            "frame 2\x1b[K\nline 2\x1b[K\n"
            "\x1b[?25h");
}

TEST(Watch, TheDestructorShowsTheCursorIfFinishWasNotCalled) {
  Pipe pipe;
  {
    Watch watch(pipe.in(), [] { return std::string("x\n"); });
    std::vector<double> x{1};
    watch.on_row({0, 4, x, 1});
  }
  const std::string text = pipe.text();
  EXPECT_EQ(text.substr(text.size() - 6), "\x1b[?25h");
}

TEST(InterruptStop, StopsTheRunAfterTheRowOfTheSignal) {
  catch_interrupts();
  struct RaiseAtFive : Observer {
    std::uint64_t rows = 0;
    Next on_row(const Row& row) override {
      ++rows;
      if (row.step == 5) std::raise(SIGINT);
      return Next::go_on;
    }
  } raiser;
  InterruptStop stop;
  ObserverList observers;
  observers.add(raiser);
  observers.add(stop);
  Objective f = Objective::compile({"x^2", {}, {}});
  f.set_point({1});
  const RunResult result = run_descent(run(1), f, {{}, 100, {}}, observers, false);
  EXPECT_EQ(interrupt_signal(), SIGINT);
  clear_interrupt();
  EXPECT_EQ(result.descent.reason, StopReason::interrupted);
  EXPECT_EQ(result.descent.last_step, 5u);
  EXPECT_EQ(raiser.rows, 6u);  // rows 0..5, all seen
}

/// What `observer` writes to an FdOutput for rows 0..last of x = k, f = k/2,
/// over `runs` runs.
template <typename Writer>
std::string written(Writer& writer, FdOutput& out, Pipe& pipe, std::uint64_t last,
                    std::size_t runs = 1) {
  std::vector<double> x{0};
  for (std::size_t i = 1; i <= runs; ++i) {
    RunResult result;
    result.spec = run(i, i == 1 ? Method::sgd : Method::adam, 0.5);
    writer.begin(result.spec);
    for (std::uint64_t k = 0; k <= last; ++k) {
      x[0] = static_cast<double>(k);
      writer.on_row({k, x[0] / 2, x, 1});
      result.descent.last.keep({k, x[0] / 2, x, 1});
    }
    result.descent.reason = StopReason::tol_grad;
    result.verdict.ending = Ending::converged;
    result.evaluations = 3 * (last + 1);
    writer.end(result);
  }
  out.flush();
  return pipe.text();
}

/// The steps a history writer keeps of rows 0..last with --every `every`.
std::string every(std::uint64_t every, std::uint64_t last, bool header = true) {
  Pipe pipe;
  FdOutput out(pipe.in());
  HistoryWriter writer(out, DataFormat::csv, {"x"}, false, header, every);
  std::string steps;
  std::istringstream lines(written(writer, out, pipe, last));
  for (std::string line; std::getline(lines, line);) steps += line.substr(0, line.find(',')) + " ";
  return steps;
}

TEST(HistoryWriter, EveryNthRowAndAlwaysTheFirstAndTheLast) {
  EXPECT_EQ(every(4, 10), "step 0 4 8 10 ");
  EXPECT_EQ(every(5, 10), "step 0 5 10 ");  // the last is a multiple: once
  EXPECT_EQ(every(100, 3), "step 0 3 ");
  EXPECT_EQ(every(1, 3), "step 0 1 2 3 ");
  EXPECT_EQ(every(2, 0), "step 0 ");
  EXPECT_EQ(every(3, 4, false), "0 3 4 ");  // --no-header
}

TEST(HistoryWriter, BeginsEachRowWithItsRunWhenThereAreSeveral) {
  Pipe pipe;
  FdOutput out(pipe.in());
  HistoryWriter writer(out, DataFormat::csv, {"x"}, true);
  EXPECT_EQ(written(writer, out, pipe, 1, 2),
            "run,optimizer,lr,step,f,x,grad_norm\n"
            "1,sgd,0.5,0,0,0,1\n1,sgd,0.5,1,0.5,1,1\n"
            "2,adam,0.5,0,0,0,1\n2,adam,0.5,1,0.5,1,1\n");
}

TEST(HistoryWriter, StopsTheRunWhenTheOutputFails) {
  FdOutput out(-1);  // every write fails
  HistoryWriter writer(out, DataFormat::csv, {"x"});
  std::vector<double> x{0};
  std::string row(70000, 'x');  // past the chunk, so the row is written at once
  out.write(row);
  EXPECT_EQ(writer.on_row({0, 1, x, 1}), Next::stop_closed);
}

TEST(SummaryWriter, WritesOneRowPerRunAsItEnds) {
  Pipe pipe;
  FdOutput out(pipe.in());
  const DescentSettings settings;
  SummaryWriter writer(out, DataFormat::csv, {"x"}, true, settings);
  EXPECT_EQ(written(writer, out, pipe, 3, 2),
            "run,optimizer,lr,step,f,x,grad_norm,stop,evaluations,verdict,point\n"
            "1,sgd,0.5,3,1.5,3,1,tol_grad,12,converged,unknown\n"
            "2,adam,0.5,3,1.5,3,1,tol_grad,12,converged,unknown\n");
}

TEST(ChartRecorder, KeepsEachRunsSeriesPathAndEnd) {
  ChartSettings settings;
  settings.kinds = {Plot::classic, Plot::line, Plot::path};
  settings.steps = 3;
  settings.classic_width = 3;
  settings.variables = {"x", "y", "z"};
  settings.path_coordinates = {2, 0};
  ChartRecorder recorder(settings, 2);
  for (std::size_t i = 1; i <= 2; ++i) {
    recorder.begin(run(i));
    for (std::uint64_t k = 0; k <= 3; ++k) {
      std::vector<double> x{double(k), 10.0 * static_cast<double>(i), -double(k)};
      recorder.on_row({k, static_cast<double>(i * 100 + k), x, 1});
    }
    RunResult result;
    result.spec = run(i);
    result.verdict.ending = i == 2 ? Ending::diverged : Ending::converged;
    recorder.end(result);
  }
  const ChartRecords& records = recorder.records();
  ASSERT_EQ(records.losses.size(), 2u);
  EXPECT_EQ(records.losses[1].count(), 4u);
  EXPECT_EQ(records.losses[1].range(), (std::pair{200.0, 203.0}));
  ASSERT_EQ(records.paths.size(), 2u);
  const auto points = records.paths[0].points();
  ASSERT_EQ(points.size(), 4u);
  EXPECT_EQ(points[3].u, -3.0);  // z
  EXPECT_EQ(points[3].v, 3.0);   // x
  EXPECT_EQ(points[3].f, 103.0);
  EXPECT_EQ(records.last_points[1], (std::vector<double>{3, 20, -3}));
  EXPECT_EQ(records.endings, (std::vector<Ending>{Ending::converged, Ending::diverged}));
  // The classic graph follows the first run only, from its first step.
  EXPECT_EQ(records.classic->selection().picked, (std::vector<double>{101, 102, 103}));
}

}  // namespace
}  // namespace gd
