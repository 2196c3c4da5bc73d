#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cli.h"
#include "descent.h"
#include "gradient.h"
#include "optimizer.h"

namespace gd {

class Objective;

/// One run of a comparison.
struct RunSpec {
  std::size_t index = 1;  ///< from 1, in the order runs are made
  OptimizerSettings settings;
  bool named_rate = false;  ///< the rate came from NAME:LR, not --lr or the default
};

/// The runs --optimizer and --lr ask for, optimizer by optimizer: a NAME:LR
/// runs once with its rate; any other runs with each --lr, or with its
/// method's default rate when --lr is not given.
std::vector<RunSpec> plan_runs(const Options& options);

/// A run that `runs` would make twice (same method and rate), if any.
std::optional<RunSpec> repeated_run(const std::vector<RunSpec>& runs);

/// "sgd:0.1": a run's name in legends and messages, as --optimizer takes it.
std::string run_name(const RunSpec& run);

/// Why a run stopped, in words: "gradient norm <= --tol-grad 1e-06",
/// "all 100 steps made", "the step budget ran out (--steps 100)".
std::string describe_stop(const DescentResult& result, const Options& options);

/// One word for why a run stopped, for data rows: finished, max_evals,
/// max_time, target, tol_grad, tol_f, tol_x, diverged, closed, interrupted.
std::string stop_word(StopReason reason);

/// "central, h 0.0001", "five-point, h auto".
std::string describe_gradient(const GradientSettings& gradient);

/// How far the gradient at f.point() is from the one at half the step,
/// relative to its norm: |g(h) - g(h/2)| / |g(h)|. Nothing when either is
/// not finite or g(h) is zero. Evaluates f.
std::optional<double> gradient_error(Objective& f, const GradientSettings& gradient);

}  // namespace gd
