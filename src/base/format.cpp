#include "base/format.h"

#include <cmath>
#include <iterator>

namespace gd {

std::string format_number(double value) {
  fmt::memory_buffer out;
  append_number(out, value);
  return fmt::to_string(out);
}

std::string format_number(double value, int digits) {
  if (digits <= 0 || !std::isfinite(value)) return format_number(value);
  const std::string text = fmt::format("{:.{}g}", value, digits);
  return text == "-0" ? "-0" : text;
}

std::string format_point(const std::vector<double>& x, int digits) {
  std::string text = "[";
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (i > 0) text += ", ";
    text += format_number(x[i], digits);
  }
  return text + "]";
}

std::string wrap(const std::string& text, std::size_t width, const std::string& first,
                 const std::string& indent) {
  std::string out, line = first;
  std::size_t words = 0;  // on the current line
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    if (words > 0 && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = indent;
      words = 0;
    }
    line += (words > 0 ? " " : "") + word;
    ++words;
  }
  return out + line + "\n";
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
