#pragma once

#include <string>

namespace gd {

class ExpressionError;

/// How to write what `expression` most likely meant, when its text and
/// `error` make the slip certain ("x**2": powers are written ^), else "".
/// Only for errors of --expr itself.
std::string expression_hint(const std::string& expression, const ExpressionError& error);

}  // namespace gd
