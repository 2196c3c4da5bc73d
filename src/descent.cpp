#include "descent.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "gradient.h"
#include "interrupt.h"
#include "objective.h"

namespace gd {
namespace {

const char* non_finite_name(double v) { return std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf"; }

/// Sets result.non_finite and result.what_diverged when f, the gradient or x
/// is not finite (checked in that order); leaves them alone otherwise.
void find_non_finite(const Objective& f, double value, const std::vector<double>& gradient,
                     DescentResult& result) {
  if (!std::isfinite(value)) {
    result.non_finite = NonFinite::f;
    result.what_diverged = fmt::format("f is {}", non_finite_name(value));
    return;
  }
  for (std::size_t i = 0; i < gradient.size(); ++i)
    if (!std::isfinite(gradient[i])) {
      result.non_finite = NonFinite::gradient;
      result.what_diverged = fmt::format("the gradient's {} component is {}", f.variables()[i],
                                         non_finite_name(gradient[i]));
      return;
    }
  for (std::size_t i = 0; i < f.point().size(); ++i)
    if (!std::isfinite(f.point()[i])) {
      result.non_finite = NonFinite::x;
      result.what_diverged =
          fmt::format("{} is {}", f.variables()[i], non_finite_name(f.point()[i]));
      return;
    }
}

}  // namespace

bool ObserverList::on_row(const Row& row) {
  bool go_on = true;
  for (Observer* observer : observers_) go_on = observer->on_row(row) && go_on;
  return go_on;
}

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

/// The criterion row k meets, if any; `previous` is x_k-1 (empty at k = 0).
/// When the gradient is `rounding` (h below x's precision), the criteria
/// that follow from it (the gradient, and the moves it makes) mean nothing
/// and only --target counts.
std::optional<StopReason> criterion_met(const StopCriteria& stop, const Row& row, double previous_f,
                                        const std::vector<double>& previous,
                                        std::vector<double>& scratch, bool rounding) {
  if (stop.target && row.f <= *stop.target) return StopReason::target;
  if (rounding) return std::nullopt;
  if (stop.tol_grad && row.grad_norm <= *stop.tol_grad) return StopReason::tol_grad;
  if (row.step == 0) return std::nullopt;
  if (stop.tol_f && std::fabs(row.f - previous_f) <= *stop.tol_f * std::fmax(1.0, std::fabs(row.f)))
    return StopReason::tol_f;
  if (stop.tol_x) {
    scratch.assign(row.x.begin(), row.x.end());
    const double size = euclidean_norm(scratch);
    for (std::size_t i = 0; i < scratch.size(); ++i) scratch[i] -= previous[i];
    if (euclidean_norm(scratch) <= *stop.tol_x * std::fmax(1.0, size)) return StopReason::tol_x;
  }
  return std::nullopt;
}

}  // namespace

DescentResult descend(Objective& f, UpdateRule& rule, const DescentSettings& settings,
                      Observer& observer) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<double> gradient(f.dimension()), previous, scratch;
  double previous_f = 0.0;
  // Evaluations a row takes: f and its gradient (a line search adds more).
  const std::uint64_t row_cost = 1 + gradient_evaluations(settings.gradient.scheme, f.dimension());
  const bool norm_read = settings.gradient_norm || settings.stop.tol_grad;
  DescentResult result;
  std::optional<double> known;  // f at x, when the rule has evaluated it
  for (std::uint64_t step = 0;; ++step) {
    result.last_step = step;
    const double value = known ? *known : f.value();
    const std::size_t h_lost = difference_gradient(f, value, settings.gradient, gradient);
    if (h_lost < f.dimension() && !result.h_lost_step) {
      result.h_lost_step = step;
      result.h_lost_variable = f.variables()[h_lost];
    }
    const Row row{step, value, f.point(),
                  norm_read ? euclidean_norm(gradient) : std::numeric_limits<double>::quiet_NaN()};
    if (!observer.on_row(row)) {
      result.reason = StopReason::observer;
      return result;
    }
    if (std::isfinite(value) && (!result.best_step || value < result.best_f)) {
      result.best_f = value;
      result.best_step = step;
      // Sized once, then copied a coordinate at a time: this runs on most
      // steps, and a wider copy (memmove) right after the gradient's 8-byte
      // stores to x stalls on store forwarding.
      result.best_x.resize(row.x.size());
      for (std::size_t i = 0; i < row.x.size(); ++i) result.best_x[i] = row.x[i];
    }
    find_non_finite(f, value, gradient, result);
    if (result.non_finite != NonFinite::none) {
      result.reason = StopReason::diverged;
      return result;
    }
    if (interrupt_signal() != 0) {  // the row is written: stop here
      result.reason = StopReason::interrupted;
      return result;
    }
    const StopCriteria& stop = settings.stop;
    if (auto met =
            criterion_met(stop, row, previous_f, previous, scratch, h_lost < f.dimension())) {
      result.reason = *met;
      return result;
    }
    if (step == settings.steps) return result;  // finished
    if (stop.max_evals && f.evaluations() + row_cost > *stop.max_evals) {
      result.reason = StopReason::max_evals;
      return result;
    }
    if (stop.max_time &&
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() >=
            *stop.max_time) {
      result.reason = StopReason::max_time;
      return result;
    }
    previous_f = value;
    if (stop.tol_x) previous.assign(row.x.begin(), row.x.end());
    known = rule.update(f.point(), gradient, value);
  }
}

}  // namespace gd
