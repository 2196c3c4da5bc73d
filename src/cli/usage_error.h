#pragma once

#include <stdexcept>
#include <string>

namespace gd {

class ExpressionError;

/// Why gd refuses to run, found before anything is computed: exit 2, its
/// lines on stderr, nothing on stdout. The CLI and the plan throw it.
class UsageError : public std::runtime_error {
 public:
  /// "gd: error: MESSAGE", and " (see gd --help)" with `see_help` (for
  /// mistakes in how options are written or combined).
  explicit UsageError(const std::string& message, bool see_help = false);
  /// An expression's error, with its column and a caret under it.
  UsageError(const std::string& expression, const ExpressionError& error);

  /// What stderr shows: whole lines, each ending in '\n'.
  const std::string& lines() const { return lines_; }

 private:
  std::string lines_;
};

}  // namespace gd
