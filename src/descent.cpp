#include "descent.h"

#include <fmt/format.h>

#include <cmath>

#include "gradient.h"
#include "objective.h"

namespace gd {
namespace {

const char* non_finite_name(double v) { return std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf"; }

/// Empty when f, g and x are all finite; else which one is not, and how.
std::string non_finite_part(const Objective& f, double value, const std::vector<double>& gradient) {
  if (!std::isfinite(value)) return fmt::format("f is {}", non_finite_name(value));
  for (std::size_t i = 0; i < gradient.size(); ++i)
    if (!std::isfinite(gradient[i]))
      return fmt::format("the gradient's {} component is {}", f.variables()[i],
                         non_finite_name(gradient[i]));
  for (std::size_t i = 0; i < f.point().size(); ++i)
    if (!std::isfinite(f.point()[i]))
      return fmt::format("{} is {}", f.variables()[i], non_finite_name(f.point()[i]));
  return {};
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
    result.what_diverged = non_finite_part(f, value, gradient);
    if (!result.what_diverged.empty()) {
      result.reason = StopReason::diverged;
      return result;
    }
    if (step == settings.steps) return result;  // finished
    rule.update(f.point(), gradient);
  }
}

}  // namespace gd
