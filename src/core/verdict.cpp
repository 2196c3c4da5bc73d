#include "core/verdict.h"

#include <cmath>
#include <limits>
#include <vector>

#include "core/gradient.h"
#include "core/objective.h"

namespace gd {

bool finite_answer(Ending ending) {
  return ending != Ending::diverged && ending != Ending::unbounded;
}

std::optional<double> stable_rate(const OptimizerSettings& settings, double curvature) {
  if (!(curvature > 0)) return std::nullopt;
  switch (settings.method) {
    case Method::sgd: return 2 / curvature;
    case Method::momentum:
    case Method::nesterov: return 2 * (1 + settings.momentum) / curvature;
    default: return std::nullopt;
  }
}

namespace {

double norm(const std::vector<double>& v) { return euclidean_norm(v); }

std::vector<double> difference(const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<double> d(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) d[i] = a[i] - b[i];
  return d;
}

double noise_floor(const Snapshot& last, const GradientSettings& gradient) {
  const double c = gradient.scheme == Scheme::central      ? 1.0
                   : gradient.scheme == Scheme::five_point ? 1.5
                                                           : 2.0;
  double sum = 0.0;
  for (double x : last.x) {
    const double h = step_for(gradient, x);
    sum += 1 / (h * h);
  }
  const double f = std::fmax(std::fabs(last.f), std::numeric_limits<double>::min());
  return c * std::numeric_limits<double>::epsilon() * f * std::sqrt(sum);
}

/// f's scale for "far above" and "far below" the start: kRunawayRise * max(1, |f_0|).
double far(const DescentResult& r) { return runaway_distance(r.first.f); }

/// Why a run with a non-finite value or a runaway diverged: the values
/// before the last row tell a fall without bound, an overshoot, or a step
/// out of f's domain.
Verdict diverged(const DescentResult& r) {
  Verdict v;
  v.ending = Ending::diverged;
  if (r.runaway == Runaway::fell) return v.ending = Ending::unbounded, v;
  if (r.runaway != Runaway::none) return v.cause = Cause::learning_rate, v;
  if (r.last_step == 0) return v.cause = Cause::start, v;
  const bool fell_to_minus_inf = r.non_finite == NonFinite::f && r.non_finite_value < 0;
  if (fell_to_minus_inf || r.previous_f < r.first.f - far(r)) {
    v.ending = Ending::unbounded;
    return v;
  }
  // An overshoot: f overflowing to +inf, x to infinity, or either far past
  // where they started; f or its gradient nan at a moderate x is a step out
  // of f's domain.
  double start = 1.0, largest = 0.0;
  for (double x : r.first.x) start = std::fmax(start, std::fabs(x));
  for (double x : r.last.x) largest = std::fmax(largest, std::fabs(x));
  const bool overflow = r.non_finite == NonFinite::f && r.non_finite_value > 0;
  const bool overshoot = overflow || r.non_finite == NonFinite::x ||
                         r.previous_f > r.first.f + far(r) || largest > kRunawayRise * start;
  v.cause = overshoot ? Cause::learning_rate : Cause::domain;
  return v;
}

/// The end's gradient, the quadratic model's stationary point, and whether
/// the end is stationary. The model's gradient takes steps that follow |x|
/// (--h auto's), as its curvature does: it must see f's slope even where
/// the run's h fell below x's precision.
void judge_end(const DescentResult& r, Objective& f, Verdict& v) {
  const GradientSettings gradient{Scheme::central, 0.0, true};
  const Curvature& c = v.end;
  if (c.eigenvalues.empty()) {
    v.stationary = v.at_noise_floor;
    return;
  }
  f.set_point(r.last.x);
  std::vector<double> slope_at_end;
  difference_gradient(f, f.value(), gradient, slope_at_end);
  std::vector<double> point = r.last.x;
  for (std::size_t i = 0; i < c.eigenvalues.size(); ++i) {
    const double slope = dot(c.eigenvectors[i], slope_at_end);
    if (c.curves_up(i) || c.curves_down(i)) {
      for (std::size_t k = 0; k < point.size(); ++k)
        point[k] -= slope / c.eigenvalues[i] * c.eigenvectors[i][k];
    } else if (std::fabs(slope) > v.noise_floor && std::fabs(slope) > std::fabs(v.flat_slope)) {
      v.flat_direction = i;
      v.flat_slope = slope;
    }
  }
  if (!v.flat_direction) {
    v.model_distance = norm(difference(point, r.last.x));
    // The model's own error: coordinates a millionth of the way or less are 0.
    const double noise = 1e-6 * std::fmax(v.model_distance, norm(r.last.x));
    for (double& x : point)
      if (std::fabs(x) <= noise) x = 0.0;
    v.model_point = std::move(point);
  }
  const double near =
      std::sqrt(std::numeric_limits<double>::epsilon()) * std::fmax(1.0, norm(r.last.x));
  v.stationary = v.at_noise_floor || (v.model_point && v.model_distance <= near);
}

/// Whether moves m1 (the last), m2 and m3 (the ones before) jump back and
/// forth steadily: each reverses the one before (cosine below -0.99), none
/// shorter than 0.999 of the one before nor over twice as long (a turn of
/// momentum is one long move after short ones, not an oscillation).
bool oscillates(const std::vector<double>& m1, const std::vector<double>& m2,
                const std::vector<double>& m3) {
  const double a = norm(m1), b = norm(m2), c = norm(m3);
  const auto reverses = [](const std::vector<double>& u, const std::vector<double>& w, double nu,
                           double nw) { return dot(u, w) < -0.99 * nu * nw; };
  const auto steady = [](double later, double earlier) {
    return later >= 0.999 * earlier && later <= 2 * earlier;
  };
  return c > 0 && reverses(m1, m2, a, b) && reverses(m2, m3, b, c) && steady(a, b) && steady(b, c);
}

/// For a run that used its budget: whether its last moves stall, oscillate
/// or fall ever faster (their growth is kept either way).
void judge_last_moves(const DescentResult& r, const Curvature& end, Verdict& v) {
  const std::size_t n = r.last.x.size();
  if (r.trail[0].x.size() != n) return;  // one row
  const std::vector<double> last = difference(r.last.x, r.trail[0].x);
  const double a = norm(last);
  if (a == 0 && !v.stationary) {
    v.ending = Ending::stalled;
    v.cause = r.h_lost_step ? Cause::precision : Cause::tiny_steps;
    return;
  }
  if (r.trail[1].x.size() != n) return;  // two rows
  const std::vector<double> before = difference(r.trail[0].x, r.trail[1].x);
  const double b = norm(before);
  if (b > 0) v.growth = a / b;
  if (v.stationary || b == 0) return;
  if (r.trail[2].x.size() == n &&
      oscillates(last, before, difference(r.trail[1].x, r.trail[2].x))) {
    v.ending = Ending::oscillating;
    return;
  }
  const double fall = r.trail[0].f - r.last.f, fall_before = r.trail[1].f - r.trail[0].f;
  std::vector<double> direction = last;
  for (double& d : direction) d /= a;
  if (fall > fall_before && fall_before > 0 && !end.eigenvalues.empty() &&
      end.down_along(direction) && r.last.f < r.first.f - far(r))
    v.ending = Ending::unbounded;
}

}  // namespace

Verdict judge_descent(const DescentResult& r, const DescentSettings& settings, Objective& f,
                      std::optional<double> gradient_error) {
  if (r.reason == StopReason::diverged) {
    Verdict v = diverged(r);
    if (v.cause == Cause::learning_rate) v.start = measure_curvature(f, r.first.x);
    return v;
  }
  Verdict v;
  v.noise_floor = noise_floor(r.last, settings.gradient);
  const double norm_read = r.last.grad_norm;
  // Where x_i +- h rounded to x_i, a zero gradient is rounding, not a floor.
  v.at_noise_floor = !r.h_lost_step && (norm_read <= v.noise_floor ||
                                        (gradient_error && norm_read <= *gradient_error));
  v.end = measure_curvature(f, r.last.x);
  judge_end(r, f, v);
  if (r.reason == StopReason::closed) return v.ending = Ending::closed, v;
  if (r.reason == StopReason::interrupted) return v.ending = Ending::interrupted, v;
  if (r.reason == StopReason::quit) return v.ending = Ending::quit, v;
  if (met_criterion(r.reason)) return v.ending = Ending::converged, v;
  if (r.h_lost_step == 0u) {  // the start is beyond h's precision: the gradient was never f's
    v.ending = Ending::stalled;
    v.cause = Cause::precision;
    return v;
  }
  if (v.stationary && !settings.stop.any_criterion()) v.ending = Ending::converged;
  judge_last_moves(r, v.end, v);
  return v;
}

}  // namespace gd
