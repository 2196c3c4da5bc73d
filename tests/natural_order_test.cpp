#include "core/natural_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace gd {
namespace {

TEST(NaturalOrder, NumbersCompareByValue) {
  EXPECT_TRUE(natural_less("x2", "x10"));
  EXPECT_FALSE(natural_less("x10", "x2"));
  EXPECT_TRUE(natural_less("x9", "x10"));
  EXPECT_TRUE(natural_less("x1_2", "x1_10"));
}

TEST(NaturalOrder, LettersCompareAlphabetically) {
  EXPECT_TRUE(natural_less("a", "b"));
  EXPECT_TRUE(natural_less("b", "x1"));
  EXPECT_TRUE(natural_less("x", "x1"));  // a prefix sorts first
  EXPECT_TRUE(natural_less("x10", "y1"));
}

TEST(NaturalOrder, IsAStrictOrder) {
  EXPECT_FALSE(natural_less("x1", "x1"));
  // Same value, different spelling: still ordered, one way only.
  EXPECT_NE(natural_less("x01", "x1"), natural_less("x1", "x01"));
}

TEST(NaturalOrder, SortsAListAsAPersonWould) {
  std::vector<std::string> names{"x10", "y", "x2", "b", "x1", "a", "x11", "x3"};
  std::sort(names.begin(), names.end(), natural_less);
  EXPECT_EQ(names, (std::vector<std::string>{"a", "b", "x1", "x2", "x3", "x10", "x11", "y"}));
}

}  // namespace
}  // namespace gd
