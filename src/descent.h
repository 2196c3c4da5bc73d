#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

/// How x moves given the gradient; the loop is apart from the rule.
class UpdateRule {
 public:
  virtual ~UpdateRule() = default;
  virtual void update(Span<double> x, const std::vector<double>& gradient) = 0;
};

/// Plain gradient descent: x <- x - lr * g.
class GradientStep : public UpdateRule {
 public:
  explicit GradientStep(double learning_rate) : learning_rate_(learning_rate) {}
  void update(Span<double> x, const std::vector<double>& gradient) override;

 private:
  double learning_rate_;
};

struct DescentSettings {
  double h = 1e-4;            ///< central-difference step
  std::uint64_t steps = 100;  ///< updates to make; rows are 0..steps
};

enum class StopReason {
  finished,  ///< all steps made
  diverged,  ///< f, the gradient or x became nan or infinite
  observer,  ///< an observer asked to stop
};

/// Which part of a row was not finite.
enum class NonFinite { none, f, gradient, x };

struct DescentResult {
  StopReason reason = StopReason::finished;
  std::uint64_t last_step = 0;             ///< step of the last row produced
  NonFinite non_finite = NonFinite::none;  ///< set when reason == diverged
  std::string what_diverged;               ///< e.g. "f is inf", when reason == diverged
  /// The first row where x_i +- h rounded back to x_i, and that x_i's name:
  /// from there on the gradient was rounding, not f's slope.
  std::optional<std::uint64_t> h_lost_step;
  std::string h_lost_variable;
};

/// Runs from f.point() (the start): for k = 0..steps, evaluates f and its
/// central-difference gradient at x_k, reports the row, and unless it is the
/// last row or something is no longer finite, moves x with `rule`.
DescentResult descend(Objective& f, UpdateRule& rule, const DescentSettings& settings,
                      Observer& observer);

}  // namespace gd
