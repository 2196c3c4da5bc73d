// Micro-benchmarks (Google Benchmark): one step of gd per scheme and
// optimizer at n = 2, 100, 1000; the floor loop; compiled lambdas; row
// formatting; the loss chart from 1e6 points. Not part of the test suite:
//   cmake --preset default -DGD_BUILD_BENCHMARKS=ON && cmake --build --preset default
//   ./build/tests/bench/gd_bench
#include <benchmark/benchmark.h>

#include <cmath>
#include <vector>

#include "core/descent.h"
#include "core/objective.h"
#include "core/optimizer.h"
#include "floor.h"
#include "output/history_format.h"
#include "plot/loss.h"

namespace {

using gd_bench::sum_of_squares;

/// Counts rows and nothing else.
struct Quiet : gd::Observer {
  gd::Next on_row(const gd::Row&) override { return gd::Next::go_on; }
};

/// Steps per iteration: about a millisecond of muParser work at n = 2.
std::uint64_t steps_for(int n) { return n <= 2 ? 1000 : n == 100 ? 100 : 10; }

std::string expression_for(int n) {
  return n == 0 ? "(1-x1)^2+100*(x2-x1^2)^2" : sum_of_squares(n);
}

/// Steps of gd's descend; arg 0: n (0 = Rosenbrock), arg 1: scheme,
/// arg 2: optimizer.
void BM_GdStep(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  gd::Objective f = gd::Objective::compile({expression_for(n), {}, {}});
  gd::OptimizerSettings settings;
  settings.method = static_cast<gd::Method>(state.range(2));
  settings.learning_rate = n == 0 ? 1e-4 : 1e-3;
  gd::DescentSettings descent;
  descent.gradient.scheme = static_cast<gd::Scheme>(state.range(1));
  const std::uint64_t steps = steps_for(n);
  descent.steps = steps;
  Quiet quiet;
  for (auto _ : state) {
    f.set_point(std::vector<double>(f.dimension(), 0.5));
    auto rule = gd::make_rule(settings, f);
    benchmark::DoNotOptimize(gd::descend(f, *rule, descent, quiet));
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * (steps + 1)));
}

/// The floor: the same steps as a plain muParser loop, parsed once.
void BM_Floor(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const std::size_t dimension = n == 0 ? 2 : static_cast<std::size_t>(n);
  const std::uint64_t steps = steps_for(n);
  gd_bench::FloorLoop loop(expression_for(n), dimension);
  const std::vector<double> start(dimension, 0.5);
  for (auto _ : state)
    benchmark::DoNotOptimize(
        loop.descend(start, n == 0 ? 1e-4 : 1e-3, steps,
                     [](std::uint64_t, double, const std::vector<double>&, double) {}));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * (steps + 1)));
}

/// The limit: the function as compiled C++ (sum of squares, or Rosenbrock).
void BM_CompiledLambda(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const std::size_t dimension = n == 0 ? 2 : static_cast<std::size_t>(n);
  const auto f = [n](const std::vector<double>& x) {
    if (n == 0) return (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]);
    if (n == 2) return x[0] * x[0] + x[1] * x[1];  // as written by hand, no loop
    double sum = 0;
    for (double xi : x) sum += xi * xi;
    return sum;
  };
  const std::uint64_t steps = steps_for(n);
  for (auto _ : state) {
    std::vector<double> x(dimension, 0.5), g(dimension);
    for (std::uint64_t k = 0; k <= steps; ++k) {
      benchmark::DoNotOptimize(f(x));
      for (std::size_t i = 0; i < dimension; ++i) {
        const double saved = x[i];
        x[i] = saved + 1e-4;
        const double forward = f(x);
        x[i] = saved - 1e-4;
        const double backward = f(x);
        x[i] = saved;
        g[i] = (forward - backward) / 2e-4;
      }
      for (std::size_t i = 0; i < dimension; ++i) x[i] -= 1e-4 * g[i];
    }
    benchmark::DoNotOptimize(x.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * (steps + 1)));
}

/// One csv row of a 2-variable run, as gd formats it.
void BM_CsvRow(benchmark::State& state) {
  const std::vector<std::string> names{"x1", "x2"};
  std::vector<double> x{-0.03458764513817675, 0.04611686018418694};
  fmt::memory_buffer out;
  std::uint64_t k = 0;
  for (auto _ : state) {
    gd::append_row(out, gd::DataFormat::csv, names,
                   {k++, 0.003323069989452288, x, 0.1152921504605133});
    if (out.size() > 1 << 16) out.clear();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

/// A loss chart of 1e6 points: summarising them, then drawing 80 x 24.
void BM_LossChart(benchmark::State& state) {
  for (auto _ : state) {
    gd::LossSeries series;
    for (int k = 0; k < 1000000; ++k) series.add(1.0 / (1 + k) + (k == 654321 ? 10 : 0));
    gd::LossChartSpec spec;
    benchmark::DoNotOptimize(gd::draw_loss_chart({{"", series}}, spec));
  }
}

void Sizes(benchmark::internal::Benchmark* b) {
  for (int n : {2, 0, 100, 1000}) b->Arg(n);
}

void Steps(benchmark::internal::Benchmark* b) {
  for (int n : {2, 100, 1000}) {
    for (int scheme : {0, 1, 2, 3}) b->Args({n, scheme, 0});
    for (int method : {1, 2, 3, 4, 5}) b->Args({n, 0, method});
  }
  b->Args({0, 0, 0});  // Rosenbrock
  b->ArgNames({"n", "scheme", "optimizer"});
}

}  // namespace

BENCHMARK(BM_GdStep)->Apply(Steps)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Floor)->Apply(Sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CompiledLambda)->Apply(Sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CsvRow);
BENCHMARK(BM_LossChart)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
