// The floor program for whole-process comparisons:
//   gd_floor EXPR N STEPS LR [csv]
// runs the plain muParser loop over x1..xN from 1 (N = 2: from -3, 4), and
// with "csv" writes step,f,x...,grad_norm rows the way gd does: fmt's
// shortest doubles into a reused buffer, written in 64 KiB chunks.
#include <fmt/format.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include "floor.h"

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fputs("usage: gd_floor EXPR N STEPS LR [csv]\n", stderr);
    return 2;
  }
  const std::string expression = argv[1];
  const int n = std::atoi(argv[2]);
  const auto steps = static_cast<std::uint64_t>(std::atof(argv[3]));
  const double lr = std::atof(argv[4]);
  const bool csv = argc > 5 && std::string(argv[5]) == "csv";
  std::vector<double> start(static_cast<std::size_t>(n), 1.0);
  if (n == 2) start = {-3, 4};
  fmt::memory_buffer out;
  const auto flush = [&] {
    const char* data = out.data();
    std::size_t left = out.size();
    while (left > 0) {
      const ssize_t written = ::write(1, data, left);
      if (written <= 0) std::exit(4);
      data += written;
      left -= static_cast<std::size_t>(written);
    }
    out.clear();
  };
  gd_bench::FloorLoop loop(expression, start.size());
  double f = 0;
  if (csv) {
    fmt::format_to(std::back_inserter(out), "step,f");
    for (int i = 1; i <= n; ++i) fmt::format_to(std::back_inserter(out), ",x{}", i);
    fmt::format_to(std::back_inserter(out), ",grad_norm\n");
    f = loop.descend(
        start, lr, steps,
        [&](std::uint64_t k, double value, const std::vector<double>& x, double squared) {
          fmt::format_to(std::back_inserter(out), "{},{}", k, value);
          for (double xi : x) fmt::format_to(std::back_inserter(out), ",{}", xi);
          fmt::format_to(std::back_inserter(out), ",{}\n", std::sqrt(squared));
          if (out.size() >= 64 * 1024) flush();
        });
    flush();
  } else {
    f = loop.descend(start, lr, steps,
                     [](std::uint64_t, double, const std::vector<double>&, double) {});
  }
  return std::isfinite(f) ? 0 : 3;
}
