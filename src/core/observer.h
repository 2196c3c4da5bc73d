#pragma once

#include <cstdint>
#include <vector>

#include "core/span.h"

namespace gd {

struct RunSpec;
struct RunResult;

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

/// What an observer asks of the loop after a row. When observers ask
/// different things, the later in this list wins.
enum class Next {
  go_on,
  stop_quit,         ///< the person watching asked to stop (--watch's q; the row still counts)
  stop_interrupted,  ///< a signal asked to stop (the row still counts)
  stop_closed,       ///< the output cannot take more rows
};

/// Watches runs: writers, recorders, progress. Each run is begin, its rows
/// in order, then end, whichever way it stops (see run.h). Every output is
/// one of these.
class Observer {
 public:
  virtual ~Observer() = default;
  /// Before the run's first row.
  virtual void begin(const RunSpec& /*run*/) {}
  /// Rows k = 0, 1, ... in order.
  virtual Next on_row(const Row& row) = 0;
  /// After its last row, with all the run's results.
  virtual void end(const RunResult& /*result*/) {}
};

/// Tells several observers: begin and rows in the order added, end in the
/// reverse order (as scopes close, so the last to begin ends first); a
/// row's answer is the strongest of theirs.
class ObserverList : public Observer {
 public:
  void add(Observer& observer) { observers_.push_back(&observer); }
  /// The one observer when only one was added (it is then told directly,
  /// a dispatch less per row), else the list.
  Observer& simplest() { return observers_.size() == 1 ? *observers_.front() : *this; }
  void begin(const RunSpec& run) override;
  Next on_row(const Row& row) override;
  void end(const RunResult& result) override;

 private:
  std::vector<Observer*> observers_;
};

}  // namespace gd
