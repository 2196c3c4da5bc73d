#include "base/format.h"

#include <cmath>
#include <iterator>

namespace gd {

std::string format_number(double value) {
  fmt::memory_buffer out;
  append_number(out, value);
  return fmt::to_string(out);
}

std::string format_point(const std::vector<double>& x) {
  std::string text = "[";
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (i > 0) text += ", ";
    text += format_number(x[i]);
  }
  return text + "]";
}

std::string format_duration(double seconds) {
  if (seconds < 1.0) return fmt::format("{:.3f} ms", seconds * 1e3);
  return fmt::format("{:.2f} s", seconds);
}

std::string format_rate(double per_second) {
  if (per_second >= 1e6) return fmt::format("{:.1f}M", per_second / 1e6);
  if (per_second >= 1e3) return fmt::format("{:.1f}k", per_second / 1e3);
  return fmt::format("{:.0f}", per_second);
}

std::string format_time_left(double seconds) {
  if (seconds < 60) return fmt::format("{:.1f} s", seconds);
  const auto whole = static_cast<long long>(seconds);
  if (seconds < 3600) return fmt::format("{}m{:02}s", whole / 60, whole % 60);
  return fmt::format("{}h{:02}m", whole / 3600, whole / 60 % 60);
}

}  // namespace gd
