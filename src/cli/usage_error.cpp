#include "cli/usage_error.h"

#include "core/objective.h"
#include "output/expression_error.h"

namespace gd {

UsageError::UsageError(const std::string& message, bool see_help)
    : std::runtime_error(message),
      lines_("gd: error: " + message + (see_help ? " (see gd --help)" : "") + "\n") {}

UsageError::UsageError(const std::string& expression, const ExpressionError& error)
    : std::runtime_error(error.what()), lines_(render_expression_error(expression, error)) {}

}  // namespace gd
