#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "descent.h"

namespace gd {

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

/// One run as the report shows it, gathered by the caller.
struct RunReport {
  std::size_t index = 1;  ///< from 1
  std::string method;     ///< "adam (lr 0.3, beta1 0.9, ...)"
  std::string optimizer;  ///< "adam"
  double learning_rate = 0;
  const RunLog* log = nullptr;           ///< its first and last rows
  DescentResult result;                  ///< why it stopped, its best point
  std::string stop;                      ///< why it stopped, in words
  std::uint64_t evaluations = 0;         ///< calls of f by the run
  std::optional<double> gradient_error;  ///< |g(h) - g(h/2)| / |g(h)| at the end
  std::string gradient;                  ///< "central, h 0.0001"
  double seconds = 0.0;                  ///< wall time of the descent
};

/// Everything the text report shows.
struct ReportInput {
  const std::string& expression;
  const std::vector<std::string>& variables;
  const std::string& charts;           ///< drawn after the start; may be empty
  const std::vector<RunReport>& runs;  ///< at least one, all from the same start
};

/// The seed's report (the start point and f, the charts, the final point
/// and f) and the run's summary; with several runs, each run's summary and
/// a ranking table instead of the final point.
std::string render_report(const ReportInput& input);

/// A run's summary, a line each: method, stop reason, steps, evaluations
/// and time, f at the start and end, the best f and its step (and its x
/// when it is not the last), (with `point`, the final x,) the gradient's
/// norm and estimated error.
std::string render_summary(const RunReport& run, bool point, const std::string& indent);

/// Runs ranked by final f (runs that diverged last): rank, run, optimizer,
/// lr, final f, best f and its step, the step a criterion was met, the reason.
std::string render_ranking(const std::vector<RunReport>& runs);

/// "[-3, 4]": a point as the report prints it.
std::string format_point(const std::vector<double>& x);

/// "0.042 ms", "1.50 s": a duration for people.
std::string format_duration(double seconds);

}  // namespace gd
