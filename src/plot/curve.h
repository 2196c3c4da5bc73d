#pragma once

#include <functional>
#include <string>
#include <vector>

#include "plot/iterates.h"

namespace gd {

/// The curve f(u) over a window framing the iterates, with them marked on it.
std::string draw_curve_chart(const std::vector<NamedPath>& paths,
                             const std::function<double(double)>& f, const PathChartSpec& spec);

}  // namespace gd
