#include "core/run.h"

#include <chrono>
#include <cmath>
#include <memory>
#include <vector>

#include "core/objective.h"

namespace gd {

RunResult run_descent(const RunSpec& spec, Objective& f, const DescentSettings& settings,
                      Observer& observer, bool estimate_error) {
  RunResult result;
  result.spec = spec;
  const std::unique_ptr<UpdateRule> rule = make_rule(spec.settings, f);
  observer.begin(spec);
  const auto started = std::chrono::steady_clock::now();
  result.descent = descend(f, *rule, settings, observer);
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - started;
  result.seconds = seconds.count();
  result.evaluations = f.evaluations();
  if (estimate_error) result.gradient_error = gradient_error(f, settings.gradient);
  result.verdict = judge_descent(result.descent, settings, f, result.gradient_error);
  observer.end(result);
  return result;
}

std::optional<double> gradient_error(Objective& f, const GradientSettings& gradient) {
  const double fx = f.value();
  std::vector<double> g, half;
  difference_gradient(f, fx, gradient, g);
  difference_gradient(f, fx, gradient, half, 0.5);
  for (std::size_t i = 0; i < g.size(); ++i) half[i] -= g[i];
  const double error = euclidean_norm(half);
  if (!std::isfinite(error)) return std::nullopt;
  return error;
}

}  // namespace gd
