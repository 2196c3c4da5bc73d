#pragma once

#include <vector>

namespace gd {

class Objective;

/// Central difference at f.point(), as in the book (chapter 4):
/// g_i = (f(x + h e_i) - f(x - h e_i)) / (2h), perturbing one coordinate in
/// place at a time and restoring it exactly. `gradient` takes f's dimension.
void central_difference(Objective& f, double h, std::vector<double>& gradient);

/// sqrt(sum of g_i^2). When the largest |g_i| lies in (1e-150, 1e150) this
/// is the plain formula, to the last bit; outside, the values are scaled by a
/// power of two first, so the squares neither overflow nor underflow.
double euclidean_norm(const std::vector<double>& g);

}  // namespace gd
