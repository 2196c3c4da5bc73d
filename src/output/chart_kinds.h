#pragma once

namespace gd {

/// Charts --plot can draw: the seed's graph, the loss chart, the path chart.
enum class Plot { classic, line, path };

}  // namespace gd
