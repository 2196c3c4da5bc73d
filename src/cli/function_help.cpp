#include "cli/function_help.h"

namespace gd {

// muParser 2.3.3's own set (muParser.cpp), less assignment, which gd
// refuses, plus pi and e; tests/function_help_test.cpp checks it against
// the parser.
std::string function_help() {
  return R"(What --expr takes (muParser 2.3.3 syntax):

Numbers: 3, 0.5, 1e-3 (decimal only). Other names are variables, unless
--define makes them constants.

Operators, from the loosest to the tightest:
  a ? b : c         b if a is not 0, else c
  a || b            1 if a or b is not 0, else 0
  a && b            1 if a and b are not 0, else 0
  == != < > <= >=   comparisons: 1 if true, else 0
  a + b, a - b      sum, difference
  a * b, a / b, -a  product, quotient, negation
  a ^ b             a to the power b (2^3^2 is 2^9, -x^2 is -(x^2))

Functions:
  sin cos tan       sine, cosine, tangent (of radians)
  asin acos atan    their inverses, in radians
  atan2(y, x)       the angle of the point (x, y), in radians
  sinh cosh tanh    hyperbolic sine, cosine, tangent
  asinh acosh atanh their inverses
  exp               e to the power x
  ln, log           natural logarithm (log is ln, not base 10)
  log10, log2       logarithm to base 10, to base 2
  sqrt              square root
  abs               absolute value, |x|
  sign              -1, 0 or 1, as x is below, at or above 0
  rint              the nearest whole number (halves round up)
  min, max          the least, the greatest of one or more values
  sum, avg          the sum, the mean of one or more values

Constants:
  pi, _pi           3.141592653589793 (pi: unless --vars or --define names it)
  e, _e             2.718281828459045 (e: unless --vars or --define names it)
)";
}

}  // namespace gd
