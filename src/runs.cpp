#include "runs.h"

#include <fmt/format.h>

#include <cmath>

#include "objective.h"
#include "output/history.h"

namespace gd {

std::vector<RunSpec> plan_runs(const Options& options) {
  std::vector<RunSpec> runs;
  const auto add = [&](Method method, double learning_rate, bool named_rate = false) {
    RunSpec run;
    run.index = runs.size() + 1;
    run.settings = options.parameters;
    run.settings.method = method;
    run.settings.learning_rate = learning_rate;
    run.named_rate = named_rate;
    runs.push_back(run);
  };
  for (const auto& choice : options.optimizers) {
    if (choice.learning_rate)
      add(choice.method, *choice.learning_rate, true);
    else if (options.learning_rates.empty())
      add(choice.method, default_learning_rate(choice.method));
    else
      for (double lr : options.learning_rates) add(choice.method, lr);
  }
  return runs;
}

std::optional<RunSpec> repeated_run(const std::vector<RunSpec>& runs) {
  for (std::size_t i = 0; i < runs.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (runs[i].settings.method == runs[j].settings.method &&
          runs[i].settings.learning_rate == runs[j].settings.learning_rate)
        return runs[i];
  return std::nullopt;
}

std::string run_name(const RunSpec& run) {
  return fmt::format("{}:{}", method_name(run.settings.method),
                     format_number(run.settings.learning_rate));
}

std::string describe_stop(const DescentResult& result, const Options& options) {
  const StopCriteria& stop = options.stop;
  const auto n = [](double v) { return format_number(v); };
  switch (result.reason) {
    case StopReason::finished:
      return stop.any_criterion()
                 ? fmt::format("the step budget ran out (--steps {})", options.steps)
                 : fmt::format("all {} steps made", options.steps);
    case StopReason::max_evals:
      return fmt::format("the evaluation budget ran out (--max-evals {})", *stop.max_evals);
    case StopReason::max_time:
      return fmt::format("the time budget ran out (--max-time {})", n(*stop.max_time));
    case StopReason::tol_grad:
      return fmt::format("gradient norm <= --tol-grad {}", n(*stop.tol_grad));
    case StopReason::target: return fmt::format("f <= --target {}", n(*stop.target));
    case StopReason::tol_f: return fmt::format("f changed by <= --tol-f {}", n(*stop.tol_f));
    case StopReason::tol_x: return fmt::format("x moved by <= --tol-x {}", n(*stop.tol_x));
    case StopReason::diverged:
      return fmt::format("diverged at step {}: {}", result.last_step, result.what_diverged);
    case StopReason::observer: return "the output was closed";
    case StopReason::interrupted: return fmt::format("interrupted at step {}", result.last_step);
  }
  return "";
}

std::string stop_word(StopReason reason) {
  switch (reason) {
    case StopReason::finished: return "finished";
    case StopReason::max_evals: return "max_evals";
    case StopReason::max_time: return "max_time";
    case StopReason::target: return "target";
    case StopReason::tol_grad: return "tol_grad";
    case StopReason::tol_f: return "tol_f";
    case StopReason::tol_x: return "tol_x";
    case StopReason::diverged: return "diverged";
    case StopReason::observer: return "closed";
    case StopReason::interrupted: return "interrupted";
  }
  return "finished";
}

std::string describe_gradient(const GradientSettings& gradient) {
  const char* scheme = "central";
  switch (gradient.scheme) {
    case Scheme::central: scheme = "central"; break;
    case Scheme::forward: scheme = "forward"; break;
    case Scheme::backward: scheme = "backward"; break;
    case Scheme::five_point: scheme = "five-point"; break;
  }
  return fmt::format("{}, h {}", scheme, gradient.auto_h ? "auto" : format_number(gradient.h));
}

std::optional<double> gradient_error(Objective& f, const GradientSettings& gradient) {
  const double fx = f.value();
  std::vector<double> g, half;
  difference_gradient(f, fx, gradient, g);
  difference_gradient(f, fx, gradient, half, 0.5);
  const double norm = euclidean_norm(g);
  for (std::size_t i = 0; i < g.size(); ++i) half[i] -= g[i];
  const double error = euclidean_norm(half) / norm;
  if (!std::isfinite(error) || norm == 0) return std::nullopt;
  return error;
}

}  // namespace gd
