#pragma once
// Golden text: charts stored in tests/golden/, checked by eye once when
// written (GD_UPDATE_GOLDEN=1 rewrites them, and the test says so by
// skipping: a rewritten chart has not been checked), then compared byte
// for byte. No line of a chart ends in a space.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "text_lines.h"

namespace gd {

inline void expect_golden(const std::string& name, const std::string& text) {
  EXPECT_EQ(lines_ending_in_space(text), std::vector<std::string>{}) << name;
  const std::string path = std::string(GD_GOLDEN_DIR) + "/" + name + ".txt";
  if (std::getenv("GD_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << text;
    GTEST_SKIP() << "rewrote " << path << " (GD_UPDATE_GOLDEN): look at it before committing";
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "no golden file " << path << "; GD_UPDATE_GOLDEN=1 writes it";
  std::ostringstream stored;
  stored << in.rdbuf();
  EXPECT_EQ(text, stored.str()) << "differs from " << path << "; the chart now:\n" << text;
}

}  // namespace gd
