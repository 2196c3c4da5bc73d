#include "core/gradient.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/objective.h"

namespace gd {

double step_for(const GradientSettings& settings, double x) {
  if (!settings.auto_h) return settings.h;
  // The step that balances truncation and rounding errors for the scheme's
  // order: eps^(1/(order + 1)).
  const double eps = std::numeric_limits<double>::epsilon();
  const double c = settings.scheme == Scheme::central      ? std::cbrt(eps)
                   : settings.scheme == Scheme::five_point ? std::pow(eps, 0.2)
                                                           : std::sqrt(eps);
  return c * std::max(std::fabs(x), 1.0);
}

std::size_t gradient_evaluations(Scheme scheme, std::size_t dimension) {
  switch (scheme) {
    case Scheme::forward:
    case Scheme::backward: return dimension;
    case Scheme::central: return 2 * dimension;
    case Scheme::five_point: return 4 * dimension;
  }
  return 2 * dimension;
}

std::size_t difference_gradient(Objective& f, double fx, const GradientSettings& settings,
                                std::vector<double>& gradient, double scale) {
  Span<double> x = f.point();
  gradient.resize(x.size());
  std::size_t h_lost = x.size();
  // f with coordinate i moved by `by`, and put back exactly.
  const auto at = [&](std::size_t i, double saved, double by) {
    x[i] = saved + by;
    const double value = f.value();
    x[i] = saved;
    return value;
  };
  if (settings.scheme == Scheme::central && !settings.auto_h) {
    // The default, and the hot path: the book's loop, nothing else per
    // coordinate (raw pointers: the compiler need not reload sizes around
    // muParser's calls).
    const double h = settings.h * scale;
    double* const point = x.data();
    double* const slope = gradient.data();
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
      const double saved = point[i], up = saved + h, down = saved - h;
      if ((up == saved || down == saved) && h_lost == n && std::isfinite(saved)) h_lost = i;
      point[i] = up;
      const double forward = f.value();
      point[i] = down;
      const double backward = f.value();
      point[i] = saved;
      slope[i] = (forward - backward) / (2.0 * h);
    }
    return h_lost;
  }
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double saved = x[i];
    const double h = step_for(settings, saved) * scale;
    const bool lost = (saved + h == saved || saved - h == saved) && std::isfinite(saved);
    if (lost && h_lost == x.size()) h_lost = i;
    switch (settings.scheme) {
      case Scheme::central: {
        const double forward = at(i, saved, h), backward = at(i, saved, -h);
        gradient[i] = (forward - backward) / (2.0 * h);
        break;
      }
      case Scheme::forward: gradient[i] = (at(i, saved, h) - fx) / h; break;
      case Scheme::backward: gradient[i] = (fx - at(i, saved, -h)) / h; break;
      case Scheme::five_point: {
        const double f2 = at(i, saved, 2 * h), f1 = at(i, saved, h);
        const double b1 = at(i, saved, -h), b2 = at(i, saved, -2 * h);
        gradient[i] = (-f2 + 8 * f1 - 8 * b1 + b2) / (12.0 * h);
        break;
      }
    }
  }
  return h_lost;
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += a[i] * b[i];
  return sum;
}

double euclidean_norm(const std::vector<double>& g) {
  // One pass for the usual case: every value finite and of ordinary size,
  // where the sum of squares can neither overflow nor lose digits.
  double largest = 0.0, sum = 0.0;
  for (double v : g) {
    const double size = std::fabs(v);
    if (!(size <= largest)) largest = size;  // also catches nan
    sum += v * v;
  }
  // A nan or inf makes the sum so (an overflow of finite squares too, which
  // the loop passes over): then the first of them is the norm, and
  // `largest` (which a later finite value can overwrite) is not read.
  if (!std::isfinite(sum))
    for (double v : g)
      if (!std::isfinite(v)) return std::fabs(v);
  if (largest > 1e-150 && largest < 1e150) return std::sqrt(sum);
  if (largest == 0.0) return 0.0;
  // Scale by a power of two (exact) so the squares stay in the double range.
  // Subnormal values have exponents below -1022, whose inverse 2^1023+ is
  // not a double: the scale stops at 2^1022.
  const double scale = std::ldexp(1.0, std::min(-std::ilogb(largest), 1022));
  sum = 0.0;
  for (double v : g) sum += (v * scale) * (v * scale);
  return std::sqrt(sum) / scale;
}

}  // namespace gd
