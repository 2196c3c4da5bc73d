#include "plot/classic.h"

#include <algorithm>
#include <cmath>

namespace gd {

std::string classic_graph(const std::vector<double>& data, int width, int height) {
  std::vector<double> values;
  std::copy_if(data.begin(), data.end(), std::back_inserter(values),
               [](double v) { return std::isfinite(v); });
  if (values.empty() || width <= 0 || height <= 0) return {};

  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  const double min = *low;
  const double gap = std::max(*high - min, 1.0);
  const double x_per_value = static_cast<double>(width) / static_cast<double>(values.size());

  std::vector<std::string> rows(static_cast<std::size_t>(height),
                                std::string(static_cast<std::size_t>(width), ' '));
  // The seed's walk: each value advances a gauge by x_per_value, and gets
  // the next column only when the gauge has gathered a whole one.
  double gauge = 0.0;
  int x = 0;
  for (double v : values) {
    gauge += x_per_value;
    if (gauge < 1.0) continue;
    gauge -= 1.0;
    const double row = std::floor(height - 1 - (v - min) / gap * (height - 1));
    const int y = std::clamp(static_cast<int>(row), 0, height - 1);
    rows[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)] = '-';
    if (++x >= width) break;
  }

  std::string picture;
  for (auto& line : rows) {
    line.erase(line.find_last_not_of(' ') + 1);
    picture += line;
    picture += '\n';
  }
  return picture;
}

}  // namespace gd
