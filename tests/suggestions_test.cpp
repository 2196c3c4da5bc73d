#include "cli/suggestions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gd {
namespace {

TEST(EditDistance, CountsEachEditOnce) {
  EXPECT_EQ(edit_distance("steps", "steps"), 0u);
  EXPECT_EQ(edit_distance("stpes", "steps"), 1u);  // neighbours swapped
  EXPECT_EQ(edit_distance("step", "steps"), 1u);
  EXPECT_EQ(edit_distance("stepz", "steps"), 1u);
  EXPECT_EQ(edit_distance("", "lr"), 2u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

const std::vector<std::string> kNames{"steps",      "lr",    "format", "tol-grad",
                                      "tol-f",      "tol-x", "target", "plot",
                                      "plot-width", "color", "every",  "max-evals"};

TEST(NearestName, NamesTheOneClearlyMeant) {
  EXPECT_EQ(nearest_name("stpes", kNames), "steps");
  EXPECT_EQ(nearest_name("Steps", kNames), "steps");
  EXPECT_EQ(nearest_name("lrr", kNames), "lr");
  EXPECT_EQ(nearest_name("tol_grad", kNames), "tol-grad");
  EXPECT_EQ(nearest_name("colour", kNames), "color");
  EXPECT_EQ(nearest_name("plotwidht", kNames), "plot-width");
  EXPECT_EQ(nearest_name("form", kNames), "format");  // the only name it begins
}

TEST(NearestName, NamesNoneWhenNoneIsClearlyMeant) {
  EXPECT_EQ(nearest_name("frobnicate", kNames), std::nullopt);
  EXPECT_EQ(nearest_name("tol", kNames), std::nullopt);  // begins three
  EXPECT_EQ(nearest_name("x", kNames), std::nullopt);
  EXPECT_EQ(nearest_name("ab", kNames), std::nullopt);     // two letters: no edit allowed
  EXPECT_EQ(nearest_name("tol-q", kNames), std::nullopt);  // tol-f and tol-x tie
}

}  // namespace
}  // namespace gd
