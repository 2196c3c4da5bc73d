#pragma once

#include <optional>
#include <vector>

#include "core/span.h"

namespace gd {

/// How x moves given the gradient; the loop is apart from the rule (the
/// optimizers are in optimizer.h).
class UpdateRule {
 public:
  virtual ~UpdateRule() = default;
  /// Moves x, f's point, given the gradient there and fx = f(x). Returns f
  /// at the new point when the rule evaluated it (a line search), so that
  /// the loop need not evaluate it again.
  virtual std::optional<double> update(Span<double> x, const std::vector<double>& gradient,
                                       double fx) = 0;
};

}  // namespace gd
