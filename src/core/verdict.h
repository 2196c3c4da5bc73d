#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/curvature.h"
#include "core/descent.h"
#include "core/optimizer.h"

namespace gd {

class Objective;

/// How a run ended, judged from its rows and the curvature of f: the
/// rules are the README's "How gd decides how a run ended".
enum class Ending {
  converged,  ///< a criterion was met, or (with none given) the gradient reached its noise floor
  not_converged,  ///< a budget ran out first
  diverged,       ///< f ran away, or became nan or infinite
  unbounded,      ///< f fell without bound: to -inf, or ever faster on a downward curve
  oscillating,    ///< the last steps jump back and forth without shrinking
  stalled,        ///< x stopped moving away from a stationary point
  interrupted,    ///< a signal stopped it
  closed,         ///< its output was closed
  quit,           ///< --watch's q stopped it
};

/// What made a run diverge or stall.
enum class Cause {
  none,
  learning_rate,  ///< f rose as x grew: the steps overshoot
  domain,         ///< f (or f at x +- h) is not finite at a finite, moderate x
  start,          ///< f or its gradient is not finite at the start
  precision,      ///< h is below x's precision from the start: the gradient reads rounding
  tiny_steps,     ///< the steps are below x's precision: x no longer moves
};

struct Verdict {
  Ending ending = Ending::not_converged;
  Cause cause = Cause::none;
  /// The gradient's rounding noise at the end, about what its norm reads
  /// where f is flat: c eps |f| sqrt(sum 1/h_i^2), c = 1 central, 2 one-sided,
  /// 1.5 five-point.
  double noise_floor = 0.0;
  bool at_noise_floor = false;  ///< the final norm is within it (or within the error estimate)
  Curvature end;                ///< at the last point; empty when not measured
  /// Where f's quadratic model at the end (its gradient and curvature) is
  /// stationary, and how far that is: set unless f slopes along a
  /// direction where it has no curvature (then `flat_slope` says how much).
  std::optional<std::vector<double>> model_point;
  double model_distance = 0.0;
  std::optional<std::size_t> flat_direction;  ///< index into end.eigenvectors
  double flat_slope = 0.0;
  /// The end is a stationary point: the gradient is at its noise floor,
  /// or the model's stationary point is within sqrt(eps) max(1, |x|),
  /// as close as f's values can place it.
  bool stationary = false;
  /// At the start, for the learning-rate advice of a run that ran away.
  Curvature start;
  /// |last move| / |move before|, when the last two moves were measured.
  std::optional<double> growth;
};

/// Whether the end is a point worth classifying: stationary, or declared
/// converged by a criterion.
inline bool stands_at_a_point(const Verdict& v) {
  return v.stationary || v.ending == Ending::converged;
}

/// Whether a run ended with a finite answer that gd stands by: not
/// diverged nor unbounded.
bool finite_answer(Ending ending);

/// The verdict on a finished descent of f (evaluations of f made here are
/// not counted in the run's; f.point() is changed). `gradient_error` is the
/// absolute error estimate |g(h) - g(h/2)| at the end, when there is one.
Verdict judge_descent(const DescentResult& result, const DescentSettings& settings, Objective& f,
                      std::optional<double> gradient_error);

/// The largest learning rate for which `method` is stable on a quadratic of
/// curvature L: 2/L for sgd (and its line search's start), 2(1+momentum)/L
/// for momentum and nesterov; nothing for the adaptive methods or L <= 0.
std::optional<double> stable_rate(const OptimizerSettings& settings, double curvature);

}  // namespace gd
