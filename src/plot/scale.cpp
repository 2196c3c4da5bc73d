#include "plot/scale.h"

#include <fmt/format.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <set>

namespace gd {
namespace {

/// (v - a) / (b - a), halving first so that b - a cannot overflow.
double between(double v, double a, double b) { return (v / 2 - a / 2) / (b / 2 - a / 2); }

/// Round tick values k * step within [low, high]; none when there would be
/// over 1000, or k is too large to count in a double.
std::vector<double> multiples(double low, double high, double step) {
  std::vector<double> values;
  const double first = std::ceil(low / step), last = std::floor(high / step);
  if (!(last - first < 1000) || !(std::abs(first) < 0x1p52 && std::abs(last) < 0x1p52))
    return values;  // also catches nan
  for (int i = 0; i <= static_cast<int>(last - first); ++i) {
    const double v = (first + i) * step;
    if (v >= low && v <= high) values.push_back(v);  // rounding aside
  }
  return values;
}

/// Candidate tick sets, sparse to dense, with the tolerance of their labels.
struct Candidate {
  std::vector<double> values;
  double tolerance;
};

std::vector<Candidate> linear_candidates(double low, double high, bool whole) {
  std::vector<Candidate> sets;
  const double span = half_span(low, high);
  if (!(span > 0) || !std::isfinite(span)) return sets;
  const int top = static_cast<int>(std::ceil(std::log10(span))) + 1;
  for (int power = top; power > top - 6; --power)
    for (double mantissa : {5.0, 2.0, 1.0}) {
      const double step = mantissa * std::pow(10.0, power - 1);
      if (!std::isfinite(step) || step == 0.0 || (whole && step < 1)) continue;
      sets.push_back({multiples(low, high, step), step * 1e-3});
    }
  return sets;
}

/// On a log scale: every `stride`-th decade, so that the ticks step by
/// equal ratios.
std::vector<Candidate> log_candidates(double low, double high) {
  std::vector<Candidate> sets;
  const double a = std::log10(low), b = std::log10(high);
  for (int stride : {500, 200, 100, 50, 20, 10, 5, 4, 3, 2, 1}) {
    Candidate set{{}, 0.0};
    for (double k = std::ceil(a / stride) * stride; k <= b; k += stride)
      set.values.push_back(std::pow(10.0, k));
    if (!set.values.empty()) set.tolerance = set.values.front() * 1e-9;  // of the smallest
    sets.push_back(set);
  }
  return sets;
}

/// Whether a set's ticks each take their own slot and, on `one_line`, leave
/// every label room beside its neighbours.
bool fits(const Candidate& set, const Scale& scale, int slots, int per_slot, bool one_line) {
  std::set<int> used;
  std::vector<int> columns;
  for (double v : set.values) {
    columns.push_back(slot_of(scale, v, slots, per_slot));
    if (!used.insert(columns.back()).second) return false;
  }
  return !one_line || labels_fit(columns, tick_labels(set.values, set.tolerance, scale.log));
}

/// The first set, sparse to dense, with `wanted` ticks that fit; failing
/// that the densest such set with at least `least`; or nothing.
const Candidate* pick(const std::vector<Candidate>& sets, const Scale& scale, int slots,
                      int per_slot, std::size_t least, std::size_t wanted, bool one_line) {
  const Candidate* chosen = nullptr;
  for (const auto& set : sets) {
    if (set.values.size() < least || set.values.size() > static_cast<std::size_t>(slots) ||
        !fits(set, scale, slots, per_slot, one_line))
      continue;
    if (!chosen || set.values.size() > chosen->values.size()) chosen = &set;
    if (set.values.size() >= wanted) break;
  }
  return chosen;
}

/// When no round set fits a linear axis: `count` ticks at whole multiples
/// of a decimal unit, the step a whole number of units, so that values and
/// labels alike step evenly, centred in the range. Units run coarse to fine
/// (0.7 0.8 0.9 before 0.73 0.85 0.97): the first set that fits is taken.
/// A whole axis stops at a unit of 1. Rounder values in uneven slots
/// (1.0 0.8 0.7) would tell the reader a wrong step.
std::optional<Candidate> even_units(const Scale& scale, int slots, int per_slot, int count,
                                    bool whole, bool one_line) {
  const int top = static_cast<int>(std::ceil(std::log10(half_span(scale.low, scale.high)))) + 1;
  for (int power = top; power > top - 20; --power) {
    const double unit = std::pow(10.0, power);
    if (!std::isfinite(unit)) continue;  // beyond the doubles: finer
    if (unit == 0.0 || (whole && unit < 1)) break;
    const double first = std::ceil(scale.low / unit), last = std::floor(scale.high / unit);
    if (!(std::abs(first) < 0x1p52 && std::abs(last) < 0x1p52)) break;  // finer: not countable
    const double m = std::floor((last - first) / (count - 1));
    if (!(m >= 1)) continue;
    const double from = first + std::floor((last - first - m * (count - 1)) / 2);
    Candidate set{{}, unit * 1e-3};
    for (int i = 0; i < count; ++i) set.values.push_back((from + i * m) * unit);
    const bool inside = set.values.front() >= scale.low && set.values.back() <= scale.high;
    if (inside && fits(set, scale, slots, per_slot, one_line)) return set;
  }
  return std::nullopt;
}

/// The least 1-2-5 value (1, 2 or 5 times a power of ten) at or above `v`,
/// or with `up` false the greatest at or below it. Neighbouring decades
/// too, as log10 may round across a power of ten.
double round_125(double v, bool up) {
  const double k = std::floor(std::log10(v));
  double best = up ? HUGE_VAL : 0.0;
  for (double d : {-1.0, 0.0, 1.0})
    for (double m : {1.0, 2.0, 5.0}) {
      const double r = m * std::pow(10.0, k + d);
      if (up ? r >= v && r < best : r <= v && r > best) best = r;
    }
  return best;
}

/// Whether a set lies within the scale and fits its slots.
bool fits_within(const Candidate& set, const Scale& scale, int slots, int per_slot, bool one_line) {
  return !set.values.empty() && set.values.front() >= scale.low &&
         set.values.back() <= scale.high && fits(set, scale, slots, per_slot, one_line);
}

/// The set {v / ratio, v, v * ratio} that fits, v `mantissa` times a
/// decade, nearest the middle of the scale.
std::optional<Candidate> about(double mantissa, double ratio, const Scale& scale, int slots,
                               int per_slot, bool one_line) {
  const double a = std::log10(scale.low), b = std::log10(scale.high), middle = (a + b) / 2;
  std::optional<Candidate> best;
  const double reach = std::log10(ratio);  // v / ratio >= low, v * ratio <= high
  for (double c = std::floor(a + reach) - 1; c <= b - reach; ++c) {
    const double v = mantissa * std::pow(10.0, c);
    Candidate set{{v / ratio, v, v * ratio}, v / ratio * 1e-9};
    const bool nearer =
        !best || std::abs(std::log10(v) - middle) < std::abs(std::log10(best->values[1]) - middle);
    if (nearer && fits_within(set, scale, slots, per_slot, one_line)) best = set;
  }
  return best;
}

constexpr double kRatioPowers = 12;

/// Three ticks at equal ratios when no decade stride fits a log axis: a
/// round value and a 1-2-5 ratio either side (0.005 0.1 2, or 2 4 8), each
/// exact in its own slot. The largest ratio that fits, so that the ticks
/// lie as far apart as they go; then the roundest middle, a decade first.
std::optional<Candidate> three_at_equal_ratios(const Scale& scale, int slots, int per_slot,
                                               bool one_line) {
  // The largest ratios only: on an axis of hundreds of decades, a ratio
  // kRatioPowers powers of ten below the widest leaves little of it bare,
  // and trying every smaller one takes seconds.
  const double span = std::log10(scale.high) - std::log10(scale.low), widest = std::floor(span / 2);
  for (double power = widest; power >= std::max(0.0, widest - kRatioPowers); --power)
    for (double m : {5.0, 2.0, 1.0}) {
      const double ratio = m * std::pow(10.0, power);
      if (!(ratio > 1) || !std::isfinite(ratio)) continue;
      for (double mantissa : {1, 2, 5, 3, 4, 6, 7, 8, 9})
        if (auto set = about(mantissa, ratio, scale, slots, per_slot, one_line)) return set;
    }
  return std::nullopt;
}

/// Two ticks, whose one ratio is always even: the farthest decades in the
/// range, else the farthest 1-2-5 values, when they fit.
std::optional<Candidate> two_apart(const Scale& scale, int slots, int per_slot, bool one_line) {
  const double first = std::ceil(std::log10(scale.low)), last = std::floor(std::log10(scale.high));
  const double decades[] = {std::pow(10.0, first), std::pow(10.0, last)};
  const double round[] = {round_125(scale.low, true), round_125(scale.high, false)};
  for (const double* ends : {decades, round}) {
    const Candidate set{{ends[0], ends[1]}, ends[0] * 1e-9};
    if (ends[0] < ends[1] && fits_within(set, scale, slots, per_slot, one_line)) return set;
  }
  return std::nullopt;
}

/// The value with the fewest significant digits in a slot, when no round
/// set fits: a tick there reads "20" rather than "19.37".
double roundest_in_slot(const Scale& scale, int slot, int slots, int per_slot) {
  const int pixels = slots * per_slot;
  const int pixel = std::min(slot * per_slot + per_slot / 2, pixels - 1);
  const double middle = scale.value_at(pixels == 1 ? 0.0 : pixel / (pixels - 1.0));
  const auto fits = [&](double v) {
    return v >= scale.low && v <= scale.high && slot_of(scale, v, slots, per_slot) == slot;
  };
  if (!scale.log && fits(0.0)) return 0.0;
  for (int digits = 1; digits <= 17; ++digits) {
    const double v = std::strtod(fmt::format("{:.{}g}", middle, digits).c_str(), nullptr);
    if (fits(v)) return v;
  }
  return middle;
}

}  // namespace

double Scale::fraction(double v) const {
  if (log) return between(std::log10(v), std::log10(low), std::log10(high));
  return between(v, low, high);
}

double Scale::value_at(double f) const {
  const double v = log ? std::pow(10.0, std::log10(low) + f * (std::log10(high) - std::log10(low)))
                       : (low / 2 + f * (high / 2 - low / 2)) * 2;  // halves: no overflow
  return f >= 0 && f <= 1 ? std::clamp(v, low, high) : v;           // rounding aside
}

double half_span(double low, double high) { return high / 2 - low / 2; }

std::pair<double, double> drawable_range(double min, double max) {
  min = std::clamp(min, -DBL_MAX, DBL_MAX), max = std::clamp(max, -DBL_MAX, DBL_MAX);
  const double size = std::max(std::abs(min), std::abs(max));
  const double least = size == 0.0 ? 2.0 : std::max(size * kMinRelativeSpan, kMinSpan);
  if (half_span(min, max) >= least / 2) return {min, max};
  const double middle = min / 2 + max / 2;
  return {std::max(middle - least / 2, -DBL_MAX), std::min(middle + least / 2, DBL_MAX)};
}

Scale linear_scale(double min, double max) {
  const auto [low, high] = drawable_range(min, max);
  return {low, high, false};
}

Scale log_scale(double min, double max) {
  const double a = std::log10(min), b = std::log10(max);
  const double least = std::max(std::abs(a), std::abs(b)) * kMinRelativeSpan;
  if (b - a >= least && b - a > 0) return {min, max, true};
  const double pad = std::max(least, 1e-12);  // a few ulps of a log
  return {std::pow(10.0, a - pad), std::pow(10.0, b + pad), true};
}

double pixel_of(const Scale& scale, double value, int pixels) {
  return scale.fraction(value) * (pixels - 1);
}

double pixel_from_top(const Scale& scale, double value, int pixels) {
  return pixels - 1 - std::round(pixel_of(scale, value, pixels));
}

int slot_of(const Scale& scale, double value, int slots, int per_slot) {
  const double pixel = std::round(pixel_of(scale, value, slots * per_slot));
  const double slot = std::floor(pixel / per_slot);
  if (!(slot >= 0)) return 0;  // also nan
  return static_cast<int>(std::min(slot, static_cast<double>(slots - 1)));
}

Notation notation_of(const std::vector<double>& values, double tolerance) {
  for (double v : values) {
    const double size = std::abs(v);
    if (size >= kScientificFrom || (size > tolerance && size < kScientificBelow))
      return Notation::scientific;
  }
  return Notation::plain;
}

namespace {

/// One value with `digits` decimals: of the number itself (plain) or of
/// its mantissa (scientific, where zero is plain "0"). Never "-0".
std::string with_digits(double value, Notation notation, int digits) {
  if (notation == Notation::scientific && value == 0.0) return "0";
  std::string label = notation == Notation::plain ? fmt::format("{:.{}f}", value, digits)
                                                  : fmt::format("{:.{}e}", value, digits);
  if (label[0] == '-' && std::strtod(label.c_str(), nullptr) == 0.0) label.erase(0, 1);
  return label;
}

/// Labels sharing the fewest digits that tell the values apart and stay
/// within `tolerance` of each.
std::vector<std::string> shared_digits(const std::vector<double>& values, double tolerance,
                                       Notation notation) {
  std::vector<std::string> labels(values.size());
  for (int digits = 0; digits <= 30; ++digits) {
    std::set<std::string> seen;
    bool fits = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
      labels[i] = with_digits(values[i], notation, digits);
      const double back = std::strtod(labels[i].c_str(), nullptr);
      fits = fits && seen.insert(labels[i]).second && std::abs(back - values[i]) <= tolerance;
    }
    if (fits) break;
  }
  return labels;
}

}  // namespace

std::vector<std::string> tick_labels(const std::vector<double>& values, double tolerance,
                                     bool log) {
  const Notation notation = notation_of(values, tolerance);
  if (!log || notation == Notation::scientific) return shared_digits(values, tolerance, notation);
  // Plain decades read best with the digits each needs: 0.01, 0.1, 1, 10.
  std::vector<std::string> labels;
  for (double v : values) labels.push_back(shared_digits({v}, tolerance, notation)[0]);
  return labels;
}

namespace {

/// Ticks at the roundest values of `count` evenly spaced slots, when
/// nothing else fits: a log axis without two 1-2-5 values in distinct
/// slots (a flat one), or a linear axis too narrow for any even set.
Candidate roundest_slots(const Scale& scale, int slots, int per_slot, int count) {
  Candidate set{{}, 0.0};
  for (int i = 0; i < count; ++i) {
    const int slot =
        count == 1 ? 0 : static_cast<int>(std::lround(i * (slots - 1.0) / (count - 1)));
    set.values.push_back(roundest_in_slot(scale, slot, slots, per_slot));
  }
  const int pixels = slots * per_slot;
  set.tolerance = std::abs(scale.value_at(0.25 / pixels) - scale.value_at(0.0));
  return set;
}

/// The ticks when no round set fits. On a linear axis even units, as many
/// as fit down to two; when no labels fit on one line, even units all the
/// same (the frame leaves out labels that collide). On a log axis fewer
/// ticks at equal ratios: the roundest values in evenly spaced slots
/// would step unevenly (10 0.4 0.02: x25, then x20). Failing those, the
/// roundest values in evenly spaced slots; on a log axis only the end
/// two, whose one ratio is even.
Candidate fallback(const Scale& scale, int slots, int per_slot, int least, bool whole,
                   bool one_line) {
  if (scale.log) {
    if (least >= 3)
      if (auto set = three_at_equal_ratios(scale, slots, per_slot, one_line)) return *set;
    if (least >= 2)
      if (auto set = two_apart(scale, slots, per_slot, one_line)) return *set;
    return roundest_slots(scale, slots, per_slot, std::min(least, 2));
  }
  for (bool room : {one_line, false})
    for (int count = least; count >= 2; --count)
      if (auto set = even_units(scale, slots, per_slot, count, whole, room)) return *set;
  return roundest_slots(scale, slots, per_slot, least);
}

}  // namespace

std::vector<Tick> axis_ticks(const Scale& scale, int slots, int per_slot, int wanted, bool whole,
                             bool one_line) {
  if (!std::isfinite(scale.low) || !std::isfinite(scale.high) || !(scale.low < scale.high))
    return {};
  const std::size_t least = slots >= 3 ? 3 : static_cast<std::size_t>(std::max(slots, 1));
  const std::size_t enough = std::max(static_cast<std::size_t>(std::max(wanted, 1)), least);
  const auto choose = [&](const std::vector<Candidate>& sets) {
    return pick(sets, scale, slots, per_slot, least, enough, one_line);
  };
  // A log axis takes decades only: other round sets (1 2 5 10, or 5 10 15)
  // step by unequal ratios.
  const auto sets = scale.log ? log_candidates(scale.low, scale.high)
                              : linear_candidates(scale.low, scale.high, whole);
  const Candidate* chosen = choose(sets);
  const Candidate last_resort =
      chosen ? Candidate{}
             : fallback(scale, slots, per_slot, static_cast<int>(least), whole, one_line);
  std::vector<double> values = chosen ? chosen->values : last_resort.values;
  const double tolerance = chosen ? chosen->tolerance : last_resort.tolerance;
  if (whole)  // before labelling: "1", not "1.0" beside a 0.5 left out
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return v != std::floor(v); }),
        values.end());
  const auto labels = tick_labels(values, tolerance, scale.log);
  std::vector<Tick> ticks;
  for (std::size_t i = 0; i < values.size(); ++i) ticks.push_back({values[i], labels[i]});
  return ticks;
}

int label_begin(int column, int length) { return column - (length - 1) / 2; }

bool labels_fit(const std::vector<int>& columns, const std::vector<std::string>& labels) {
  for (std::size_t i = 1; i < columns.size(); ++i) {
    const int end = label_begin(columns[i - 1], static_cast<int>(labels[i - 1].size())) +
                    static_cast<int>(labels[i - 1].size());
    if (label_begin(columns[i], static_cast<int>(labels[i].size())) < end + 1) return false;
  }
  return true;
}

}  // namespace gd
