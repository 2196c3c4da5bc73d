#pragma once

#include <cstddef>
#include <vector>

namespace gd {

class Objective;

/// Difference schemes (--grad), with their error orders in h.
enum class Scheme {
  central,     ///< (f(x+h) - f(x-h)) / 2h, O(h^2): the book's, the default
  forward,     ///< (f(x+h) - f(x)) / h, O(h)
  backward,    ///< (f(x) - f(x-h)) / h, O(h)
  five_point,  ///< (-f(x+2h) + 8f(x+h) - 8f(x-h) + f(x-2h)) / 12h, O(h^4)
};

/// How the gradient is taken: a scheme and a step, fixed or per coordinate.
struct GradientSettings {
  Scheme scheme = Scheme::central;
  double h = 1e-4;      ///< the step when not automatic
  bool auto_h = false;  ///< h_i = c * max(|x_i|, 1), c = eps^(1/2), ^(1/3), ^(1/5) by scheme
};

/// The step for coordinate value `x` (before any halving).
double step_for(const GradientSettings& settings, double x);
/// Evaluations of f a gradient costs in `dimension` coordinates (besides f(x)).
std::size_t gradient_evaluations(Scheme scheme, std::size_t dimension);
/// Evaluations of f a row of the history costs: f and its gradient.
inline std::size_t row_evaluations(Scheme scheme, std::size_t dimension) {
  return 1 + gradient_evaluations(scheme, dimension);
}

/// The gradient at f.point() by `settings`, perturbing one coordinate in
/// place at a time and restoring it exactly; `fx` is f there (the one-sided
/// schemes use it). `scale` multiplies every h (1/2 for the error estimate).
/// Returns the first coordinate where x_i +- h rounds back to x_i (h is below
/// x_i's precision, so g_i is rounding, not f), or the dimension.
std::size_t difference_gradient(Objective& f, double fx, const GradientSettings& settings,
                                std::vector<double>& gradient, double scale = 1.0);

/// sqrt(sum of g_i^2). When the largest |g_i| lies in (1e-150, 1e150) this
/// is the plain formula, to the last bit; outside, the values are scaled by a
/// power of two first, so the squares neither overflow nor underflow.
double euclidean_norm(const std::vector<double>& g);

/// sum of a_i b_i (a and b of one size).
double dot(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace gd
