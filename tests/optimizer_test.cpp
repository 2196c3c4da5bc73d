#include "core/optimizer.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/descent.h"
#include "core/objective.h"
#include "optimizer_settings.h"

namespace gd {
namespace {

using Point = std::array<double, 2>;

/// The book's f(x, y) = x^2/20 + y^2 and its exact gradient.
Point book_gradient(const Point& p) { return {p[0] / 10, 2 * p[1]}; }

/// Rows 1..3 of gd's run of `settings` on x^2/20 + y^2 from (-7, 2).
std::vector<Point> first_steps(const OptimizerSettings& settings) {
  Objective f = Objective::compile({"x^2/20+y^2", {}, {}});
  f.set_point({-7, 2});
  const auto rule = make_rule(settings, f);
  std::vector<Point> points;
  for (int k = 0; k < 3; ++k) {
    std::vector<double> g;
    const double fx = f.value();
    difference_gradient(f, fx, {}, g);
    rule->update(f.point(), g, fx);
    points.push_back({f.point()[0], f.point()[1]});
  }
  return points;
}

/// The same three steps written out from the book's common/optimizer.py,
/// with the exact gradient (the central difference of a quadratic differs
/// from it by rounding only).
std::vector<Point> book_steps(const std::function<void(Point&, const Point&)>& update) {
  Point p{-7, 2};
  std::vector<Point> points;
  for (int k = 0; k < 3; ++k) {
    update(p, book_gradient(p));
    points.push_back(p);
  }
  return points;
}

void expect_same(const std::vector<Point>& gd, const std::vector<Point>& book) {
  ASSERT_EQ(gd.size(), book.size());
  for (std::size_t k = 0; k < gd.size(); ++k)
    for (std::size_t i = 0; i < 2; ++i)
      EXPECT_NEAR(gd[k][i], book[k][i], 1e-9 * std::max(1.0, std::fabs(book[k][i])))
          << "step " << k + 1 << " coordinate " << i;
}

TEST(Optimizer, Sgd) {
  expect_same(first_steps(with(Method::sgd, 0.95)), book_steps([](Point& p, const Point& g) {
                for (std::size_t i = 0; i < 2; ++i) p[i] -= 0.95 * g[i];
              }));
  // By hand: x = -7 + 0.95 * 0.7 = -6.335, y = 2 - 0.95 * 4 = -1.8.
  EXPECT_NEAR(first_steps(with(Method::sgd, 0.95))[0][0], -6.335, 1e-10);  // rounding of g
  EXPECT_NEAR(first_steps(with(Method::sgd, 0.95))[0][1], -1.8, 1e-10);
}

TEST(Optimizer, Momentum) {
  Point v{0, 0};
  expect_same(first_steps(with(Method::momentum, 0.1)), book_steps([&](Point& p, const Point& g) {
                for (std::size_t i = 0; i < 2; ++i) {
                  v[i] = 0.9 * v[i] - 0.1 * g[i];
                  p[i] += v[i];
                }
              }));
}

TEST(Optimizer, Nesterov) {
  Point v{0, 0};
  expect_same(first_steps(with(Method::nesterov, 0.1)), book_steps([&](Point& p, const Point& g) {
                for (std::size_t i = 0; i < 2; ++i) {
                  v[i] *= 0.9;
                  v[i] -= 0.1 * g[i];
                  p[i] += 0.9 * 0.9 * v[i];
                  p[i] -= (1 + 0.9) * 0.1 * g[i];
                }
              }));
}

TEST(Optimizer, AdaGrad) {
  Point h{0, 0};
  expect_same(first_steps(with(Method::adagrad, 1.5)), book_steps([&](Point& p, const Point& g) {
                for (std::size_t i = 0; i < 2; ++i) {
                  h[i] += g[i] * g[i];
                  p[i] -= 1.5 * g[i] / (std::sqrt(h[i]) + 1e-7);
                }
              }));
  // By hand, step 1: each coordinate moves by lr * g / |g| = 1.5 (less eps).
  EXPECT_NEAR(first_steps(with(Method::adagrad, 1.5))[0][0], -5.5, 1e-6);
  EXPECT_NEAR(first_steps(with(Method::adagrad, 1.5))[0][1], 0.5, 1e-6);
}

TEST(Optimizer, RmsProp) {
  Point h{0, 0};
  expect_same(first_steps(with(Method::rmsprop, 0.1)), book_steps([&](Point& p, const Point& g) {
                for (std::size_t i = 0; i < 2; ++i) {
                  h[i] *= 0.99;
                  h[i] += (1 - 0.99) * g[i] * g[i];
                  p[i] -= 0.1 * g[i] / (std::sqrt(h[i]) + 1e-7);
                }
              }));
}

TEST(Optimizer, Adam) {
  Point m{0, 0}, v{0, 0};
  int t = 0;
  expect_same(first_steps(with(Method::adam, 0.3)), book_steps([&](Point& p, const Point& g) {
                ++t;
                const double lr_t =
                    0.3 * std::sqrt(1.0 - std::pow(0.999, t)) / (1.0 - std::pow(0.9, t));
                for (std::size_t i = 0; i < 2; ++i) {
                  m[i] += (1 - 0.9) * (g[i] - m[i]);
                  v[i] += (1 - 0.999) * (g[i] * g[i] - v[i]);
                  p[i] -= lr_t * m[i] / (std::sqrt(v[i]) + 1e-7);
                }
              }));
  // By hand, step 1: m = 0.1 g, v = 0.001 g^2, lr_t = 0.3 sqrt(0.001) / 0.1,
  // so each coordinate moves by 0.3 |g| / (|g| + eps / sqrt(0.001)): 0.3
  // less 0.3 * 1e-7 / (0.0316 * 0.7) = 1.4e-6 for x, less 2.4e-7 for y.
  EXPECT_NEAR(first_steps(with(Method::adam, 0.3))[0][0], -6.7 - 1.36e-6, 1e-8);
  EXPECT_NEAR(first_steps(with(Method::adam, 0.3))[0][1], 1.7 + 2.4e-7, 1e-8);
}

TEST(Optimizer, ParametersAreUsed) {
  OptimizerSettings slow = with(Method::momentum, 0.1);
  slow.momentum = 0.5;
  Point v{0, 0};
  expect_same(first_steps(slow), book_steps([&](Point& p, const Point& g) {
                for (std::size_t i = 0; i < 2; ++i) {
                  v[i] = 0.5 * v[i] - 0.1 * g[i];
                  p[i] += v[i];
                }
              }));
}

TEST(Optimizer, ArmijoHalvesUntilFDecreasesEnough) {
  // From (-7, 2) with lr 2: g = (-0.7, 4), |g|^2 = 16.49, f = 6.45.
  // t = 2 gives (-5.6, -6), f = 37.568: too high; t = 1 gives (-6.3, -2),
  // f = 5.9845 <= 6.45 - 1e-4 * 16.49: taken. Two trial evaluations.
  OptimizerSettings settings = with(Method::sgd, 2);
  settings.armijo = true;
  Objective f = Objective::compile({"x^2/20+y^2", {}, {}});
  f.set_point({-7, 2});
  const auto rule = make_rule(settings, f);
  const std::vector<double> g{-0.7, 4};
  const std::uint64_t before = f.evaluations();
  const std::optional<double> accepted = rule->update(f.point(), g, 6.45);
  EXPECT_EQ(f.evaluations() - before, 2u);
  ASSERT_TRUE(accepted);  // handed back, so the loop need not evaluate it again
  EXPECT_DOUBLE_EQ(*accepted, 6.3 * 6.3 / 20 + 4);
  EXPECT_DOUBLE_EQ(f.point()[0], -6.3);
  EXPECT_DOUBLE_EQ(f.point()[1], -2);
}

TEST(Optimizer, ArmijoStopsHalvingAfterFifty) {
  // Uphill "gradient": no step decreases f. Trials t = 1, 1/2, ... 2^-49 are
  // evaluated (50); after 50 halvings t = 2^-50 is taken unevaluated.
  OptimizerSettings settings = with(Method::sgd, 1);
  settings.armijo = true;
  Objective f = Objective::compile({"x^2", {}, {}});
  f.set_point({1});
  const auto rule = make_rule(settings, f);
  EXPECT_FALSE(rule->update(f.point(), {-2}, 1));  // not evaluated
  EXPECT_EQ(f.evaluations(), 50u);
  EXPECT_DOUBLE_EQ(f.point()[0], 1 + 2 * std::ldexp(1.0, -50));
}

TEST(Optimizer, ALineSearchRunCountsEachTrialOnce) {
  // x^2 from 3, lr 0.1: g = 6, t = 0.1 is accepted at once (f = 5.76 <=
  // 9 - 1e-4 * 0.1 * 36). Row 0: f and 2 for the gradient; the trial; row 1
  // reuses the trial's f and adds 2: 6 in all.
  Objective f = Objective::compile({"x^2", {}, {}});
  f.set_point({3});
  OptimizerSettings settings = with(Method::sgd, 0.1);
  settings.armijo = true;
  struct Count : Observer {
    Next on_row(const Row&) override { return Next::go_on; }
  } rows;
  descend(f, *make_rule(settings, f), {{}, 1, {}}, rows);
  EXPECT_EQ(f.evaluations(), 6u);
}

TEST(Optimizer, NamesAndDefaults) {
  EXPECT_STREQ(method_name(Method::rmsprop), "rmsprop");
  EXPECT_EQ(default_learning_rate(Method::sgd), 0.01);
  EXPECT_EQ(default_learning_rate(Method::adam), 0.001);
  std::string names;
  for (Method method : kMethods) names += std::string(method_name(method)) + " ";
  EXPECT_EQ(names, "sgd momentum nesterov adagrad rmsprop adam ");
}

}  // namespace
}  // namespace gd
