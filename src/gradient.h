#pragma once

#include <cstddef>
#include <vector>

namespace gd {

class Objective;

/// Central difference at f.point(), as in the book (chapter 4):
/// g_i = (f(x + h e_i) - f(x - h e_i)) / (2h), perturbing one coordinate in
/// place at a time and restoring it exactly. `gradient` takes f's dimension.
/// Returns the first coordinate i where x_i + h or x_i - h rounds back to x_i
/// (h is below x_i's precision, so g_i is rounding, not f), or the dimension.
std::size_t central_difference(Objective& f, double h, std::vector<double>& gradient);

/// sqrt(sum of g_i^2). When the largest |g_i| lies in (1e-150, 1e150) this
/// is the plain formula, to the last bit; outside, the values are scaled by a
/// power of two first, so the squares neither overflow nor underflow.
double euclidean_norm(const std::vector<double>& g);

}  // namespace gd
