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

/// Keeps the first and the last row: what the text report shows.
class RunLog : public Observer {
 public:
  bool on_row(const Row& row) override;

  const Snapshot& first() const { return first_; }
  const Snapshot& last() const { return last_; }

 private:
  bool started_ = false;
  Snapshot first_, last_;
};

/// Everything the text report shows, gathered by the caller.
struct ReportInput {
  const std::string& expression;
  const std::vector<std::string>& variables;
  const RunLog& log;
  const std::string& graph;       ///< drawn between start and end; may be empty
  std::uint64_t evaluations = 0;  ///< calls of f
  double seconds = 0.0;           ///< wall time of the descent
};

/// The seed's report (start point and f, graph, final point and f) and a
/// one-line summary.
std::string render_report(const ReportInput& input);

/// "[-3, 4]": a point as the report prints it.
std::string format_point(const std::vector<double>& x);

/// "0.042 ms", "1.50 s": a duration for people.
std::string format_duration(double seconds);

}  // namespace gd
