#include "plot/scale.h"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <set>
#include <sstream>

namespace gd {
namespace {

double read(const std::string& label) { return std::strtod(label.c_str(), nullptr); }

std::string fmt_case(const Scale& scale, int slots, int per_slot, bool one_line) {
  std::ostringstream text;
  text << scale.low << ".." << scale.high << " in " << slots << " x " << per_slot
       << (one_line ? " on one line" : "");
  return text.str();
}

TEST(Scale, LinearAndLogFractions) {
  const Scale linear{0, 25, false};
  EXPECT_DOUBLE_EQ(linear.fraction(5), 0.2);
  EXPECT_DOUBLE_EQ(linear.value_at(0.2), 5);
  const Scale log{1e-3, 10, true};
  EXPECT_DOUBLE_EQ(log.fraction(0.1), 0.5);
  EXPECT_NEAR(log.value_at(0.25), 1e-2, 1e-15);
  // Halving keeps the span of the largest doubles finite.
  const Scale huge{-1.7e308, 1.7e308, false};
  EXPECT_DOUBLE_EQ(huge.fraction(0), 0.5);
}

TEST(Scale, FlatDataGetAnHonestSmallRange) {
  const Scale flat = linear_scale(0.5, 0.5);
  EXPECT_LT(flat.low, 0.5);
  EXPECT_GT(flat.high, 0.5);
  EXPECT_NEAR(flat.high - flat.low, 0.5 * kMinRelativeSpan, 1e-15);
  EXPECT_DOUBLE_EQ(flat.fraction(0.5), 0.5);
  const Scale zero = linear_scale(0, 0);
  EXPECT_EQ(zero.low, -1);
  EXPECT_EQ(zero.high, 1);
  const Scale wide = linear_scale(1, 3);  // not flat: kept
  EXPECT_EQ(wide.low, 1);
  EXPECT_EQ(wide.high, 3);
  const Scale log = log_scale(7, 7);
  EXPECT_LT(log.low, 7);
  EXPECT_GT(log.high, 7);
}

using Labels = std::vector<std::string>;

/// The labels of ticks.
Labels labels_of(const std::vector<Tick>& ticks) {
  Labels labels;
  for (const auto& t : ticks) labels.push_back(t.label);
  return labels;
}

TEST(Scale, LinearLabelsShareOneNotationAndTheirDecimals) {
  EXPECT_EQ(tick_labels({0, 5, 10, 15, 20}, 1e-3, false), (Labels{"0", "5", "10", "15", "20"}));
  EXPECT_EQ(tick_labels({0, 0.5, 1, 1.5}, 1e-4, false), (Labels{"0.0", "0.5", "1.0", "1.5"}));
  EXPECT_EQ(tick_labels({0.1 + 0.2, 0.6}, 1e-6, false), (Labels{"0.3", "0.6"}));
  EXPECT_EQ(tick_labels({-0.0}, 1, false), Labels{"0"});
  EXPECT_EQ(tick_labels({-1e-17, 1}, 1e-3, false), (Labels{"0", "1"}));  // no "-0"
  // 10000 beside 1e+06, 1200000 beside 2e+05: never.
  EXPECT_EQ(tick_labels({0, 1e4, 1e6}, 1e-3, false), (Labels{"0", "1e+04", "1e+06"}));
  EXPECT_EQ(tick_labels({2e5, 1.2e6}, 1e-3, false), (Labels{"2.0e+05", "1.2e+06"}));
  EXPECT_EQ(tick_labels({0, 5e4, 1e5, 1.5e5}, 1, false),
            (Labels{"0", "5.0e+04", "1.0e+05", "1.5e+05"}));
  EXPECT_EQ(tick_labels({-2e-5, 0, 2e-5}, 1e-8, false), (Labels{"-2e-05", "0", "2e-05"}));
  // Enough digits to tell them apart.
  EXPECT_EQ(tick_labels({0.5, 0.5000000001}, 1e-12, false),
            (Labels{"0.5000000000", "0.5000000001"}));
}

TEST(Scale, TheNotationRule) {
  EXPECT_EQ(notation_of({0, 99999}, 1e-3), Notation::plain);
  EXPECT_EQ(notation_of({0, 1e5}, 1e-3), Notation::scientific);
  EXPECT_EQ(notation_of({-1e5, 0}, 1e-3), Notation::scientific);
  EXPECT_EQ(notation_of({1e-4, 2e-4}, 1e-9), Notation::plain);
  EXPECT_EQ(notation_of({5e-5, 1e-4}, 1e-9), Notation::scientific);
  EXPECT_EQ(notation_of({1e-17, 1}, 1e-3), Notation::plain);  // zero, give or take
}

TEST(Scale, LogLabelsAreAllScientificOrAllPlain) {
  EXPECT_EQ(tick_labels({0.01, 0.1, 1, 10}, 1e-11, true), (Labels{"0.01", "0.1", "1", "10"}));
  EXPECT_EQ(tick_labels({1e-10, 1e-5, 1}, 1e-19, true), (Labels{"1e-10", "1e-05", "1e+00"}));
  EXPECT_EQ(tick_labels({1e-6, 1e-4, 1e-2, 1, 1e2}, 1e-15, true),
            (Labels{"1e-06", "1e-04", "1e-02", "1e+00", "1e+02"}));
}

/// Equal steps between ticks: in value, or in decades on a log scale.
void expect_even(const Scale& scale, const std::vector<Tick>& ticks) {
  ASSERT_GE(ticks.size(), 2u);
  const auto at = [&](std::size_t i) {
    return scale.log ? std::log10(ticks[i].value) : ticks[i].value;
  };
  const double step = at(1) - at(0);
  for (std::size_t i = 2; i < ticks.size(); ++i)
    EXPECT_NEAR(at(i) - at(i - 1), step, std::abs(step) * 1e-9) << ticks[i].label;
}

TEST(Scale, AStepsAxisUpToAMillionIsScientificAndEven) {
  const Scale steps{0, 1e6, false};
  const auto ticks = axis_ticks(steps, 60, 2, 6, true);
  EXPECT_EQ(labels_of(ticks), (Labels{"0", "2e+05", "4e+05", "6e+05", "8e+05", "1e+06"}));
  expect_even(steps, ticks);
  const Scale few{0, 3, false};  // whole steps only, labelled as such
  EXPECT_EQ(labels_of(axis_ticks(few, 60, 2, 8, true)), (Labels{"0", "1", "2", "3"}));
  const Scale mixed{0, 1.2e6, false};
  for (const auto& t : axis_ticks(mixed, 60, 2, 8, true))  // no 1200000 beside 2e+05
    EXPECT_TRUE(t.label == "0" || t.label.find('e') != std::string::npos) << t.label;
}

TEST(Scale, TicksAreEvenlySpaced) {
  const Scale cases[] = {{0.0033, 25, false}, {-3.7, 12.1, false}, {1e-9, 1e3, true},
                         {2e-7, 5e4, true},   {0, 123456, false},  {1e-300, 1e300, true}};
  for (const Scale& scale : cases)
    for (int slots : {12, 40}) {  // room for round values: see NoRoundValuesFit for less
      const auto ticks = axis_ticks(scale, slots, 2, slots / 3);
      expect_even(scale, ticks);
      for (const auto& t : ticks) {
        const bool scientific = t.label.find('e') != std::string::npos;
        EXPECT_TRUE(t.label == "0" ||
                    scientific == (ticks.back().label.find('e') != std::string::npos))
            << t.label << " beside " << ticks.back().label;
      }
    }
}

/// Ticks in increasing order with increasing labels, in distinct slots.
void expect_ordered(const Scale& scale, const std::vector<Tick>& ticks, int slots, int per_slot) {
  std::set<int> used;
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    EXPECT_TRUE(used.insert(slot_of(scale, ticks[i].value, slots, per_slot)).second)
        << ticks[i].label;
    EXPECT_GE(ticks[i].value, scale.low);
    EXPECT_LE(ticks[i].value, scale.high);
    if (i > 0) {
      EXPECT_GT(ticks[i].value, ticks[i - 1].value);
      EXPECT_GT(read(ticks[i].label), read(ticks[i - 1].label))
          << ticks[i - 1].label << " then " << ticks[i].label;
    }
  }
}

/// The labels read as numbers step evenly: what a reader takes the axis to
/// say. Needs the labels' values, not the ticks': "1.0 0.8 0.7" fails.
void expect_even_labels(const std::vector<Tick>& ticks) {
  if (ticks.size() < 3) return;  // two are always even
  const double step = read(ticks[1].label) - read(ticks[0].label);
  for (std::size_t i = 2; i < ticks.size(); ++i)
    EXPECT_NEAR(read(ticks[i].label) - read(ticks[i - 1].label), step, std::abs(step) * 1e-6)
        << ticks[i - 1].label << " then " << ticks[i].label;
}

/// The columns of ticks along `slots`.
std::vector<int> columns_of(const Scale& scale, const std::vector<Tick>& ticks, int slots,
                            int per_slot) {
  std::vector<int> columns;
  for (const auto& t : ticks) columns.push_back(slot_of(scale, t.value, slots, per_slot));
  return columns;
}

TEST(Scale, XLabelsThatWouldCollideGetACoarserStep) {
  // The x3 axis of a path chart: 0.2 apart is under five columns, too close
  // for "-0.2 0.0": a coarser step, every label shown, 0.0 among them.
  const Scale x{-0.3, 3.12, false};
  const auto ticks = axis_ticks(x, 74, 2, 8, false, true);
  EXPECT_EQ(labels_of(ticks), (Labels{"0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"}));
  EXPECT_TRUE(labels_fit(columns_of(x, ticks, 74, 2), labels_of(ticks)));
  // Stacked (a y axis), labels never collide: the finer step stays, and
  // written on one line its labels would collide.
  const auto stacked = axis_ticks(x, 74, 2, 8);
  EXPECT_EQ(stacked.size(), 17u);
  EXPECT_FALSE(labels_fit(columns_of(x, stacked, 74, 2), labels_of(stacked)));
}

TEST(Scale, LabelsFitOneSpaceApart) {
  EXPECT_EQ(label_begin(10, 3), 9);
  EXPECT_EQ(label_begin(10, 4), 9);  // left of the middle
  EXPECT_TRUE(labels_fit({2, 6}, {"0.0", "0.2"}));
  EXPECT_FALSE(labels_fit({2, 5}, {"0.0", "0.2"}));  // no space between
  EXPECT_FALSE(labels_fit({2, 6}, {"-0.2", "0.0"}));
}

TEST(Scale, AShortAxisKeepsItsLabelsEven) {
  // f from 1 down to 0.667 in three rows of four pixels: round values in
  // evenly spaced rows were 1.0, 0.8, 0.7; now every label is exact in its
  // row and the labels step evenly.
  const Scale y{0.667, 1.0, false};
  const auto ticks = axis_ticks(y, 3, 4, 3);
  ASSERT_EQ(ticks.size(), 3u);
  expect_even_labels(ticks);
  for (const auto& t : ticks)
    EXPECT_EQ(slot_of(y, read(t.label), 3, 4), slot_of(y, t.value, 3, 4)) << t.label;
  expect_ordered(y, ticks, 3, 4);
}

TEST(Scale, LinearLabelsStepEvenlyOnEveryAxis) {
  const Scale cases[] = {{0.667, 1.0, false},       {0.6, 1.06, false},   {-0.32, 3.12, false},
                         {0.0037, 24.2, false},     {-7.3, -2.1, false},  {1e5, 1.7e5, false},
                         {0.5, 0.5000004, false},   {-1e-5, 3e-5, false}, {0, 1, false},
                         {-1.7e308, 1.7e308, false}};
  for (const Scale& scale : cases)
    for (int slots : {3, 4, 5, 6, 8, 12, 20, 40})
      for (int per_slot : {1, 2, 4})
        for (bool one_line : {false, true}) {
          SCOPED_TRACE(fmt_case(scale, slots, per_slot, one_line));
          const auto ticks = axis_ticks(scale, slots, per_slot, slots / 4, false, one_line);
          EXPECT_GE(ticks.size(), 2u);
          expect_even_labels(ticks);
          expect_ordered(scale, ticks, slots, per_slot);
        }
}

/// Each label, read as a number, lands in its tick's slot: the row it
/// stands beside is the row of the value it names.
void expect_labels_in_their_slots(const Scale& scale, const std::vector<Tick>& ticks, int slots,
                                  int per_slot) {
  for (const auto& t : ticks)
    EXPECT_EQ(slot_of(scale, read(t.label), slots, per_slot),
              slot_of(scale, t.value, slots, per_slot))
        << t.label;
}

/// The labels read as numbers step by equal ratios, as a log axis says.
void expect_equal_ratios(const std::vector<Tick>& ticks) {
  if (ticks.size() < 3) return;  // two are always even
  const double ratio = read(ticks[1].label) / read(ticks[0].label);
  for (std::size_t i = 2; i < ticks.size(); ++i)
    EXPECT_NEAR(read(ticks[i].label) / read(ticks[i - 1].label), ratio, ratio * 1e-6)
        << ticks[i - 1].label << " then " << ticks[i].label;
}

TEST(Scale, NoDecadesFitThenFewerTicksAtEqualRatios) {
  // Three rows of four pixels for 3.8 decades: no stride of decades gives
  // three. The roundest values of evenly spaced rows were 0.02 0.4 10 (x20,
  // then x25); now 1-2-5 values a ratio of 50 apart, each exact in its row.
  const Scale scale{0.0037, 24.2, true};
  const auto ticks = axis_ticks(scale, 3, 4, 3);
  EXPECT_EQ(labels_of(ticks), (Labels{"0.004", "0.2", "10"}));
  expect_ordered(scale, ticks, 3, 4);
  expect_labels_in_their_slots(scale, ticks, 3, 4);
  // Under a decade: not 2 3 4 5 6 7 8 9 (x1.5, then x1.33...), but x2.
  const Scale short_span{2, 9, true};
  EXPECT_EQ(labels_of(axis_ticks(short_span, 20, 4, 5)), (Labels{"2", "4", "8"}));
  // Flat, with no two round values in it: the end rows' two.
  const Scale flat = log_scale(3, 3);
  const auto two = axis_ticks(flat, 10, 4, 3);
  EXPECT_EQ(two.size(), 2u);
  expect_ordered(flat, two, 10, 4);
}

TEST(Scale, LogLabelsStepByEqualRatiosOnEveryAxis) {
  const Scale cases[] = {{0.0037, 24.2, true}, {0.0033, 25, true},    {2, 9, true},
                         {0.5, 1.7, true},     {15, 900, true},       {3.7e-5, 0.21, true},
                         {1, 1e5, true},       {7e-3, 7e4, true},     {1e-9, 1e3, true},
                         {2e-7, 5e4, true},    {1e-300, 1e300, true}, log_scale(3, 3)};
  for (const Scale& scale : cases)
    for (int slots : {3, 4, 5, 6, 8, 12, 20, 40})
      for (int per_slot : {1, 2, 4})
        for (bool one_line : {false, true}) {
          SCOPED_TRACE(fmt_case(scale, slots, per_slot, one_line));
          const auto ticks = axis_ticks(scale, slots, per_slot, slots / 4, false, one_line);
          EXPECT_GE(ticks.size(), 2u);
          expect_equal_ratios(ticks);
          expect_ordered(scale, ticks, slots, per_slot);
          expect_labels_in_their_slots(scale, ticks, slots, per_slot);
        }
}

TEST(Scale, LinearTicksAreRound) {
  const Scale scale{0.0033, 25, false};
  const auto ticks = axis_ticks(scale, 20, 4, 5);
  std::vector<std::string> labels;
  for (const auto& t : ticks) labels.push_back(t.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"5", "10", "15", "20", "25"}));
  expect_ordered(scale, ticks, 20, 4);
}

TEST(Scale, LogTicksAreDecades) {
  const Scale scale{0.0033, 25, true};
  const auto ticks = axis_ticks(scale, 20, 4, 4);
  std::vector<std::string> labels;
  for (const auto& t : ticks) labels.push_back(t.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"0.01", "0.1", "1", "10"}));
  expect_ordered(scale, ticks, 20, 4);
}

TEST(Scale, AtLeastThreeTicksInEveryCase) {
  const Scale cases[] = {{0.0033, 25, false},
                         {0.0033, 25, true},
                         {-1, 1, false},
                         {1e-300, 1e300, true},
                         {1e-300, 1e300, false},
                         {2, 9, true},
                         linear_scale(0.5, 0.5),
                         linear_scale(1e300, 1e300),
                         linear_scale(-7e-8, -7e-8),
                         {-1.7e308, 1.7e308, false},
                         log_scale(3, 3),
                         {0, 1, false}};
  for (const Scale& scale : cases)
    for (int slots : {3, 4, 5, 7, 20, 97})
      for (int per_slot : {1, 2, 3, 4}) {
        const auto ticks = axis_ticks(scale, slots, per_slot, slots / 4);
        // A log axis may take two rather than step by unequal ratios.
        EXPECT_GE(ticks.size(), scale.log ? 2u : 3u)
            << scale.low << ".." << scale.high << " in " << slots;
        expect_ordered(scale, ticks, slots, per_slot);
      }
}

TEST(Scale, NarrowAndHugeRangesEndQuickly) {
  // Round multiples of a step this small are beyond 2^53: counting them in
  // doubles would never end (k + 1 == k).
  const Scale narrow{1, 1 + 0x1p-52, false};
  EXPECT_LE(axis_ticks(narrow, 10, 4, 3).size(), 3u);
  const Scale widened = linear_scale(1, 1 + 0x1p-52);
  EXPECT_GE(widened.high - widened.low, 1e-9 * 0.99);
  EXPECT_GE(axis_ticks(widened, 10, 4, 3).size(), 3u);
  EXPECT_TRUE(axis_ticks({-HUGE_VAL, 1, false}, 10, 4, 3).empty());
  EXPECT_TRUE(axis_ticks({std::nan(""), 1, false}, 10, 4, 3).empty());
}

TEST(Scale, DrawableRanges) {
  EXPECT_EQ(drawable_range(-HUGE_VAL, HUGE_VAL), (std::pair{-DBL_MAX, DBL_MAX}));
  const auto top = drawable_range(DBL_MAX, DBL_MAX);  // widened, within the doubles
  EXPECT_LT(top.first, DBL_MAX);
  EXPECT_EQ(top.second, DBL_MAX);
  const auto tiny = drawable_range(4e-320, 4e-320);  // subnormal: kMinSpan
  EXPECT_NEAR(tiny.second - tiny.first, kMinSpan, 1e-310);
  EXPECT_EQ(drawable_range(2, 3), (std::pair{2.0, 3.0}));
  EXPECT_EQ(half_span(-DBL_MAX, DBL_MAX), DBL_MAX);
}

TEST(Scale, FlatTicksTellTheirValuesApart) {
  const Scale flat = linear_scale(0.003323069989452288, 0.003323069989452288);
  const auto ticks = axis_ticks(flat, 10, 4, 3);
  ASSERT_GE(ticks.size(), 3u);
  for (const auto& t : ticks) EXPECT_NEAR(read(t.label), 0.003323069989452288, 1e-11) << t.label;
  expect_ordered(flat, ticks, 10, 4);
}

}  // namespace
}  // namespace gd
