#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/descent.h"
#include "core/optimizer.h"
#include "core/verdict.h"

namespace gd {

class Objective;

/// One run of a comparison: its place and its update rule.
struct RunSpec {
  std::size_t index = 1;  ///< from 1, in the order runs are made
  OptimizerSettings settings;
  bool named_rate = false;  ///< the rate came from NAME:LR, not --lr or the default
};

/// Everything a run gave: the data the report, the summary row, the charts'
/// legends and the exit code are made from.
struct RunResult {
  RunSpec spec;
  DescentResult descent;          ///< why it stopped, its first, last and best rows
  std::uint64_t evaluations = 0;  ///< calls of f by the run
  double seconds = 0.0;           ///< wall time of the descent
  /// |g(h) - g(h/2)| at the end, when asked for and finite.
  std::optional<double> gradient_error;
  Verdict verdict;  ///< how it ended, in data (output/describe says it in words)
};

/// Runs `spec` on f from its point: observer.begin, the descent, the
/// verdict, then observer.end with the results. `estimate_error` adds the
/// gradient's error estimate at the end. Neither it nor the verdict's
/// curvature counts in the run's evaluations.
RunResult run_descent(const RunSpec& spec, Objective& f, const DescentSettings& settings,
                      Observer& observer, bool estimate_error);

/// How far the gradient at f.point() is from the one at half the step:
/// |g(h) - g(h/2)|, an estimate of its error. Nothing when it is not
/// finite. Evaluates f.
std::optional<double> gradient_error(Objective& f, const GradientSettings& gradient);

}  // namespace gd
