// libFuzzer target: the expression path. The input is an expression as
// `--expr @FILE` would read it (comments, newlines); it is compiled, its
// variables found, and, when it compiles, evaluated at a few points with a
// gradient by each scheme and one step of each optimizer, and judged after
// a short run (the verdict, its curvature and its words). Refusals must come
// as ExpressionError with a message that renders; anything else escaping, or
// a sanitizer report, is a finding.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/expression_source.h"
#include "core/gradient.h"
#include "core/objective.h"
#include "core/optimizer.h"
#include "core/run.h"
#include "output/expression_error.h"
#include "output/verdict_words.h"

namespace {

void check(bool condition) {
  if (!condition) __builtin_trap();
}

struct Quiet : gd::Observer {
  gd::Next on_row(const gd::Row&) override { return gd::Next::go_on; }
};

/// Three steps from 0.5 and the verdict on them, in words.
void judge(gd::Objective& f) {
  f.set_point(std::vector<double>(f.dimension(), 0.5));
  gd::DescentSettings settings;
  settings.steps = 3;
  Quiet quiet;
  const gd::RunResult run = gd::run_descent({}, f, settings, quiet, true);
  const gd::Curvature& c = run.verdict.end;
  check(c.eigenvalues.size() == c.tolerances.size());
  check(c.eigenvectors.size() == c.eigenvalues.size());
  check(!gd::describe_verdict(run, {settings, f.variables()}).empty());
}

void evaluate(gd::Objective& f) {
  const std::size_t n = f.dimension();
  for (double v : {0.0, 1.0, -2.5, 1e10, 1e-300}) {
    f.set_point(std::vector<double>(n, v));
    const double fx = f.value();
    std::vector<double> gradient;
    for (gd::Scheme scheme :
         {gd::Scheme::central, gd::Scheme::forward, gd::Scheme::backward, gd::Scheme::five_point})
      for (bool auto_h : {false, true}) {
        gd::GradientSettings settings;
        settings.scheme = scheme;
        settings.auto_h = auto_h;
        check(gd::difference_gradient(f, fx, settings, gradient) <= n);
        check(gradient.size() == n);
        // The norm is non-finite exactly when a component is, nan when the first such is.
        const double norm = gd::euclidean_norm(gradient);
        const auto bad = std::find_if(gradient.begin(), gradient.end(),
                                      [](double g) { return !std::isfinite(g); });
        if (bad == gradient.end())
          check(norm >= 0);  // finite, or inf from an overflow of finite squares
        else
          check(std::isnan(*bad) ? std::isnan(norm) : norm == HUGE_VAL);
        (void)gd::step_for(settings, v);
      }
  }
  for (gd::Method method : {gd::Method::sgd, gd::Method::momentum, gd::Method::nesterov,
                            gd::Method::adagrad, gd::Method::rmsprop, gd::Method::adam}) {
    f.set_point(std::vector<double>(n, 0.5));
    std::vector<double> gradient;
    gd::difference_gradient(f, f.value(), {}, gradient);
    gd::OptimizerSettings settings;
    settings.method = method;
    (void)gd::make_rule(settings, f)->update(f.point(), gradient, f.value());
    if (method == gd::Method::sgd) {  // and with the Armijo search
      settings.armijo = true;
      f.set_point(std::vector<double>(n, 0.5));
      (void)gd::make_rule(settings, f)->update(f.point(), gradient, f.value());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string raw(reinterpret_cast<const char*>(data), size);
  if (raw.find('\0') != std::string::npos) return 0;  // files with NUL are refused before this
  const std::string text = gd::strip_comments(raw);
  try {
    gd::Objective f = gd::Objective::compile({text, {}, {}});
    check(f.dimension() == f.variables().size());
    evaluate(f);
    judge(f);
  } catch (const gd::ExpressionError& error) {
    const std::string shown = gd::render_expression_error(text, error);
    check(!shown.empty() && shown.back() == '\n');
    if (error.position()) check(*error.position() <= text.size());
  }
  return 0;
}
