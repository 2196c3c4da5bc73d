#include "core/optimizer.h"

#include <cmath>
#include <optional>
#include <vector>

#include "core/objective.h"

namespace gd {
namespace {

// Each rule is the book's, operation for operation; state is sized on the
// first step.

/// x -= lr g
class Sgd : public UpdateRule {
 public:
  explicit Sgd(double lr) : lr_(lr) {}
  std::optional<double> update(Span<double> x, const std::vector<double>& g, double) override {
    for (std::size_t i = 0; i < x.size(); ++i) x[i] -= lr_ * g[i];
    return std::nullopt;
  }

 private:
  double lr_;
};

/// v = momentum v - lr g; x += v
class Momentum : public UpdateRule {
 public:
  Momentum(double lr, double momentum) : lr_(lr), momentum_(momentum) {}
  std::optional<double> update(Span<double> x, const std::vector<double>& g, double) override {
    v_.resize(x.size(), 0.0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      v_[i] = momentum_ * v_[i] - lr_ * g[i];
      x[i] += v_[i];
    }
    return std::nullopt;
  }

 private:
  double lr_, momentum_;
  std::vector<double> v_;
};

/// v = momentum v - lr g; x += momentum^2 v - (1 + momentum) lr g
class Nesterov : public UpdateRule {
 public:
  Nesterov(double lr, double momentum) : lr_(lr), momentum_(momentum) {}
  std::optional<double> update(Span<double> x, const std::vector<double>& g, double) override {
    v_.resize(x.size(), 0.0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      v_[i] = momentum_ * v_[i] - lr_ * g[i];
      x[i] += momentum_ * momentum_ * v_[i];
      x[i] -= (1 + momentum_) * lr_ * g[i];
    }
    return std::nullopt;
  }

 private:
  double lr_, momentum_;
  std::vector<double> v_;
};

/// h += g^2; x -= lr g / (sqrt(h) + eps)
class AdaGrad : public UpdateRule {
 public:
  AdaGrad(double lr, double eps) : lr_(lr), eps_(eps) {}
  std::optional<double> update(Span<double> x, const std::vector<double>& g, double) override {
    h_.resize(x.size(), 0.0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      h_[i] += g[i] * g[i];
      x[i] -= lr_ * g[i] / (std::sqrt(h_[i]) + eps_);
    }
    return std::nullopt;
  }

 private:
  double lr_, eps_;
  std::vector<double> h_;
};

/// h = decay h + (1 - decay) g^2; x -= lr g / (sqrt(h) + eps)
class RmsProp : public UpdateRule {
 public:
  RmsProp(double lr, double decay, double eps) : lr_(lr), decay_(decay), eps_(eps) {}
  std::optional<double> update(Span<double> x, const std::vector<double>& g, double) override {
    h_.resize(x.size(), 0.0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      h_[i] *= decay_;
      h_[i] += (1 - decay_) * g[i] * g[i];
      x[i] -= lr_ * g[i] / (std::sqrt(h_[i]) + eps_);
    }
    return std::nullopt;
  }

 private:
  double lr_, decay_, eps_;
  std::vector<double> h_;
};

/// t += 1; lr_t = lr sqrt(1 - beta2^t) / (1 - beta1^t);
/// m += (1 - beta1)(g - m); v += (1 - beta2)(g^2 - v); x -= lr_t m / (sqrt(v) + eps)
class Adam : public UpdateRule {
 public:
  Adam(double lr, double beta1, double beta2, double eps)
      : lr_(lr), beta1_(beta1), beta2_(beta2), eps_(eps) {}
  std::optional<double> update(Span<double> x, const std::vector<double>& g, double) override {
    m_.resize(x.size(), 0.0);
    v_.resize(x.size(), 0.0);
    ++t_;
    const double lr_t = lr_ * std::sqrt(1.0 - std::pow(beta2_, t_)) / (1.0 - std::pow(beta1_, t_));
    for (std::size_t i = 0; i < x.size(); ++i) {
      m_[i] += (1 - beta1_) * (g[i] - m_[i]);
      v_[i] += (1 - beta2_) * (g[i] * g[i] - v_[i]);
      x[i] -= lr_t * m_[i] / (std::sqrt(v_[i]) + eps_);
    }
    return std::nullopt;
  }

 private:
  double lr_, beta1_, beta2_, eps_;
  double t_ = 0;
  std::vector<double> m_, v_;
};

/// Gradient descent with a backtracking (Armijo) line search: from t = lr,
/// halve t until f(x - t g) <= f(x) - c t |g|^2, at most kArmijoHalvings
/// times; after that the last, smallest step is taken unevaluated. The
/// trials are evaluated at f's own point, which the loop passes as x.
class Armijo : public UpdateRule {
 public:
  Armijo(double lr, Objective& f) : lr_(lr), f_(f) {}
  std::optional<double> update(Span<double> x, const std::vector<double>& g, double fx) override {
    start_.assign(x.begin(), x.end());
    double squared = 0.0;
    for (double gi : g) squared += gi * gi;
    double t = lr_;
    for (int halvings = 0;; ++halvings, t /= 2) {
      for (std::size_t i = 0; i < x.size(); ++i) x[i] = start_[i] - t * g[i];
      if (halvings == kArmijoHalvings) return std::nullopt;
      const double trial = f_.value();
      if (trial <= fx - kArmijoC * t * squared) return trial;
    }
  }

 private:
  double lr_;
  Objective& f_;
  std::vector<double> start_;
};

}  // namespace

const char* method_name(Method method) {
  switch (method) {
    case Method::sgd: return "sgd";
    case Method::momentum: return "momentum";
    case Method::nesterov: return "nesterov";
    case Method::adagrad: return "adagrad";
    case Method::rmsprop: return "rmsprop";
    case Method::adam: return "adam";
  }
  return "sgd";
}

double default_learning_rate(Method method) { return method == Method::adam ? 0.001 : 0.01; }

std::unique_ptr<UpdateRule> make_rule(const OptimizerSettings& s, Objective& f) {
  switch (s.method) {
    case Method::sgd:
      if (s.armijo) return std::make_unique<Armijo>(s.learning_rate, f);
      return std::make_unique<Sgd>(s.learning_rate);
    case Method::momentum: return std::make_unique<Momentum>(s.learning_rate, s.momentum);
    case Method::nesterov: return std::make_unique<Nesterov>(s.learning_rate, s.momentum);
    case Method::adagrad: return std::make_unique<AdaGrad>(s.learning_rate, s.eps);
    case Method::rmsprop: return std::make_unique<RmsProp>(s.learning_rate, s.decay, s.eps);
    case Method::adam: return std::make_unique<Adam>(s.learning_rate, s.beta1, s.beta2, s.eps);
  }
  return std::make_unique<Sgd>(s.learning_rate);
}

}  // namespace gd
