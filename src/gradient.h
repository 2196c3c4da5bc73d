#pragma once

#include <vector>

namespace gd {

class Objective;

/// Central difference at f.point(), as in the book (chapter 4):
/// g_i = (f(x + h e_i) - f(x - h e_i)) / (2h), perturbing one coordinate in
/// place at a time and restoring it exactly. `gradient` takes f's dimension.
void central_difference(Objective& f, double h, std::vector<double>& gradient);

/// sqrt(sum of g_i^2), without overflow or underflow in the squares; equal to
/// the plain formula to the last bit whenever that one does not overflow.
double euclidean_norm(const std::vector<double>& g);

}  // namespace gd
