#pragma once
// Test functions with known minima, in one place: each as the expression gd
// takes, as C++ with muParser's order of operations (so that values agree to
// the bit), and with the minimum the README's settings reach.

namespace problems {

struct Problem {
  const char* name;
  const char* expression;  ///< in x and y, as --expr takes it
  double (*f)(double x, double y);
  double x, y;  ///< a minimum: f = 0 there
};

/// muParser computes a^2 as a*a.
inline double square(double a) { return a * a; }

inline double rosenbrock(double x, double y) { return square(1 - x) + 100 * square(y - square(x)); }
inline double himmelblau(double x, double y) {
  return square(square(x) + y - 11) + square(x + square(y) - 7);
}
inline double booth(double x, double y) { return square(x + 2 * y - 7) + square(2 * x + y - 5); }
inline double beale(double x, double y) {
  return square(1.5 - x + x * y) + square(2.25 - x + x * square(y)) +
         square(2.625 - x + x * (y * y * y));
}

constexpr Problem kRosenbrock{"Rosenbrock", "(1-x)^2+100*(y-x^2)^2", rosenbrock, 1, 1};
/// (3, 2): one of its four minima, the one (0, 0) leads to.
constexpr Problem kHimmelblau{"Himmelblau", "(x^2+y-11)^2+(x+y^2-7)^2", himmelblau, 3, 2};
constexpr Problem kBooth{"Booth", "(x+2*y-7)^2+(2*x+y-5)^2", booth, 1, 3};
constexpr Problem kBeale{"Beale", "(1.5-x+x*y)^2+(2.25-x+x*y^2)^2+(2.625-x+x*y^3)^2", beale, 3,
                         0.5};

}  // namespace problems
