#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gradient.h"
#include "span.h"

namespace gd {

class Objective;

/// The state at iterate x_k: one row of the history.
struct Row {
  std::uint64_t step;    ///< k
  double f;              ///< f(x_k)
  Span<const double> x;  ///< x_k, in the objective's variable order
  double grad_norm;      ///< Euclidean norm of the gradient at x_k
};

/// A row kept after the loop has moved on (a Row's x is a view of the
/// point, which the next step changes).
struct Snapshot {
  std::uint64_t step = 0;
  double f = 0.0;
  std::vector<double> x;
  double grad_norm = 0.0;
  /// Copies `row`, reusing x's storage: no allocation per row.
  void keep(const Row& row) {
    step = row.step;
    f = row.f;
    x.assign(row.x.begin(), row.x.end());
    grad_norm = row.grad_norm;
  }
  Row row() const { return {step, f, x, grad_norm}; }
};

/// Watches the loop: writers, report collectors. Interfaces only where a part
/// is swapped, and every output is one of these.
class Observer {
 public:
  virtual ~Observer() = default;
  /// Called for rows k = 0, 1, ... in order. Returns false to stop the run
  /// (for instance when the output cannot be written any more).
  virtual bool on_row(const Row& row) = 0;
};

/// Sends each row to several observers; stops when any of them asks to.
class ObserverList : public Observer {
 public:
  void add(Observer& observer) { observers_.push_back(&observer); }
  bool on_row(const Row& row) override;

 private:
  std::vector<Observer*> observers_;
};

/// How x moves given the gradient; the loop is apart from the rule (the
/// optimizers are in optimizer.h).
class UpdateRule {
 public:
  virtual ~UpdateRule() = default;
  /// Moves x, f's point, given the gradient there and fx = f(x). Returns f
  /// at the new point when the rule evaluated it (a line search), so that
  /// the loop need not evaluate it again.
  virtual std::optional<double> update(Span<double> x, const std::vector<double>& gradient,
                                       double fx) = 0;
};

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
  observer,     ///< an observer asked to stop
  interrupted,  ///< SIGINT or SIGTERM (see interrupt.h), after the row
};
/// Whether a reason is a criterion met (not a budget, divergence or observer).
bool met_criterion(StopReason reason);

/// Which part of a row was not finite.
enum class NonFinite { none, f, gradient, x };

struct DescentResult {
  StopReason reason = StopReason::finished;
  std::uint64_t last_step = 0;             ///< step of the last row produced
  double best_f = 0.0;                     ///< the least finite f seen (when best_step is set)
  std::optional<std::uint64_t> best_step;  ///< its step; unset when no f was finite
  std::vector<double> best_x;              ///< its point
  NonFinite non_finite = NonFinite::none;  ///< set when reason == diverged
  std::string what_diverged;               ///< e.g. "f is inf", when reason == diverged
  /// The first row where x_i +- h rounded back to x_i, and that x_i's name:
  /// from there on the gradient was rounding, not f's slope.
  std::optional<std::uint64_t> h_lost_step;
  std::string h_lost_variable;
};

/// Runs from f.point() (the start): for k = 0..steps, evaluates f and its
/// gradient at x_k, reports the row, and unless something is no longer
/// finite, a criterion is met or a budget ran out, moves x with `rule`.
DescentResult descend(Objective& f, UpdateRule& rule, const DescentSettings& settings,
                      Observer& observer);

}  // namespace gd
