#pragma once
// Optimizer settings for tests.

#include "core/optimizer.h"

namespace gd {

/// `method` at learning rate `lr`, its other parameters the defaults.
inline OptimizerSettings with(Method method, double lr) {
  OptimizerSettings settings;
  settings.method = method;
  settings.learning_rate = lr;
  return settings;
}

}  // namespace gd
