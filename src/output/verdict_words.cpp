#include "output/verdict_words.h"

#include <fmt/format.h>

#include <cmath>

#include "base/format.h"
#include "core/run.h"
#include "output/describe.h"

namespace gd {
namespace {

/// Numbers and points to the wording's digits.
struct Say {
  const Wording& w;
  std::string operator()(double v) const { return format_number(v, w.digits); }
  std::string point(const std::vector<double>& x) const { return format_point(x, w.digits); }
  /// "y" for an axis, else "the direction [0.707, -0.707]".
  std::string direction(const std::vector<double>& v) const {
    for (std::size_t i = 0; i < v.size(); ++i)
      if (std::fabs(v[i]) >= 0.99) return w.variables.at(i);
    return "the direction " + format_point(v, 3);
  }
  /// ", at [1, 2]" for a few variables, else nothing.
  std::string where(const std::vector<double>& x) const {
    return x.size() <= 4 ? ", at " + point(x) : "";
  }
};

std::string criteria(const StopCriteria& stop, const Say& n) {
  std::vector<std::string> given;
  if (stop.tol_grad) given.push_back("--tol-grad " + n(*stop.tol_grad));
  if (stop.target) given.push_back("--target " + n(*stop.target));
  if (stop.tol_f) given.push_back("--tol-f " + n(*stop.tol_f));
  if (stop.tol_x) given.push_back("--tol-x " + n(*stop.tol_x));
  return fmt::format("{}", fmt::join(given, " or "));
}

std::string budget(const RunResult& run, const Wording& w, const Say& n) {
  const StopCriteria& stop = w.settings.stop;
  const std::uint64_t steps = w.settings.steps;
  const std::string before = stop.any_criterion() ? " before " + criteria(stop, n) : "";
  switch (run.descent.reason) {
    case StopReason::max_evals:
      return fmt::format("the evaluation budget ran out (--max-evals {}){}", *stop.max_evals,
                         before);
    case StopReason::max_time:
      return fmt::format("the time budget ran out (--max-time {}){}", n(*stop.max_time), before);
    default: break;
  }
  if (steps == 0) return "f evaluated at the start only (--steps 0)";
  if (stop.any_criterion())
    return fmt::format("the step budget ran out (--steps {}){}", steps, before);
  return steps == 1 ? std::string("the one step made (--steps 1)")
                    : fmt::format("all {} steps made", steps);
}

std::string criterion(const RunResult& run, const Wording& w, const Say& n) {
  const DescentResult& d = run.descent;
  const StopCriteria& stop = w.settings.stop;
  switch (d.reason) {
    case StopReason::tol_grad:
      return fmt::format("gradient norm {} <= --tol-grad {}", n(d.last.grad_norm),
                         n(*stop.tol_grad));
    case StopReason::target:
      return fmt::format("f {} <= --target {}", n(d.last.f), n(*stop.target));
    case StopReason::tol_f: return fmt::format("f changed by <= --tol-f {}", n(*stop.tol_f));
    case StopReason::tol_x: return fmt::format("x moved by <= --tol-x {}", n(*stop.tol_x));
    default: break;
  }
  return "";
}

/// "the gradient norm fell from 10 to 0.115, f fell from 25 to 0.0033".
std::string progress(const DescentResult& d, const Say& n) {
  const auto change = [&](const char* what, double from, double to) {
    if (n(from) == n(to)) return fmt::format("{} stayed at {}", what, n(to));
    return fmt::format("{} {} from {} to {}", what, to < from ? "fell" : "rose", n(from), n(to));
  };
  return change("the gradient norm", d.first.grad_norm, d.last.grad_norm) + ", " +
         change("f", d.first.f, d.last.f);
}

/// A bound for advice, to two significant digits: "0.0013" for 0.001327698.
std::string below(double bound) { return format_number(bound, 2); }

/// Where a run that is still moving is headed, by f's quadratic model at
/// the end; what the end is, when it is stationary.
std::string heading(const Verdict& v, const Say& n) {
  const Curvature& c = v.end;
  if (v.stationary) return "the end is a stationary point: " + describe_point(v, n.w);
  if (v.flat_direction)
    return fmt::format("f slopes by {} along {} with no curvature there: no minimum that way",
                       n(v.flat_slope), n.direction(c.eigenvectors[*v.flat_direction]));
  if (!v.model_point) return "";
  const auto model = [&](const char* what) {
    return fmt::format("f's quadratic model there has {} {} away{}", what, n(v.model_distance),
                       n.where(*v.model_point));
  };
  switch (c.kind()) {
    case PointKind::minimum: return model("a minimum");
    case PointKind::saddle:
      return model("a saddle point") +
             fmt::format(" (f curves down along {})", n.direction(c.eigenvectors.front()));
    case PointKind::maximum: return "f curves down in every direction here: no minimum nearby";
    default: return "";
  }
}

std::string diverged(const RunResult& run, const Wording& w, const Say& n) {
  const DescentResult& d = run.descent;
  const std::string head = fmt::format("diverged at step {}: ", d.last_step);
  const std::string what = describe_non_finite(d, w.variables);
  switch (run.verdict.cause) {
    case Cause::start: return head + what + " at the start point";
    case Cause::domain:
      if (d.non_finite == NonFinite::gradient)
        return head + fmt::format(
                          "f is not finite within h of x = {} ({}): x reached the edge of "
                          "f's domain",
                          n.point(d.last.x), what);
      return head + fmt::format("{} at x = {}: the step left f's domain (f was {} at step {})",
                                what, n.point(d.last.x), n(d.previous_f), d.last_step - 1);
    default: break;
  }
  if (d.runaway == Runaway::precision) {
    const std::string& name = w.variables.at(d.h_lost_coordinate);
    return head + fmt::format("f rose from {} to {} and {} grew to {}, where {} +- h rounds to {}",
                              n(d.first.f), n(d.last.f), name, n(d.last.x[d.h_lost_coordinate]),
                              name, name);
  }
  if (d.runaway == Runaway::rose)
    return head + fmt::format("f rose from {} to {} as x moved to {}", n(d.first.f), n(d.last.f),
                              d.last.x.size() <= 4 ? n.point(d.last.x) : "far from the start");
  if (d.previous_f > d.first.f && d.non_finite == NonFinite::f)
    return head + fmt::format("f became {} after rising from {} to {}", what.substr(5),
                              n(d.first.f), n(d.previous_f));
  if (d.previous_f > d.first.f)
    return head + fmt::format("{} after f rose from {} to {}", what, n(d.first.f), n(d.previous_f));
  return head + what + ": the step overshot";
}

std::string unbounded(const RunResult& run, const Say& n) {
  const DescentResult& d = run.descent;
  const Verdict& v = run.verdict;
  std::string along;
  if (!v.end.eigenvectors.empty() && v.end.curves_down(0))
    along = " along " + n.direction(v.end.eigenvectors.front());
  const double to = d.non_finite == NonFinite::f ? d.non_finite_value : d.last.f;
  return fmt::format(
      "unbounded below: f fell from {} to {} by step {}, ever faster{}: f has no "
      "minimum that way",
      n(d.first.f), n(to), d.last_step, along);
}

std::string oscillating(const RunResult& run, const Say& n) {
  const double growth = run.verdict.growth.value_or(1.0);
  const std::string size =
      growth > 1.0001 ? fmt::format("grow {}% a step", n((growth - 1) * 100)) : "do not shrink";
  return fmt::format("oscillating: the last steps jump back and forth and {}, at f = {}", size,
                     n(run.descent.last.f));
}

std::string stalled(const RunResult& run, const Wording& w, const Say& n) {
  const DescentResult& d = run.descent;
  if (run.verdict.cause == Cause::precision && d.h_lost_step) {
    const std::string& name = w.variables.at(d.h_lost_coordinate);
    return fmt::format(
        "stalled: from step {}, {} +- h rounds to {} ({} = {}; --h {} is below its "
        "precision): the gradient reads rounding, not f's slope",
        *d.h_lost_step, name, name, name, n(d.last.x[d.h_lost_coordinate]),
        describe_h(w.settings.gradient));
  }
  return fmt::format(
      "stalled: x no longer moves (the steps are below its precision) while the "
      "gradient norm is {}",
      n(d.last.grad_norm));
}

std::string join(std::string head, const std::string& tail) {
  return tail.empty() ? head : head + "; " + tail;
}

}  // namespace

std::string describe_point(const Verdict& v, const Wording& w) {
  const Say n{w};
  const Curvature& c = v.end;
  switch (c.kind()) {
    case PointKind::minimum:
      if (!c.curves_up(0)) return "a minimum, flat along " + n.direction(c.eigenvectors.front());
      return "a minimum (f curves up in every direction)";
    case PointKind::saddle:
      return fmt::format("a saddle point, not a minimum: f still descends along {} (curvature {})",
                         n.direction(c.eigenvectors.front()), n(c.eigenvalues.front()));
    case PointKind::maximum: return "a maximum, not a minimum: f descends in every direction";
    case PointKind::flat: return "f is flat here (no curvature in any direction)";
    case PointKind::unknown: break;
  }
  return w.variables.size() > kMaxCurvatureVariables
             ? fmt::format("not classified (over {} variables)", kMaxCurvatureVariables)
             : "";
}

std::string describe_budget(const RunResult& run, const Wording& w) {
  return budget(run, w, Say{w});
}

std::string describe_advice(const RunResult& run, const Wording& w) {
  const Verdict& v = run.verdict;
  const Say n{w};
  const std::string option = run.spec.named_rate ? "the rate in --optimizer" : "--lr";
  const auto rate_advice = [&](const Curvature& c, const char* where) {
    const double lr = run.spec.settings.learning_rate;
    if (const auto stable = stable_rate(run.spec.settings, c.largest()))
      return fmt::format("lr {} is too large for f's curvature {} {}: try {} below {}", n(lr),
                         format_number(c.largest(), 4), where, option, below(*stable));
    return fmt::format("try a smaller {} (it is {})", option, n(lr));
  };
  switch (v.ending) {
    case Ending::diverged:
      switch (v.cause) {
        case Cause::learning_rate: return rate_advice(v.start, "at the start");
        case Cause::domain:
          return fmt::format("try a smaller {}, or a start away from the edge", option);
        case Cause::start:
          return run.descent.non_finite == NonFinite::gradient
                     ? fmt::format("try another --start or a smaller --h (it is {})",
                                   describe_h(w.settings.gradient))
                     : "try another --start";
        default: return "";
      }
    case Ending::oscillating: return rate_advice(v.end, "here");
    case Ending::stalled:
      return v.cause == Cause::precision ? "try --h auto" : "try a larger " + option;
    default: return "";
  }
}

std::string describe_verdict(const RunResult& run, const Wording& w) {
  const Say n{w};
  const DescentResult& d = run.descent;
  const Verdict& v = run.verdict;
  const PointKind kind = v.end.kind();
  const std::string point =
      (kind == PointKind::saddle || kind == PointKind::maximum ? "but " : "") +
      describe_point(v, w);
  switch (v.ending) {
    case Ending::converged:
      if (met_criterion(d.reason))
        return join(fmt::format("converged: {} at step {}", criterion(run, w, n), d.last_step),
                    v.stationary ? point : heading(v, n));  // met short of the point itself
      return join(
          fmt::format("converged: {}, at a stationary point ({})", budget(run, w, n),
                      v.at_noise_floor
                          ? fmt::format("gradient norm {}, at its noise floor", n(d.last.grad_norm))
                          : fmt::format("the nearest is {} away", n(v.model_distance))),
          point);
    case Ending::not_converged:
      if (w.settings.steps == 0 && d.reason == StopReason::finished)
        return join(fmt::format("no step made (--steps 0): f = {}, gradient norm {}", n(d.last.f),
                                n(d.last.grad_norm)),
                    heading(v, n));
      return join(join("not converged: " + budget(run, w, n), progress(d, n)), heading(v, n));
    case Ending::diverged: return join(diverged(run, w, n), describe_advice(run, w));
    case Ending::unbounded: return unbounded(run, n);
    case Ending::oscillating: return join(oscillating(run, n), describe_advice(run, w));
    case Ending::stalled: return join(stalled(run, w, n), describe_advice(run, w));
    case Ending::interrupted:
      return join(fmt::format("interrupted at step {}", d.last_step), heading(v, n));
    case Ending::closed:
      return fmt::format("stopped at step {}: the output was closed", d.last_step);
    case Ending::quit:
      return join(fmt::format("stopped by q at step {} (--watch)", d.last_step), heading(v, n));
  }
  return "";
}

const char* ending_word(Ending ending) {
  switch (ending) {
    case Ending::converged: return "converged";
    case Ending::not_converged: return "not_converged";
    case Ending::diverged: return "diverged";
    case Ending::unbounded: return "unbounded";
    case Ending::oscillating: return "oscillating";
    case Ending::stalled: return "stalled";
    case Ending::interrupted: return "interrupted";
    case Ending::closed: return "closed";
    case Ending::quit: return "quit";
  }
  return "not_converged";
}

std::string ending_phrase(Ending ending) {
  std::string text = ending_word(ending);
  for (char& c : text)
    if (c == '_') c = ' ';
  return text;
}

const char* point_word(PointKind kind) {
  switch (kind) {
    case PointKind::minimum: return "minimum";
    case PointKind::saddle: return "saddle";
    case PointKind::maximum: return "maximum";
    case PointKind::flat: return "flat";
    case PointKind::unknown: break;
  }
  return "unknown";
}

const char* stop_word(const RunResult& run, const DescentSettings& settings) {
  switch (run.verdict.ending) {
    case Ending::diverged: return "diverged";
    case Ending::unbounded: return "unbounded";
    case Ending::interrupted: return "interrupted";
    case Ending::closed: return "closed";
    case Ending::quit: return "quit";
    default: break;
  }
  switch (run.descent.reason) {
    case StopReason::tol_grad: return "tol_grad";
    case StopReason::target: return "target";
    case StopReason::tol_f: return "tol_f";
    case StopReason::tol_x: return "tol_x";
    case StopReason::max_evals: return "max_evals";
    case StopReason::max_time: return "max_time";
    default: break;
  }
  return settings.stop.any_criterion() && settings.steps > 0 ? "max_steps" : "finished";
}

}  // namespace gd
