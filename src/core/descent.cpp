#include "core/descent.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "core/gradient.h"
#include "core/objective.h"

namespace gd {

bool met_criterion(StopReason reason) {
  switch (reason) {
    case StopReason::tol_grad:
    case StopReason::target:
    case StopReason::tol_f:
    case StopReason::tol_x: return true;
    default: return false;
  }
}

namespace {

/// Records in `result` the first of f, the gradient and x (in that order)
/// that is not finite; false when all are.
bool find_non_finite(Span<const double> x, double value, const std::vector<double>& gradient,
                     DescentResult& result) {
  const auto found = [&](NonFinite part, std::size_t coordinate, double bad) {
    result.non_finite = part;
    result.non_finite_coordinate = coordinate;
    result.non_finite_value = bad;
    return true;
  };
  if (!std::isfinite(value)) return found(NonFinite::f, 0, value);
  for (std::size_t i = 0; i < gradient.size(); ++i)
    if (!std::isfinite(gradient[i])) return found(NonFinite::gradient, i, gradient[i]);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isfinite(x[i])) return found(NonFinite::x, i, x[i]);
  return false;
}

/// The loop's state between rows.
class Loop {
 public:
  Loop(Objective& f, UpdateRule& rule, const DescentSettings& settings, Observer& observer)
      : f_(f),
        rule_(rule),
        settings_(settings),
        observer_(observer),
        gradient_(f.dimension()),
        row_cost_(row_evaluations(settings.gradient.scheme, f.dimension())),
        norm_read_(settings.gradient_norm || settings.stop.tol_grad) {
    ring_x_.resize(kTrailRows * f.dimension());
    std::fill(std::begin(ring_step_), std::end(ring_step_), UINT64_MAX);  // none yet
  }

  DescentResult run();

 private:
  std::optional<StopReason> reason_to_stop(const Row& row, Next next, bool rounding);
  std::optional<StopReason> criterion_met(const Row& row, bool rounding);
  bool ran_away(const Row& row, bool rounding);
  void keep_best(const Row& row);
  void keep_trail(const Row& row);
  void hand_over_trail();

  Objective& f_;
  UpdateRule& rule_;
  const DescentSettings& settings_;
  Observer& observer_;
  std::vector<double> gradient_, previous_, scratch_;
  double previous_f_ = 0.0;
  double rise_limit_ = HUGE_VAL;                // f_0 + runaway_distance(f_0), from row 0
  std::optional<std::uint64_t> last_far_step_;  // the last row above the limit
  double last_far_distance_ = 0.0;              // its distance from the start
  const std::uint64_t row_cost_;
  const bool norm_read_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  DescentResult result_;
  // Rows k - 1, k - 2, ..., in slots by k mod kTrailRows: f, norm, x (n each).
  double ring_f_[kTrailRows] = {}, ring_norm_[kTrailRows] = {};
  std::uint64_t ring_step_[kTrailRows];  // the step each slot holds
  std::vector<double> ring_x_;
};

DescentResult Loop::run() {
  std::optional<double> known;  // f at x, when the rule has evaluated it
  for (std::uint64_t step = 0;; ++step) {
    result_.last_step = step;
    const double value = known ? *known : f_.value();
    const std::size_t h_lost = difference_gradient(f_, value, settings_.gradient, gradient_);
    const bool rounding = h_lost < f_.dimension();
    if (rounding && !result_.h_lost_step) {
      result_.h_lost_step = step;
      result_.h_lost_coordinate = h_lost;
    }
    const Row row{
        step, value, f_.point(),
        norm_read_ ? euclidean_norm(gradient_) : std::numeric_limits<double>::quiet_NaN()};
    if (step == 0) {
      result_.first.keep(row);
      rise_limit_ = value + runaway_distance(value);
    }
    if (const auto stop = reason_to_stop(row, observer_.on_row(row), rounding)) {
      result_.reason = *stop;
      result_.last.keep(row);
      result_.previous_f = previous_f_;
      hand_over_trail();
      return std::move(result_);
    }
    keep_trail(row);
    previous_f_ = value;
    if (settings_.stop.tol_x) previous_.assign(row.x.begin(), row.x.end());
    known = rule_.update(f_.point(), gradient_, value);
  }
}

/// Why the run ends at `row`, in the order the README gives: the output
/// closed, divergence, a signal, --watch's q, a criterion, the budgets.
std::optional<StopReason> Loop::reason_to_stop(const Row& row, Next next, bool rounding) {
  if (next == Next::stop_closed) return StopReason::closed;
  keep_best(row);
  if (find_non_finite(row.x, row.f, gradient_, result_) ||
      ((rounding || row.f > rise_limit_) && ran_away(row, rounding)))  // rarely either
    return StopReason::diverged;
  if (next == Next::stop_interrupted) return StopReason::interrupted;  // the row is written
  if (next == Next::stop_quit) return StopReason::quit;                // so is this one
  if (auto met = criterion_met(row, rounding)) return met;
  if (row.step == settings_.steps) return StopReason::finished;
  const StopCriteria& stop = settings_.stop;
  if (stop.max_evals && f_.evaluations() + row_cost_ > *stop.max_evals)
    return StopReason::max_evals;
  if (stop.max_time &&
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count() >=
          *stop.max_time)
    return StopReason::max_time;
  return std::nullopt;
}

/// The criterion row k meets, if any. When the gradient is `rounding` (h
/// below x's precision), the criteria that follow from it (the gradient,
/// and the moves it makes) mean nothing and only --target counts.
std::optional<StopReason> Loop::criterion_met(const Row& row, bool rounding) {
  const StopCriteria& stop = settings_.stop;
  if (stop.target && row.f <= *stop.target) return StopReason::target;
  if (rounding) return std::nullopt;
  if (stop.tol_grad && row.grad_norm <= *stop.tol_grad) return StopReason::tol_grad;
  if (row.step == 0) return std::nullopt;
  if (stop.tol_f &&
      std::fabs(row.f - previous_f_) <= *stop.tol_f * std::fmax(1.0, std::fabs(row.f)))
    return StopReason::tol_f;
  if (stop.tol_x) {
    scratch_.assign(row.x.begin(), row.x.end());
    const double size = euclidean_norm(scratch_);
    for (std::size_t i = 0; i < scratch_.size(); ++i) scratch_[i] -= previous_[i];
    if (euclidean_norm(scratch_) <= *stop.tol_x * std::fmax(1.0, size)) return StopReason::tol_x;
  }
  return std::nullopt;
}

/// The runaway rule (Runaway in descent.h), for a finite row that is
/// `rounding` or above the rise limit.
bool Loop::ran_away(const Row& row, bool rounding) {
  if (row.step == 0) return false;
  if (rounding && result_.h_lost_step && *result_.h_lost_step > 0) {
    const double f0 = result_.first.f;
    if (row.f > f0) result_.runaway = Runaway::precision;
    if (row.f < f0 - runaway_distance(f0)) result_.runaway = Runaway::fell;
    if (result_.runaway != Runaway::none) return true;
  }
  if (!(row.f > rise_limit_)) return false;
  double distance = 0.0;  // the largest |x_i - x_0,i|
  for (std::size_t i = 0; i < row.x.size(); ++i)
    distance = std::fmax(distance, std::fabs(row.x[i] - result_.first.x[i]));
  const bool outward = last_far_step_ && *last_far_step_ + 1 == row.step && row.f > previous_f_ &&
                       distance > last_far_distance_;
  last_far_step_ = row.step;
  last_far_distance_ = distance;
  if (outward) result_.runaway = Runaway::rose;
  return outward;
}

/// Row k into the ring, in slot k mod kTrailRows: no allocation, and copied a
/// coordinate at a time (as keep_best does, for the same reason).
void Loop::keep_trail(const Row& row) {
  // Only rows a budget's end is judged by: those just before the steps run
  // out, or the evaluations would, or any under --max-time.
  const StopCriteria& stop = settings_.stop;
  if (row.step + kTrailRows < settings_.steps && !stop.max_time &&
      !(stop.max_evals && f_.evaluations() + (kTrailRows + 1) * row_cost_ > *stop.max_evals))
    return;
  const std::size_t slot = row.step % kTrailRows, n = row.x.size();
  ring_step_[slot] = row.step;
  ring_f_[slot] = row.f;
  ring_norm_[slot] = row.grad_norm;
  double* to = ring_x_.data() + slot * n;
  const double* from = row.x.data();
  for (std::size_t i = 0; i < n; ++i) to[i] = from[i];
}

/// The ring as the result's trail: the row before the last, then the one before it, ...
void Loop::hand_over_trail() {
  const std::uint64_t last = result_.last_step;
  const std::size_t n = ring_x_.size() / kTrailRows;
  for (std::uint64_t back = 1; back <= kTrailRows; ++back) {
    const std::size_t slot = (last - back) % kTrailRows;
    if (back > last || ring_step_[slot] != last - back) continue;
    const Span<const double> x(ring_x_.data() + slot * n, n);
    result_.trail[back - 1].keep({last - back, ring_f_[slot], x, ring_norm_[slot]});
  }
}

void Loop::keep_best(const Row& row) {
  if (!std::isfinite(row.f) || (result_.best_step && !(row.f < result_.best_f))) return;
  result_.best_f = row.f;
  result_.best_step = row.step;
  // Sized once, then copied a coordinate at a time: this runs on most
  // steps, and a wider copy (memmove) right after the gradient's 8-byte
  // stores to x stalls on store forwarding.
  result_.best_x.resize(row.x.size());
  for (std::size_t i = 0; i < row.x.size(); ++i) result_.best_x[i] = row.x[i];
}

}  // namespace

DescentResult descend(Objective& f, UpdateRule& rule, const DescentSettings& settings,
                      Observer& observer) {
  return Loop(f, rule, settings, observer).run();
}

}  // namespace gd
