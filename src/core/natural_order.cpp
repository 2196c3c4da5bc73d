#include "core/natural_order.h"

#include <cctype>
#include <cstddef>

namespace gd {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

/// Compares the digit runs starting at a[i] and b[j] by value and advances
/// both indices past them. Returns <0, 0 or >0.
int compare_numbers(const std::string& a, std::size_t& i, const std::string& b, std::size_t& j) {
  while (i < a.size() && a[i] == '0' && i + 1 < a.size() && is_digit(a[i + 1])) ++i;
  while (j < b.size() && b[j] == '0' && j + 1 < b.size() && is_digit(b[j + 1])) ++j;
  std::size_t end_a = i, end_b = j;
  while (end_a < a.size() && is_digit(a[end_a])) ++end_a;
  while (end_b < b.size() && is_digit(b[end_b])) ++end_b;
  // Without leading zeros, a longer run is a larger number.
  if (end_a - i != end_b - j) return (end_a - i < end_b - j) ? -1 : 1;
  int result = a.compare(i, end_a - i, b, j, end_b - j);
  i = end_a;
  j = end_b;
  return result;
}

}  // namespace

bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      int order = compare_numbers(a, i, b, j);
      if (order != 0) return order < 0;
    } else {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
      ++i;
      ++j;
    }
  }
  if (i < a.size() || j < b.size()) return j < b.size();  // a prefix sorts first
  return a < b;  // equal by value ("x01" vs "x1"): fall back to bytes
}

}  // namespace gd
