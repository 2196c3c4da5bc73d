#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/descent.h"
#include "core/optimizer.h"

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
  /// |g(h) - g(h/2)| / |g(h)| at the end, when asked for and defined.
  std::optional<double> gradient_error;
};

/// Runs `spec` on f from its point: observer.begin, the descent, then
/// observer.end with the results. `estimate_error` adds the gradient's
/// error estimate at the end (after the evaluations are counted, so it
/// does not count in them).
RunResult run_descent(const RunSpec& spec, Objective& f, const DescentSettings& settings,
                      Observer& observer, bool estimate_error);

/// How far the gradient at f.point() is from the one at half the step,
/// relative to its norm: |g(h) - g(h/2)| / |g(h)|. Nothing when either is
/// not finite or g(h) is zero. Evaluates f.
std::optional<double> gradient_error(Objective& f, const GradientSettings& gradient);

}  // namespace gd
