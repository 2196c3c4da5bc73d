#include "output/describe.h"

#include <fmt/format.h>

#include <cmath>

#include "base/format.h"
#include "core/run.h"

namespace gd {

std::string run_name(const RunSpec& run) {
  return fmt::format("{}:{}", method_name(run.settings.method),
                     format_number(run.settings.learning_rate));
}

std::string describe_method(const OptimizerSettings& s) {
  const auto n = [](double v) { return format_number(v); };
  std::string text = fmt::format("{} (lr {}", method_name(s.method), n(s.learning_rate));
  switch (s.method) {
    case Method::sgd:
      if (s.armijo) text += ", Armijo line search";
      break;
    case Method::momentum:
    case Method::nesterov: text += ", momentum " + n(s.momentum); break;
    case Method::adagrad: text += ", eps " + n(s.eps); break;
    case Method::rmsprop: text += fmt::format(", decay {}, eps {}", n(s.decay), n(s.eps)); break;
    case Method::adam:
      text += fmt::format(", beta1 {}, beta2 {}, eps {}", n(s.beta1), n(s.beta2), n(s.eps));
      break;
  }
  return text + ")";
}

const char* scheme_name(Scheme scheme) {
  switch (scheme) {
    case Scheme::central: return "central";
    case Scheme::forward: return "forward";
    case Scheme::backward: return "backward";
    case Scheme::five_point: return "five-point";
  }
  return "central";
}

std::string describe_h(const GradientSettings& gradient) {
  return gradient.auto_h ? "auto" : format_number(gradient.h);
}

std::string describe_gradient(const GradientSettings& gradient) {
  return fmt::format("{}, h {}", scheme_name(gradient.scheme), describe_h(gradient));
}

std::string describe_non_finite(const DescentResult& result,
                                const std::vector<std::string>& variables) {
  const double v = result.non_finite_value;
  const char* value = std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
  const auto name = [&] { return variables.at(result.non_finite_coordinate); };
  switch (result.non_finite) {
    case NonFinite::f: return fmt::format("f is {}", value);
    case NonFinite::gradient:
      return fmt::format("the gradient's {} component is {}", name(), value);
    case NonFinite::x: return fmt::format("{} is {}", name(), value);
    case NonFinite::none: break;
  }
  return "";
}

}  // namespace gd
