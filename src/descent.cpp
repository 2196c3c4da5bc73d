#include "descent.h"

#include <fmt/format.h>

#include <cmath>

#include "gradient.h"
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

void GradientStep::update(Span<double> x, const std::vector<double>& gradient) {
  for (std::size_t i = 0; i < x.size(); ++i) x[i] -= learning_rate_ * gradient[i];
}

DescentResult descend(Objective& f, UpdateRule& rule, const DescentSettings& settings,
                      Observer& observer) {
  std::vector<double> gradient(f.dimension());
  DescentResult result;
  for (std::uint64_t step = 0;; ++step) {
    result.last_step = step;
    const double value = f.value();
    const std::size_t h_lost = central_difference(f, settings.h, gradient);
    if (h_lost < f.dimension() && !result.h_lost_step) {
      result.h_lost_step = step;
      result.h_lost_variable = f.variables()[h_lost];
    }
    const Row row{step, value, f.point(), euclidean_norm(gradient)};
    if (!observer.on_row(row)) {
      result.reason = StopReason::observer;
      return result;
    }
    find_non_finite(f, value, gradient, result);
    if (result.non_finite != NonFinite::none) {
      result.reason = StopReason::diverged;
      return result;
    }
    if (step == settings.steps) return result;  // finished
    rule.update(f.point(), gradient);
  }
}

}  // namespace gd
