#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "descent.h"

namespace gd {

/// A row kept after the loop has moved on.
struct Snapshot {
  std::uint64_t step = 0;
  double f = 0.0;
  std::vector<double> x;
  double grad_norm = 0.0;
};

/// Collects what the text report and the classic graph need: the first and
/// the last row, and f after each step (rows 1..N, as the seed plots them).
class RunLog : public Observer {
 public:
  bool on_row(const Row& row) override;

  bool empty() const { return rows_ == 0; }
  const Snapshot& first() const { return first_; }
  const Snapshot& last() const { return last_; }
  /// f(x_1) ... f(x_N).
  const std::vector<double>& losses_after_steps() const { return losses_; }

 private:
  std::uint64_t rows_ = 0;
  Snapshot first_, last_;
  std::vector<double> losses_;
};

/// Everything the text report shows, gathered by the caller.
struct ReportInput {
  std::string expression;
  std::vector<std::string> variables;
  const RunLog* log = nullptr;
  std::string graph;              ///< drawn between start and end; may be empty
  std::uint64_t evaluations = 0;  ///< calls of f
  double seconds = 0.0;           ///< wall time of the descent
};

/// The seed's report (start point and f, graph, final point and f) and a
/// one-line summary.
std::string render_report(const ReportInput& input);

/// "[-3, 4]": a point as the report prints it.
std::string format_point(const std::vector<double>& x);

/// "0.42 ms", "1.5 s": a duration for people.
std::string format_duration(double seconds);

}  // namespace gd
