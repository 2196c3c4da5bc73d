#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/gradient.h"
#include "core/observer.h"
#include "core/update_rule.h"

namespace gd {

class Objective;

/// What ends a run besides its step budget: criteria that say it is done
/// (--tol-grad, --tol-f, --tol-x, --target), and other budgets.
struct StopCriteria {
  std::optional<double> tol_grad;          ///< gradient norm <= G
  std::optional<double> tol_f;             ///< |f_k - f_k-1| <= F max(1, |f_k|)
  std::optional<double> tol_x;             ///< |x_k - x_k-1| <= X max(1, |x_k|), Euclidean
  std::optional<double> target;            ///< f <= V
  std::optional<std::uint64_t> max_evals;  ///< evaluations of f: no row that would pass it
  std::optional<double> max_time;          ///< seconds, checked after each row
  /// Whether a criterion (not a budget) was given: then a budget running
  /// out first is a failure (exit 1).
  bool any_criterion() const { return tol_grad || tol_f || tol_x || target; }
};

struct DescentSettings {
  GradientSettings gradient;  ///< scheme and h
  std::uint64_t steps = 100;  ///< updates to make at most; rows are 0..steps
  StopCriteria stop;
  /// Rows carry the gradient's norm. When nothing reads it (--format none)
  /// it is skipped, a few ns a row, and rows carry nan (unless --tol-grad
  /// needs it).
  bool gradient_norm = true;
};

enum class StopReason {
  finished,   ///< the step budget ran out: all steps made
  max_evals,  ///< the evaluation budget ran out
  max_time,   ///< the time budget ran out
  tol_grad,   ///< criteria met, first to last in the order they are checked
  target,
  tol_f,
  tol_x,
  diverged,     ///< f, the gradient or x became nan or infinite
  closed,       ///< an observer's output was closed (Next::stop_closed)
  interrupted,  ///< a signal, after the row (Next::stop_interrupted)
  quit,         ///< --watch's q, after the row (Next::stop_quit)
};
/// Whether a reason is a criterion met (not a budget, divergence or stop).
bool met_criterion(StopReason reason);

/// Which part of a row was not finite.
enum class NonFinite { none, f, gradient, x };

/// How a run whose values stayed finite ran away (reason diverged):
/// `rose`: f rose above f_0 + kRunawayRise * max(1, |f_0|) on two rows in a
/// row, higher and farther from the start each time; `precision`: after the
/// start, x grew until x_i +- h rounded to x_i while f was above f_0;
/// `fell`: the same while f was below f_0 - kRunawayRise * max(1, |f_0|).
enum class Runaway { none, rose, precision, fell };
constexpr double kRunawayRise = 1e6;
/// How far f must rise above (or fall below) f_0 to count as running away.
inline double runaway_distance(double f0) { return kRunawayRise * std::fmax(1.0, std::fabs(f0)); }
/// Rows before the last that a budget's end is judged by (three moves).
constexpr std::size_t kTrailRows = 3;

struct DescentResult {
  StopReason reason = StopReason::finished;
  std::uint64_t last_step = 0;             ///< step of the last row produced
  Snapshot first, last;                    ///< the first and last rows
  double best_f = 0.0;                     ///< the least finite f seen (when best_step is set)
  std::optional<std::uint64_t> best_step;  ///< its step; unset when no f was finite
  std::vector<double> best_x;              ///< its point
  /// When reason == diverged: what was not finite first (f, then the
  /// gradient, then x, in coordinate order), its coordinate and its value.
  NonFinite non_finite = NonFinite::none;
  std::size_t non_finite_coordinate = 0;  ///< for the gradient and x
  double non_finite_value = 0.0;
  /// The first row where x_i +- h rounded back to x_i, and that i: from
  /// there on the gradient was rounding, not f's slope.
  std::optional<std::uint64_t> h_lost_step;
  std::size_t h_lost_coordinate = 0;
  Runaway runaway = Runaway::none;
  double previous_f = 0.0;  ///< f at the row before the last (when there was one)
  /// The rows before the last, when a budget ended the run (steps,
  /// evaluations, time): trail[i] is row last - 1 - i. Otherwise (and for
  /// rows the run did not have) their x is empty: they are kept only near
  /// a budget's end, as copying x costs on every step.
  std::array<Snapshot, kTrailRows> trail;
};

/// Runs from f.point() (the start): for k = 0..steps, evaluates f and its
/// gradient at x_k, shows the row to `observer`, and unless something is no
/// longer finite, a criterion is met, a budget ran out or the observer
/// asked to stop, moves x with `rule`. On return f.point() is the last row's x.
/// Signals are an observer's to notice (observers/interrupt_stop.h).
DescentResult descend(Objective& f, UpdateRule& rule, const DescentSettings& settings,
                      Observer& observer);

}  // namespace gd
