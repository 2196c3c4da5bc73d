#pragma once
// The floor gd is measured against: the same descent written as a plain
// loop over muParser, Eval() 2n+1 times a step, variables bound to one
// buffer and perturbed in place, no observers, no checks.

#include <muParser.h>

#include <cstdint>
#include <string>
#include <vector>

namespace gd_bench {

/// The expression over x1..xn, parsed once and bound to one buffer.
class FloorLoop {
 public:
  FloorLoop(const std::string& expression, std::size_t n) : x_(n) {
    for (std::size_t i = 0; i < n; ++i) parser_.DefineVar("x" + std::to_string(i + 1), &x_[i]);
    parser_.SetExpr(expression);
  }

  /// Runs `steps` steps of gradient descent (central differences, h = 1e-4)
  /// from `start`; calls `row(k, f, x, sum of squared gradient components)`
  /// for each row. Returns the final f.
  template <typename Row>
  double descend(const std::vector<double>& start, double lr, std::uint64_t steps, Row row) {
    std::vector<double>& x = x_;
    x = start;  // same size: the bound addresses stay
    const double h = 1e-4;
    std::vector<double> g(x.size());
    double f = 0;
    for (std::uint64_t k = 0;; ++k) {
      f = parser_.Eval();
      double squared = 0;
      for (std::size_t i = 0; i < x.size(); ++i) {
        const double saved = x[i];
        x[i] = saved + h;
        const double forward = parser_.Eval();
        x[i] = saved - h;
        const double backward = parser_.Eval();
        x[i] = saved;
        g[i] = (forward - backward) / (2.0 * h);
        squared += g[i] * g[i];
      }
      row(k, f, x, squared);
      if (k == steps) break;
      for (std::size_t i = 0; i < x.size(); ++i) x[i] -= lr * g[i];
    }
    return f;
  }

 private:
  mu::Parser parser_;
  std::vector<double> x_;
};

/// "x1^2+x2^2+...+xn^2".
inline std::string sum_of_squares(int n) {
  std::string text;
  for (int i = 1; i <= n; ++i) text += (i > 1 ? "+x" : "x") + std::to_string(i) + "^2";
  return text;
}

}  // namespace gd_bench
