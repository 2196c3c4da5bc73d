#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gd {

/// The seed's graph size, the default of --plot classic.
constexpr int kClassicWidth = 50, kClassicHeight = 20;

/// What the classic graph draws: the values the seed's gauge walk picked,
/// and the min and max of all the values.
struct ClassicSelection {
  std::vector<double> picked;
  double min = 0.0;
  double max = 0.0;
};

/// The seed's walk over the finite values of `data`: each value adds
/// width/count to a gauge, and is picked when the gauge holds a whole column.
ClassicSelection select_classic(const std::vector<double>& data, int width);

/// The seed's print_graph: a `width` x `height` grid of spaces with one '-'
/// per picked value, at row floor(h-1 - (v-min)/max(max-min, 1)*(h-1)),
/// rows top to bottom with trailing spaces trimmed. Nothing picked: "".
std::string draw_classic(const ClassicSelection& selection, int width, int height);

/// select_classic, then draw_classic.
std::string classic_graph(const std::vector<double>& data, int width = 50, int height = 20);

/// Gathers the classic graph of the values f takes after each step (rows
/// 1..N, as the seed plots them) in bounded memory: it walks the gauge as
/// they arrive, for the number of steps planned, and keeps every value
/// only while there are few.
class ClassicWalk {
 public:
  ClassicWalk(std::uint64_t planned_steps, int width);
  /// The value after the next step; values that are not finite are skipped.
  void add(double value);

  /// Exactly what classic_graph would pick from all the values, unless the
  /// run stopped early after more values than are kept; then the picks made
  /// so far, which fill the part of the width the run covered.
  ClassicSelection selection() const;

 private:
  static constexpr std::size_t kKeepAll = 1 << 16;
  std::uint64_t planned_;
  int width_;
  double x_per_value_;  // width / planned, as the seed's walk computes it
  double gauge_ = 0.0;
  std::uint64_t finite_count_ = 0;
  ClassicSelection planned_selection_;
  std::vector<double> kept_;  // every finite value while there are at most kKeepAll
};

}  // namespace gd
