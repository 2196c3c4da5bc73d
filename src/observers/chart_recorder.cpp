#include "observers/chart_recorder.h"

#include "core/run.h"

namespace gd {

ChartRecorder::ChartRecorder(const ChartSettings& settings, std::size_t runs)
    : settings_(settings) {
  if (settings.has(Plot::classic)) records_.classic.emplace(settings.steps, settings.classic_width);
  if (settings.has(Plot::line)) records_.losses.resize(runs);
  if (settings.has(Plot::path)) {
    records_.paths.resize(runs);
    records_.last_points.resize(runs);
  }
  records_.endings.resize(runs, Ending::not_converged);
  records_.ended.resize(runs, false);
}

void ChartRecorder::begin(const RunSpec& run) { run_ = run.index - 1; }

Next ChartRecorder::on_row(const Row& row) {
  // The classic graph is the seed's: one series, f after each step.
  if (records_.classic && run_ == 0 && row.step > 0) records_.classic->add(row.f);
  if (run_ < records_.losses.size()) records_.losses[run_].add(row.f);
  if (run_ < records_.paths.size()) {
    const auto& shown = settings_.path_coordinates;
    PathPoint point;
    point.step = row.step;
    point.u = shown.size() > 0 ? row.x[shown[0]] : 0.0;
    point.v = shown.size() > 1 ? row.x[shown[1]] : 0.0;
    point.f = row.f;
    records_.paths[run_].add(point);
    records_.last_points[run_].assign(row.x.begin(), row.x.end());
  }
  return Next::go_on;
}

void ChartRecorder::end(const RunResult& result) {
  records_.endings.at(run_) = result.verdict.ending;
  records_.ended.at(run_) = true;
}

}  // namespace gd
