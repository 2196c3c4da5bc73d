#pragma once

#include <cstddef>
#include <vector>

namespace gd {

class Objective;

/// What the curvature of f says a point is. `flat` has no curvature worth
/// the name in any direction; a minimum (maximum) may be flat along some.
enum class PointKind { unknown, minimum, saddle, maximum, flat };

/// f's second derivatives at a point: the eigenvalues of its Hessian (by
/// central differences) and their directions.
struct Curvature {
  std::vector<double> eigenvalues;  ///< ascending
  /// eigenvectors[i]: unit direction of eigenvalues[i].
  std::vector<std::vector<double>> eigenvectors;
  /// tolerances[i]: |eigenvalues[i]| at or below it is zero, what rounding
  /// in f (amplified by the steps along that direction) and the
  /// differences' truncation can make of a flat direction.
  std::vector<double> tolerances;
  PointKind kind() const;
  bool curves_up(std::size_t i) const { return eigenvalues[i] > tolerances[i]; }
  bool curves_down(std::size_t i) const { return eigenvalues[i] < -tolerances[i]; }
  /// The curvature along unit direction `d`, and whether it is clearly
  /// below zero.
  double along(const std::vector<double>& d) const;
  bool down_along(const std::vector<double>& d) const;
  /// The largest eigenvalue, L: plain descent is stable for lr < 2/L.
  double largest() const { return eigenvalues.empty() ? 0.0 : eigenvalues.back(); }
};

/// The most variables whose curvature is measured (2n^2 + 1 evaluations).
constexpr std::size_t kMaxCurvatureVariables = 20;

/// The curvature of f at `x` (f.point() is restored after), with steps
/// h_i = 1e-4 * max(1, |x_i|). Empty when f is not finite nearby or x has
/// more than kMaxCurvatureVariables coordinates.
Curvature measure_curvature(Objective& f, const std::vector<double>& x);

/// The eigenvalues (ascending) and unit eigenvectors of the symmetric n x n
/// matrix `a` (row-major), by cyclic Jacobi rotations.
void symmetric_eigen(std::vector<double> a, std::size_t n, std::vector<double>& values,
                     std::vector<std::vector<double>>& vectors);

}  // namespace gd
