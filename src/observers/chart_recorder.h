#pragma once

#include <cstddef>

#include "core/observer.h"
#include "output/charts.h"

namespace gd {

/// Turns the rows of every run into what the charts draw (ChartRecords),
/// in bounded memory whatever the number of steps: the first run's classic
/// walk, each run's loss series and path trace, last point, and whether it
/// diverged.
class ChartRecorder : public Observer {
 public:
  /// Records for `runs` runs; `settings` must outlive the recorder.
  ChartRecorder(const ChartSettings& settings, std::size_t runs);
  ChartRecorder(ChartSettings&&, std::size_t) = delete;
  void begin(const RunSpec& run) override;
  Next on_row(const Row& row) override;
  void end(const RunResult& result) override;

  const ChartRecords& records() const { return records_; }

 private:
  const ChartSettings& settings_;
  ChartRecords records_;
  std::size_t run_ = 0;  // the run being recorded, from 0
};

}  // namespace gd
