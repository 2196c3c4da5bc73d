#pragma once

#include <string>
#include <vector>

namespace gd {

struct DescentSettings;
struct RunResult;

/// The widest line of the report (a terminal that is wider gets no more).
constexpr std::size_t kReportWidth = 80;

/// Everything the text report shows.
struct ReportInput {
  const std::string& expression;
  const std::vector<std::string>& variables;
  const std::string& charts;           ///< drawn after the start; may be empty
  const std::vector<RunResult>& runs;  ///< at least one, all from the same start
  const DescentSettings& settings;     ///< the steps, criteria and gradient every run had
  int digits = 7;                      ///< significant digits; 0: shortest round-trip text
  bool details = false;                ///< several runs: each run's whole summary too
};

/// The seed's report (the start point and f, the charts, the final point
/// and f) and the run's summary. With several runs: the ranking, and each
/// run's verdict (with `details`, its whole summary). Lines fit kReportWidth
/// columns, wrapped at spaces (a point at its values' boundaries).
std::string render_report(const ReportInput& input);

/// A run's summary, a line each: the verdict, method, steps, evaluations
/// and time, f at the start and end, the best f and its step (and its x
/// when it is not the last), (with `point`, the final x,) the gradient's
/// norm and error estimate, and a caution when --tol-grad asks for less
/// than the gradient's noise floor.
std::string render_summary(const RunResult& run, const ReportInput& input, bool point,
                           const std::string& indent);

/// Runs ranked: those that met a criterion first, by the step they met it
/// at; then by final f as shown (equal text, equal rank); runs without a
/// finite answer last. Columns: rank, run, optimizer, verdict, final f,
/// best f ("at K" when not the last row), steps.
std::string render_ranking(const ReportInput& input);

}  // namespace gd
