#pragma once

#include <string>
#include <vector>

namespace gd {

/// The seed's print_graph: a `width` x `height` grid of spaces with one '-'
/// per plotted value, rows printed top to bottom with trailing spaces
/// trimmed. Non-finite values are left out before plotting. Empty data
/// gives an empty string.
std::string classic_graph(const std::vector<double>& data, int width = 50, int height = 20);

}  // namespace gd
