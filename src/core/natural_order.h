#pragma once

#include <string>

namespace gd {

/// Orders names as a person would: digit runs compare as numbers, so
/// "x2" < "x10"; otherwise byte by byte ("a" < "b" < "x1").
bool natural_less(const std::string& a, const std::string& b);

}  // namespace gd
