#include "core/curvature.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/gradient.h"
#include "core/objective.h"

namespace gd {

PointKind Curvature::kind() const {
  if (eigenvalues.empty()) return PointKind::unknown;
  bool down = false, up = false;
  for (std::size_t i = 0; i < eigenvalues.size(); ++i) {
    down = down || curves_down(i);
    up = up || curves_up(i);
  }
  if (down && up) return PointKind::saddle;
  if (up) return PointKind::minimum;
  if (down) return PointKind::maximum;
  return PointKind::flat;
}

namespace {}  // namespace

double Curvature::along(const std::vector<double>& d) const {
  double sum = 0.0;
  for (std::size_t i = 0; i < eigenvalues.size(); ++i) {
    const double c = dot(eigenvectors[i], d);
    sum += eigenvalues[i] * c * c;
  }
  return sum;
}

bool Curvature::down_along(const std::vector<double>& d) const {
  double tolerance = 0.0;
  for (std::size_t i = 0; i < eigenvalues.size(); ++i) {
    const double c = dot(eigenvectors[i], d);
    tolerance += tolerances[i] * c * c;
  }
  return along(d) < -tolerance;
}

namespace {

/// f at x + a h_i e_i + b h_j e_j (a, b in -1, 0, 1), x restored exactly.
class Probe {
 public:
  Probe(Objective& f, const std::vector<double>& x) : f_(f), x_(x), h_(x.size()) {
    for (std::size_t i = 0; i < x.size(); ++i) h_[i] = 1e-4 * std::fmax(1.0, std::fabs(x[i]));
  }
  double at(std::size_t i, int a, std::size_t j = 0, int b = 0) {
    Span<double> point = f_.point();
    point[i] = x_[i] + a * h_[i];
    if (b != 0) point[j] = x_[j] + b * h_[j];
    const double value = f_.value();
    point[i] = x_[i];
    point[j] = x_[j];
    largest_ = std::fmax(largest_, std::fabs(value));
    finite_ = finite_ && std::isfinite(value);
    return value;
  }
  double h(std::size_t i) const { return h_[i]; }
  double largest() const { return largest_; }
  bool finite() const { return finite_; }

 private:
  Objective& f_;
  const std::vector<double>& x_;
  std::vector<double> h_;
  double largest_ = 0.0;
  bool finite_ = true;
};

/// The Hessian by central differences, row-major.
std::vector<double> hessian(Probe& probe, std::size_t n, double f0) {
  std::vector<double> h(n * n);
  for (std::size_t i = 0; i < n; ++i) {
    const double hi = probe.h(i);
    h[i * n + i] = (probe.at(i, 1) - 2 * f0 + probe.at(i, -1)) / (hi * hi);
    for (std::size_t j = 0; j < i; ++j) {
      const double cross = probe.at(i, 1, j, 1) - probe.at(i, 1, j, -1) - probe.at(i, -1, j, 1) +
                           probe.at(i, -1, j, -1);
      h[i * n + j] = h[j * n + i] = cross / (4 * hi * probe.h(j));
    }
  }
  return h;
}

}  // namespace

Curvature measure_curvature(Objective& f, const std::vector<double>& x) {
  Curvature result;
  const std::size_t n = x.size();
  if (n == 0 || n > kMaxCurvatureVariables) return result;
  f.set_point(x);
  Probe probe(f, x);
  const double f0 = probe.at(0, 0);
  const std::vector<double> h = hessian(probe, n, f0);
  if (!probe.finite()) return result;
  symmetric_eigen(h, n, result.eigenvalues, result.eigenvectors);
  // Rounding: each f is off by up to eps |f|, and a second difference
  // along v divides four of them by (sum |v_i| / h_i)^-2; truncation: a
  // millionth of the largest eigenvalue.
  const double eps = std::numeric_limits<double>::epsilon();
  double scale = 0.0;
  for (double value : result.eigenvalues) scale = std::fmax(scale, std::fabs(value));
  for (const auto& v : result.eigenvectors) {
    double reach = 0.0;
    for (std::size_t i = 0; i < n; ++i) reach += std::fabs(v[i]) / probe.h(i);
    result.tolerances.push_back(
        std::fmax(8.0 * eps * probe.largest() * reach * reach, 1e-6 * scale));
  }
  return result;
}

void symmetric_eigen(std::vector<double> a, std::size_t n, std::vector<double>& values,
                     std::vector<std::vector<double>>& vectors) {
  std::vector<double> v(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) v[i * n + i] = 1.0;
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0.0;
    for (std::size_t p = 0; p < n; ++p)
      for (std::size_t q = p + 1; q < n; ++q) off += a[p * n + q] * a[p * n + q];
    if (off == 0.0 || !std::isfinite(off)) break;
    for (std::size_t p = 0; p < n; ++p)
      for (std::size_t q = p + 1; q < n; ++q) {
        const double apq = a[p * n + q];
        if (apq == 0.0) continue;
        // The rotation that zeroes a_pq (Golub & Van Loan, the stable form).
        const double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const double t = std::copysign(1.0, theta) / (std::fabs(theta) + std::hypot(theta, 1.0));
        const double c = 1 / std::hypot(t, 1.0), s = t * c;
        for (std::size_t k = 0; k < n; ++k) {  // columns p, q of A and V
          const double akp = a[k * n + p], akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
          const double vkp = v[k * n + p], vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
        for (std::size_t k = 0; k < n; ++k) {  // rows p, q of A
          const double apk = a[p * n + k], aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t i, std::size_t j) { return a[i * n + i] < a[j * n + j]; });
  values.clear();
  vectors.clear();
  for (std::size_t i : order) {
    values.push_back(a[i * n + i]);
    std::vector<double> column(n);
    for (std::size_t k = 0; k < n; ++k) column[k] = v[k * n + i];
    vectors.push_back(column);
  }
}

}  // namespace gd
