#pragma once

#include <string>
#include <vector>

namespace gd {

struct DescentSettings;
struct RunResult;

/// Everything the text report shows.
struct ReportInput {
  const std::string& expression;
  const std::vector<std::string>& variables;
  const std::string& charts;           ///< drawn after the start; may be empty
  const std::vector<RunResult>& runs;  ///< at least one, all from the same start
  const DescentSettings& settings;     ///< the steps, criteria and gradient every run had
};

/// The seed's report (the start point and f, the charts, the final point
/// and f) and the run's summary; with several runs, each run's summary and
/// a ranking table instead of the final point.
std::string render_report(const ReportInput& input);

/// A run's summary, a line each: method, stop reason, steps, evaluations
/// and time, f at the start and end, the best f and its step (and its x
/// when it is not the last), (with `point`, the final x,) the gradient's
/// norm and estimated error.
std::string render_summary(const RunResult& run, const ReportInput& input, bool point,
                           const std::string& indent);

/// Runs ranked by final f (runs that diverged last): rank, run, optimizer,
/// lr, final f, best f and its step, the step a criterion was met, the reason.
std::string render_ranking(const ReportInput& input);

}  // namespace gd
