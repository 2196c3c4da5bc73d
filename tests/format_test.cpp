#include "base/format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

namespace gd {
namespace {

std::string number(double v) { return format_number(v); }

TEST(Numbers, AreShortest) {
  EXPECT_EQ(number(25.0), "25");
  EXPECT_EQ(number(0.1), "0.1");
  EXPECT_EQ(number(-3.0), "-3");
  EXPECT_EQ(number(1e-5), "1e-05");
  EXPECT_EQ(number(0.0033230699894522), "0.0033230699894522");
}

TEST(Numbers, NonFiniteAreWords) {
  EXPECT_EQ(number(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(number(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(number(std::nan("")), "nan");
  EXPECT_EQ(number(-std::nan("")), "nan");  // never "-nan"
}

TEST(Numbers, ReadBackToTheSameDouble) {
  std::mt19937_64 random(42);
  std::uniform_int_distribution<std::uint64_t> bits;
  for (int i = 0; i < 100000; ++i) {
    std::uint64_t b = bits(random);
    double v;
    std::memcpy(&v, &b, sizeof v);
    if (!std::isfinite(v)) continue;
    std::string text = number(v);
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
  }
}

TEST(Points, AreBracketedShortestNumbers) {
  EXPECT_EQ(format_point({-3, 4}), "[-3, 4]");
  EXPECT_EQ(format_point({0.1}), "[0.1]");
  EXPECT_EQ(format_point({std::nan(""), -HUGE_VAL}), "[nan, -inf]");
}

TEST(Numbers, ToSignificantDigitsForPeople) {
  EXPECT_EQ(format_number(24.199999999999996, 7), "24.2");
  EXPECT_EQ(format_number(0.1 + 0.2, 7), "0.3");
  EXPECT_EQ(format_number(1234567.8, 7), "1234568");
  EXPECT_EQ(format_number(4.145558374651213e+35, 7), "4.145558e+35");
  EXPECT_EQ(format_number(1e-07, 7), "1e-07");
  EXPECT_EQ(format_number(-0.0, 7), "-0");
  EXPECT_EQ(format_number(std::nan(""), 7), "nan");
  EXPECT_EQ(format_number(-HUGE_VAL, 3), "-inf");
  EXPECT_EQ(format_number(24.199999999999996, 0), "24.199999999999996");  // 0: shortest
  EXPECT_EQ(format_point({0.1 + 0.2, 1.0 / 3}, 3), "[0.3, 0.333]");
}

TEST(Wrap, BreaksAtSpacesUnderAnIndent) {
  EXPECT_EQ(wrap("aa bb cc dd", 8, "> ", "  "), "> aa bb\n  cc dd\n");
  EXPECT_EQ(wrap("short", 80, "", ""), "short\n");
  // A word longer than the width stays whole, on its own line.
  EXPECT_EQ(wrap("a 0123456789 b", 6, "", ""), "a\n0123456789\nb\n");
  EXPECT_EQ(wrap("a  b", 10, "", ""), "a b\n");  // runs of spaces are one
}

TEST(Durations, StayReadable) {
  EXPECT_EQ(format_duration(0.0000064), "0.006 ms");
  EXPECT_EQ(format_duration(0.0123), "12.300 ms");
  EXPECT_EQ(format_duration(0.9996), "999.600 ms");  // not "1e+03 ms"
  EXPECT_EQ(format_duration(1.5), "1.50 s");
  EXPECT_EQ(format_duration(1234.0), "1234.00 s");
}

TEST(Rates, AreCompact) {
  EXPECT_EQ(format_rate(0), "0");
  EXPECT_EQ(format_rate(999.4), "999");
  EXPECT_EQ(format_rate(45000), "45.0k");
  EXPECT_EQ(format_rate(3.21e6), "3.2M");
}

TEST(TimeLeft, GoesFromSecondsToHours) {
  EXPECT_EQ(format_time_left(0.94), "0.9 s");
  EXPECT_EQ(format_time_left(42), "42.0 s");
  EXPECT_EQ(format_time_left(187), "3m07s");
  EXPECT_EQ(format_time_left(7500), "2h05m");
}

}  // namespace
}  // namespace gd
