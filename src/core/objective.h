#pragma once

#include <muParser.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/span.h"

namespace gd {

/// What the user typed to define f.
struct ExpressionSpec {
  std::string text;                                       ///< --expr
  std::vector<std::string> variable_order;                ///< --vars; empty: natural order
  std::vector<std::pair<std::string, double>> constants;  ///< --define NAME=VALUE
};

/// Why an expression (or --vars, --define) was refused, and where.
class ExpressionError : public std::runtime_error {
 public:
  /// `position` is a byte offset into the expression text; it may point one
  /// past the end (muParser reports such positions for missing parts).
  explicit ExpressionError(const std::string& message,
                           std::optional<std::size_t> position = std::nullopt)
      : std::runtime_error(message), position_(position) {}
  std::optional<std::size_t> position() const { return position_; }

 private:
  std::optional<std::size_t> position_;
};

/// The longest expression muParser takes: it refuses lengths >= its
/// MaxLenExpression (20000, muParserDef.h).
constexpr std::size_t kMaxExpressionLength = 19999;

/// f(x) from a muParser expression. The expression's variables are bound by
/// pointer to one buffer, point(); callers move or perturb the point in place
/// and call value(). compile() parses twice (once to find the variables, once
/// bound to the point); value() only runs muParser's bytecode.
class Objective {
 public:
  /// Parses and checks the expression; throws ExpressionError.
  static Objective compile(const ExpressionSpec& spec);

  Objective(Objective&&) noexcept;
  Objective& operator=(Objective&&) noexcept;
  ~Objective();

  /// Variable names, in the order of point()'s coordinates.
  const std::vector<std::string>& variables() const { return variables_; }
  std::size_t dimension() const { return point_.size(); }

  /// The coordinates the expression reads, to move or perturb in place.
  Span<double> point() { return point_; }
  Span<const double> point() const { return point_; }
  /// Copies `x` into point(); throws std::invalid_argument if its size differs.
  void set_point(const std::vector<double>& x);

  /// f at point(). Inline: the loop calls it 2n+1 times a step.
  double value() {
    ++evaluations_;
    return parser_->Eval();
  }

  /// The work of one value(): the length of f's bytecode, in tokens.
  std::size_t cost() const;

  /// How many times value() has been called.
  std::uint64_t evaluations() const { return evaluations_; }

 private:
  Objective();

  std::unique_ptr<mu::Parser> parser_;
  std::vector<std::string> variables_;
  std::vector<double> point_;
  std::uint64_t evaluations_ = 0;
};

}  // namespace gd
