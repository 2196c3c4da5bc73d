#pragma once

#include <memory>

#include "core/update_rule.h"

namespace gd {

class Objective;

/// The update rules of the book's common/optimizer.py (--optimizer).
enum class Method { sgd, momentum, nesterov, adagrad, rmsprop, adam };

/// A method with its parameters (--momentum, --decay, --beta1, --beta2, --eps).
struct OptimizerSettings {
  Method method = Method::sgd;
  double learning_rate = 0.01;
  double momentum = 0.9;  ///< momentum, nesterov
  double decay = 0.99;    ///< rmsprop
  double beta1 = 0.9;     ///< adam
  double beta2 = 0.999;   ///< adam
  double eps = 1e-7;      ///< adagrad, rmsprop, adam
  bool armijo = false;    ///< --line-search armijo (sgd only)
};

/// Every method, in the order --help lists them.
constexpr Method kMethods[] = {Method::sgd,     Method::momentum, Method::nesterov,
                               Method::adagrad, Method::rmsprop,  Method::adam};
/// "sgd", "momentum", ...: the method's name in --optimizer and in data.
const char* method_name(Method method);
/// The learning rate when neither --lr nor NAME:LR gives one: 0.01, adam 0.001.
double default_learning_rate(Method method);

/// The rule for `settings`. The Armijo line search evaluates `f` (and so
/// counts in its evaluations); the others only use the gradient.
std::unique_ptr<UpdateRule> make_rule(const OptimizerSettings& settings, Objective& f);

/// The Armijo condition's constant and the most halvings of a line search.
constexpr double kArmijoC = 1e-4;
constexpr int kArmijoHalvings = 50;

}  // namespace gd
