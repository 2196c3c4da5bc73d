#include "plot/classic.h"

#include <algorithm>
#include <cmath>

namespace gd {
namespace {

/// One step of the seed's gauge walk; true when `gauge` completed a column.
bool gauge_picks(double& gauge, double x_per_value) {
  gauge += x_per_value;
  if (gauge < 1.0) return false;
  gauge -= 1.0;
  return true;
}

/// (v - min) / gap, also when max - min overflows to infinity: then halves
/// (exact) keep the arithmetic finite.
double height_fraction(double v, double min, double max) {
  const double gap = std::max(max - min, 1.0);
  if (std::isfinite(gap)) return (v - min) / gap;
  return (v / 2 - min / 2) / (max / 2 - min / 2);
}

}  // namespace

ClassicSelection select_classic(const std::vector<double>& data, int width) {
  ClassicSelection selection;
  std::vector<double> values;
  std::copy_if(data.begin(), data.end(), std::back_inserter(values),
               [](double v) { return std::isfinite(v); });
  if (values.empty() || width <= 0) return selection;
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  selection.min = *low;
  selection.max = *high;
  const double x_per_value = static_cast<double>(width) / static_cast<double>(values.size());
  double gauge = 0.0;
  for (double v : values) {
    if (!gauge_picks(gauge, x_per_value)) continue;
    selection.picked.push_back(v);
    if (selection.picked.size() == static_cast<std::size_t>(width)) break;
  }
  return selection;
}

std::string draw_classic(const ClassicSelection& selection, int width, int height) {
  if (selection.picked.empty() || width <= 0 || height <= 0) return {};
  std::vector<std::string> rows(static_cast<std::size_t>(height),
                                std::string(static_cast<std::size_t>(width), ' '));
  for (std::size_t x = 0; x < selection.picked.size() && x < rows[0].size(); ++x) {
    const double fraction = height_fraction(selection.picked[x], selection.min, selection.max);
    const double row = std::floor(height - 1 - fraction * (height - 1));
    const int y = row >= height - 1 ? height - 1 : row > 0 ? static_cast<int>(row) : 0;  // nan: 0
    rows[static_cast<std::size_t>(y)][x] = '-';
  }
  std::string picture;
  for (auto& line : rows) {
    line.erase(line.find_last_not_of(' ') + 1);
    picture += line;
    picture += '\n';
  }
  return picture;
}

std::string classic_graph(const std::vector<double>& data, int width, int height) {
  return draw_classic(select_classic(data, width), width, height);
}

ClassicWalk::ClassicWalk(std::uint64_t planned_steps, int width)
    : planned_(planned_steps),
      width_(width),
      x_per_value_(static_cast<double>(width) / static_cast<double>(planned_steps)) {}

void ClassicWalk::add(double v) {
  if (!std::isfinite(v)) return;
  if (finite_count_ == 0) planned_selection_.min = planned_selection_.max = v;
  planned_selection_.min = std::min(planned_selection_.min, v);
  planned_selection_.max = std::max(planned_selection_.max, v);
  ++finite_count_;
  if (kept_.size() < kKeepAll) kept_.push_back(v);
  const bool room = planned_selection_.picked.size() < static_cast<std::size_t>(width_);
  if (room && gauge_picks(gauge_, x_per_value_)) planned_selection_.picked.push_back(v);
}

ClassicSelection ClassicWalk::selection() const {
  if (finite_count_ == planned_) return planned_selection_;
  if (finite_count_ <= kKeepAll) return select_classic(kept_, width_);
  return planned_selection_;  // stopped early after many steps: the walk so far
}

}  // namespace gd
