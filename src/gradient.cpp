#include "gradient.h"

#include <algorithm>
#include <cmath>

#include "objective.h"

namespace gd {

std::size_t central_difference(Objective& f, double h, std::vector<double>& gradient) {
  Span<double> x = f.point();
  gradient.resize(x.size());
  std::size_t h_lost = x.size();
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double saved = x[i];
    const bool lost = (saved + h == saved || saved - h == saved) && std::isfinite(saved);
    if (lost && h_lost == x.size()) h_lost = i;
    x[i] = saved + h;
    const double forward = f.value();
    x[i] = saved - h;
    const double backward = f.value();
    gradient[i] = (forward - backward) / (2.0 * h);
    x[i] = saved;
  }
  return h_lost;
}

double euclidean_norm(const std::vector<double>& g) {
  double largest = 0.0;
  for (double v : g) {
    if (!std::isfinite(v)) return std::fabs(v);  // inf, or nan
    largest = std::fmax(largest, std::fabs(v));
  }
  if (largest == 0.0) return 0.0;
  // Scale by a power of two (exact) only when the squares could leave the
  // double range, so ordinary values get exactly sqrt(sum of squares).
  const bool safe = largest > 1e-150 && largest < 1e150;
  // Subnormal values have exponents below -1022, whose inverse 2^1023+ is
  // not a double: the scale stops at 2^1022.
  const double scale = safe ? 1.0 : std::ldexp(1.0, std::min(-std::ilogb(largest), 1022));
  double sum = 0.0;
  for (double v : g) sum += (v * scale) * (v * scale);
  return std::sqrt(sum) / scale;
}

}  // namespace gd
