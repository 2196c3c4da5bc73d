#include "output/expression_hints.h"

#include <fmt/format.h>

#include <cctype>
#include <regex>

#include "core/objective.h"

namespace gd {
namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// "math.sin(x)", "np.exp(x)": a module's function, as Python writes it.
std::string module_prefix_hint(const std::string& expression) {
  static const std::regex call("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
  std::smatch match;
  if (!std::regex_search(expression, match, call)) return "";
  return fmt::format("write {}(...), not {}.{}(...)", match[2].str(), match[1].str(),
                     match[2].str());
}

/// Hints read off the text: slips muParser has no other reading of.
std::string text_hint(const std::string& expression) {
  if (has(expression, "**")) return "powers are written ^, as in x^2";
  static const std::regex pow_call("(^|[^A-Za-z0-9_])pow\\s*\\(");
  if (std::regex_search(expression, pow_call)) return "powers are written ^: pow(a, b) is a^b";
  static const std::regex bar("(^|[^|])\\|([^|]|$)");
  if (std::regex_search(expression, bar)) return "write abs(x) for |x|";
  return module_prefix_hint(expression);
}

/// Hints read off muParser's complaint: logarithms, inverse functions,
/// and a number written against a name ("2x").
std::string message_hint(const std::string& expression, const ExpressionError& error) {
  const std::string what = error.what();
  if (has(what, "too many parameters for function \"log\"") ||
      has(what, "too many parameters for function \"ln\""))
    return "log and ln are the natural logarithm, of one value; log10(x) and log2(x) are to "
           "base 10 and 2";
  if (has(what, "unknown function \"lg\""))
    return "the logarithms are log10(x), log2(x), and log(x) or ln(x) (natural)";
  static const std::regex arc("unknown function \"arc(sin|cos|tan|sinh|cosh|tanh)\"");
  std::smatch match;
  if (std::regex_search(what, match, arc))
    return fmt::format("write a{}, as in a{}(x)", match[1].str(), match[1].str());
  const auto at = error.position();
  if (has(what, "unexpected variable") && at && *at > 0 && *at < expression.size() &&
      std::isdigit(static_cast<unsigned char>(expression[*at - 1])))
    return fmt::format("multiplication is written *, as in {}*{}", expression.substr(*at - 1, 1),
                       expression.substr(*at, 1));
  return "";
}

}  // namespace

std::string expression_hint(const std::string& expression, const ExpressionError& error) {
  if (std::string(error.what()).rfind("--expr:", 0) != 0) return "";
  std::string hint = text_hint(expression);
  return hint.empty() ? message_hint(expression, error) : hint;
}

}  // namespace gd
