#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/observer.h"
#include "output/history_format.h"

namespace gd {

class FdOutput;
struct DescentSettings;

/// Streams every row to an output as it is computed: memory does not grow
/// with the number of steps.
class HistoryWriter : public Observer {
 public:
  /// Writes the header at once (unless `header` is false); `with_runs`
  /// adds the run columns; only rows k with k % every == 0 are written,
  /// and each run's last row.
  HistoryWriter(FdOutput& out, DataFormat format, std::vector<std::string> variables,
                bool with_runs = false, bool header = true, std::uint64_t every = 1);
  /// The run whose rows follow (its columns, with runs).
  void begin(const RunSpec& run) override;
  /// Stops the run once the output can no longer be written.
  Next on_row(const Row& row) override;
  /// Writes the run's last row if --every skipped it.
  void end(const RunResult& result) override;

 private:
  FdOutput& out_;
  DataFormat format_;
  std::vector<std::string> variables_;
  bool with_runs_;
  std::uint64_t every_;
  RunColumns run_;
  std::optional<Snapshot> pending_;  // the last row seen, when --every skipped it
};

/// --summary: one row per run, written when it ends: the run's columns, its
/// last row, why it stopped and its evaluations.
class SummaryWriter : public Observer {
 public:
  /// Writes the header at once (unless `header` is false).
  SummaryWriter(FdOutput& out, DataFormat format, std::vector<std::string> variables, bool header,
                const DescentSettings& settings);
  Next on_row(const Row&) override { return Next::go_on; }
  void end(const RunResult& result) override;

 private:
  FdOutput& out_;
  DataFormat format_;
  std::vector<std::string> variables_;
  const DescentSettings& settings_;  // for the stop word: were criteria given
};

/// The run columns of `run`.
RunColumns run_columns(const RunSpec& run);

}  // namespace gd
