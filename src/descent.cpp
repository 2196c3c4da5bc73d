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
  for (std::uint64_t step = 0;; ++step) {
    const double value = f.value();
    central_difference(f, settings.h, gradient);
    const Row row{step, value, f.point(), euclidean_norm(gradient)};
    if (!observer.on_row(row)) return {StopReason::observer, step, {}};
    std::string broken = non_finite_part(f, value, gradient);
    if (!broken.empty()) return {StopReason::diverged, step, broken};
    if (step == settings.steps) return {StopReason::finished, step, {}};
    rule.update(f.point(), gradient);
  }
}

}  // namespace gd
