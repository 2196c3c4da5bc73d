#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "plot/frame.h"

namespace gd {

/// A series of values at steps 0, 1, 2, ... summarised in bounded memory
/// for a chart: the steps are cut into at most `capacity` buckets of equal
/// width (a power of two, doubling as the series grows), each keeping the
/// min, the max, and its first and last values. A chart column then shows
/// the whole min-to-max range of its steps: no spike is lost to resampling.
class LossSeries {
 public:
  struct Bucket {
    std::uint64_t first_step = 0;
    double min = 0, max = 0;     ///< of the finite values
    double first = 0, last = 0;  ///< finite values at the bucket's ends
    bool finite = false;         ///< holds a finite value
    bool broken = false;         ///< holds a non-finite value: no line across it
  };

  explicit LossSeries(std::size_t capacity = 4096);
  /// The value at the next step (0 first).
  void add(double value);

  const std::vector<Bucket>& buckets() const { return buckets_; }
  std::uint64_t bucket_width() const { return width_; }
  std::uint64_t count() const { return count_; }  ///< values added
  /// The finite values' range; nothing when there are none.
  std::optional<std::pair<double, double>> range() const;
  /// The first step whose value was not finite, and that value.
  std::optional<std::pair<std::uint64_t, double>> first_non_finite() const { return non_finite_; }
  /// The first step whose value was finite and <= 0 (a log scale cannot show it).
  std::optional<std::pair<std::uint64_t, double>> first_non_positive() const {
    return non_positive_;
  }

 private:
  void merge_pairs();

  std::size_t capacity_;
  std::uint64_t width_ = 1;  // steps per bucket
  std::uint64_t count_ = 0;
  std::vector<Bucket> buckets_;
  std::optional<std::pair<double, double>> range_;
  std::optional<std::pair<std::uint64_t, double>> non_finite_, non_positive_;
};

/// A series with the name its legend shows.
struct NamedLoss {
  std::string name;
  const LossSeries& series;
};

struct LossChartSpec : ChartSpec {
  LogScale log_y = LogScale::automatic;
  std::string quantity = "f";  ///< what the values are, for the y axis and notes
};

/// The loss chart: every series over steps 0..the longest, joined points,
/// min-to-max columns where steps outnumber pixels, a linear or log y axis,
/// gaps and a marked note where values are not finite, a legend when there
/// are several series. Lines of at most spec.width columns, spec.height lines.
std::string draw_loss_chart(const std::vector<NamedLoss>& series, const LossChartSpec& spec);

}  // namespace gd
