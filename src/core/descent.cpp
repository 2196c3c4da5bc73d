#include "core/descent.h"

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
        norm_read_(settings.gradient_norm || settings.stop.tol_grad) {}

  DescentResult run();

 private:
  std::optional<StopReason> reason_to_stop(const Row& row, Next next, bool rounding);
  std::optional<StopReason> criterion_met(const Row& row, bool rounding);
  bool ran_away(const Row& row, bool rounding);
  void keep_best(const Row& row);
  void keep_trail(const Row& row);

  Objective& f_;
  UpdateRule& rule_;
  const DescentSettings& settings_;
  Observer& observer_;
  std::vector<double> gradient_, previous_, scratch_;
  double previous_f_ = 0.0;
  double rise_limit_ = 0.0;        // f_0 + kRunawayRise * max(1, |f_0|)
  double last_far_distance_ = -1;  // from the start, at the previous row above the limit
  const std::uint64_t row_cost_;
  const bool norm_read_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  DescentResult result_;
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
    if (step == 0) result_.first.keep(row);
    if (const auto stop = reason_to_stop(row, observer_.on_row(row), rounding)) {
      result_.reason = *stop;
      result_.last.keep(row);
      return std::move(result_);
    }
    keep_trail(row);
    previous_f_ = value;
    if (settings_.stop.tol_x) previous_.assign(row.x.begin(), row.x.end());
    known = rule_.update(f_.point(), gradient_, value);
  }
}

/// Why the run ends at `row`, in the order the README gives: the output
/// closed, divergence, a signal, a criterion, the budgets.
std::optional<StopReason> Loop::reason_to_stop(const Row& row, Next next, bool rounding) {
  if (next == Next::stop_closed) return StopReason::closed;
  keep_best(row);
  if (find_non_finite(row.x, row.f, gradient_, result_) || ran_away(row, rounding))
    return StopReason::diverged;
  if (next == Next::stop_interrupted) return StopReason::interrupted;  // the row is written
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

/// The runaway rule (Runaway in descent.h), for a row whose values are finite.
bool Loop::ran_away(const Row& row, bool rounding) {
  if (row.step == 0) {
    rise_limit_ = row.f + kRunawayRise * std::fmax(1.0, std::fabs(row.f));
    return false;
  }
  if (rounding && result_.h_lost_step && *result_.h_lost_step > 0) {
    const double f0 = result_.first.f;
    if (row.f > f0) result_.runaway = Runaway::precision;
    if (row.f < f0 - kRunawayRise * std::fmax(1.0, std::fabs(f0))) result_.runaway = Runaway::fell;
    if (result_.runaway != Runaway::none) return true;
  }
  if (!(row.f > rise_limit_)) {
    last_far_distance_ = -1;
    return false;
  }
  double distance = 0.0;  // the largest |x_i - x_0,i|
  for (std::size_t i = 0; i < row.x.size(); ++i)
    distance = std::fmax(distance, std::fabs(row.x[i] - result_.first.x[i]));
  const bool outward =
      last_far_distance_ >= 0 && row.f > previous_f_ && distance > last_far_distance_;
  last_far_distance_ = distance;
  if (outward) result_.runaway = Runaway::rose;
  return outward;
}

void Loop::keep_trail(const Row& row) {
  std::swap(result_.trail[0], result_.trail[1]);
  result_.trail[0].keep(row);
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
