#pragma once

#include <fmt/format.h>

#include <iterator>
#include <string>
#include <vector>

namespace gd {

// Every number and quantity gd shows, in data and to people, is formatted
// here: one rule per kind of value.

/// The shortest text that reads back to the same double; "nan", "inf",
/// "-inf" for the others (never "-nan"). Inline: every data row calls it
/// once a column.
inline void append_number(fmt::memory_buffer& out, double value) {
  if (value != value) {  // nan: fmt would print "-nan" when its sign bit is set
    const char nan[] = "nan";
    out.append(nan, nan + 3);
    return;
  }
  fmt::format_to(std::back_inserter(out), "{}", value);
}
/// append_number, as a string.
std::string format_number(double value);

/// `value` to `digits` significant digits for people ("24.2" for
/// 24.199999999999996 at 7); digits 0: format_number's shortest text.
std::string format_number(double value, int digits);

/// "[-3, 4]": a point, its coordinates as format_number writes them (to
/// `digits` significant digits when given).
std::string format_point(const std::vector<double>& x, int digits = 0);

/// `text` broken at spaces into lines of at most `width` columns (a word
/// longer than that stays whole), the first line after `first`, the others
/// after `indent`; each line ends in a newline.
std::string wrap(const std::string& text, std::size_t width, const std::string& first,
                 const std::string& indent);

/// "0.042 ms", "1.50 s": a duration.
std::string format_duration(double seconds);

/// "3.2M", "45.0k", "120": a rate, compact.
std::string format_rate(double per_second);

/// "0.9 s", "42.0 s", "3m07s", "2h05m": time left, to a tenth of a second at most.
std::string format_time_left(double seconds);

}  // namespace gd
