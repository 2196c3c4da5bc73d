#pragma once

#include <string>
#include <vector>

#include "core/descent.h"
#include "core/gradient.h"
#include "core/optimizer.h"

namespace gd {

struct RunSpec;

// Runs and their settings in words, for the report, messages and legends.

/// "sgd:0.1": a run's name in legends and messages, as --optimizer takes it.
std::string run_name(const RunSpec& run);

/// "adam (lr 0.3, beta1 0.9, beta2 0.999, eps 1e-07)": the method and the
/// parameters it uses.
std::string describe_method(const OptimizerSettings& settings);

/// "central", "five-point", ...: the scheme as --grad names it.
const char* scheme_name(Scheme scheme);
/// "0.0001" or "auto": h as --h takes it.
std::string describe_h(const GradientSettings& gradient);
/// "central, h 0.0001", "five-point, h auto".
std::string describe_gradient(const GradientSettings& gradient);

/// "f is inf", "the gradient's x component is nan", "y is -inf": what was
/// not finite when `result` diverged; `variables` name the coordinates.
std::string describe_non_finite(const DescentResult& result,
                                const std::vector<std::string>& variables);

}  // namespace gd
