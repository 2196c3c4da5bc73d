#pragma once

#include <string>
#include <vector>

namespace gd {

/// --log-y: a log scale on, off, or on when the data span over 3 decades.
enum class LogScale { automatic, on, off };

/// Maps data values onto [0, 1] along an axis, linearly or by log10.
struct Scale {
  double low = 0.0;   ///< the value at 0
  double high = 1.0;  ///< the value at 1; high > low (both > 0 when log)
  bool log = false;

  /// Where `v` falls: 0 at low, 1 at high, outside [0, 1] beyond them.
  double fraction(double v) const;
  /// The value at a fraction (the inverse of fraction).
  double value_at(double fraction) const;
};

/// [min, max] made drawable: within the doubles, and when the values are
/// (nearly) equal, an honest small range about their middle: kMinRelativeSpan
/// of their size (at least kMinSpan; [-1, 1] around zero). Flat data then
/// keep a line in the middle of a chart, with ticks that say how flat.
std::pair<double, double> drawable_range(double min, double max);
constexpr double kMinRelativeSpan = 1e-9;
constexpr double kMinSpan = 1e-300;
/// Half of high - low, computed so that it never overflows.
double half_span(double low, double high);

/// A linear scale over drawable_range(min, max).
Scale linear_scale(double min, double max);
/// A log scale over [min, max], 0 < min <= max, widened like linear_scale.
Scale log_scale(double min, double max);

/// A labelled tick at a value.
struct Tick {
  double value;
  std::string label;
};

/// Ticks at round values (1, 2 or 5 times a power of ten; on a log scale
/// decades, or a stride of them) for an axis of `slots` positions (rows or
/// columns) of `per_slot` pixels each: at least 3 when slots >= 3, each in
/// its own slot, about `wanted` of them. When no round values fit, fewer:
/// on a linear axis labels a whole number of decimal units apart; on a log
/// axis two or three 1-2-5 values at equal ratios (0.004 0.2 10); else the
/// roundest values of evenly spaced slots (on a log axis the end two).
/// Each set steps evenly, by equal ratios on a log axis; `whole` keeps only
/// whole numbers (steps).
/// `one_line` (an x axis, its labels side by side): a set is chosen only
/// when every label fits (labels_fit), so a coarser step is taken rather
/// than labels left out here and there. Labelled with tick_labels.
std::vector<Tick> axis_ticks(const Scale& scale, int slots, int per_slot, int wanted,
                             bool whole = false, bool one_line = false);

/// Where a label of `length` columns centred on `column` begins: its
/// middle (left of the middle when even) on the column.
int label_begin(int column, int length);
/// Whether labels centred on increasing `columns` each end a space before
/// the next begins, as an x axis writes them.
bool labels_fit(const std::vector<int>& columns, const std::vector<std::string>& labels);

/// The pixel (0 = at `low`, pixels - 1 at `high`) nearest to a value;
/// may lie outside [0, pixels) for values outside the scale.
double pixel_of(const Scale& scale, double value, int pixels);
/// The pixel of a value counted from the top, as a screen counts rows:
/// rounded before flipping, as slot_of rounds, so that a value lands in
/// the row that its tick label names.
double pixel_from_top(const Scale& scale, double value, int pixels);
/// The slot of `per_slot` pixels that holds a value's pixel, clamped.
int slot_of(const Scale& scale, double value, int slots, int per_slot);

/// How an axis writes its labels: all plain decimals (0.5, 1.0, 1.5), or
/// all scientific (5.0e+04, 1.0e+05) when a label would otherwise be long:
/// one of size kScientificFrom or more, or a nonzero one below
/// kScientificBelow. One notation per axis, so that 10000 never stands
/// beside 1e+06.
enum class Notation { plain, scientific };
constexpr double kScientificFrom = 1e5;
constexpr double kScientificBelow = 1e-4;
/// The notation of an axis with ticks at `values`; values within
/// `tolerance` of zero count as zero.
Notation notation_of(const std::vector<double>& values, double tolerance);

/// Labels for ticks at `values`, in their axis's notation, each within
/// `tolerance` of its value and distinct. On a linear axis all share the
/// same number of decimals (of the mantissa, when scientific), so that they
/// align; zero is "0" among scientific labels. A plain log axis gives each
/// label the decimals it needs (0.01, 0.1, 1, 10).
std::vector<std::string> tick_labels(const std::vector<double>& values, double tolerance, bool log);

}  // namespace gd
