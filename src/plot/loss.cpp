#include "plot/loss.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace gd {
namespace {

/// Folds bucket `b` (the later steps) into `a`.
void fold(LossSeries::Bucket& a, const LossSeries::Bucket& b) {
  if (b.finite) {
    if (!a.finite) {
      a.min = b.min, a.max = b.max, a.first = b.first;
    } else {
      a.min = std::min(a.min, b.min), a.max = std::max(a.max, b.max);
    }
    a.last = b.last;
    a.finite = true;
  }
  a.broken = a.broken || b.broken;
}

/// "f = nan at step 3", or "sgd:0.1: f = nan at step 3" for a named series.
std::string step_note(const std::string& who, const std::string& what, std::uint64_t step,
                      double value) {
  return fmt::format("{}{} = {:.7g} at step {}", who.empty() ? "" : who + ": ", what, value,
                     step);  // for people: 7 digits
}

/// Where a bucket's last value lands on the canvas, in pixels.
std::pair<double, double> pixel_of_last(const Canvas& canvas, const LossSeries::Bucket& b,
                                        const Scale& x, const Scale& y) {
  return {pixel_of(x, static_cast<double>(b.first_step), canvas.pixel_width()),
          pixel_from_top(y, b.last, canvas.pixel_height())};
}

/// Marks a few points along a series, so that series tell apart without
/// colour; staggered so that the series' markers do not collide.
void mark_along(Canvas& canvas, const LossSeries& s, std::size_t index, std::size_t count,
                const Scale& x, const Scale& y) {
  const SeriesLook look = series_look(index);
  const auto& buckets = s.buckets();
  if (buckets.empty()) return;
  for (int k = 0; k < 4; ++k) {
    const double share =
        (k + (static_cast<double>(index) + 1.0) / (static_cast<double>(count) + 1.0)) / 4.0;
    const auto& b =
        buckets[static_cast<std::size_t>(share * static_cast<double>(buckets.size() - 1))];
    if (!b.finite) continue;
    const auto [px, py] = pixel_of_last(canvas, b, x, y);
    canvas.mark(px, py, look.marker, look.color);
  }
}

/// Marks the last finite point of a series: where it ended.
void mark_end(Canvas& canvas, const LossSeries& s, std::size_t index, const Scale& x,
              const Scale& y) {
  const SeriesLook look = series_look(index);
  const auto& buckets = s.buckets();
  for (auto b = buckets.rbegin(); b != buckets.rend(); ++b)
    if (b->finite) {
      const auto [px, py] = pixel_of_last(canvas, *b, x, y);
      canvas.mark(px, py, look.marker, look.color);
      return;
    }
}

/// What the series say before drawing: the last step, the y scale, and
/// the notes under the chart (non-finite values, a log scale refused).
struct Overview {
  std::uint64_t last_step = 0;
  Scale y;
  std::vector<std::string> notes;
};

Overview overview_of(const std::vector<NamedLoss>& series, const LossChartSpec& spec) {
  Overview overview;
  std::optional<std::pair<double, double>> range;
  std::optional<std::pair<std::uint64_t, double>> non_positive;
  for (const auto& s : series) {
    if (s.series.count() > 0)
      overview.last_step = std::max(overview.last_step, s.series.count() - 1);
    if (auto r = s.series.range())
      range = range
                  ? std::pair{std::min(range->first, r->first), std::max(range->second, r->second)}
                  : *r;
    if (auto p = s.series.first_non_positive(); p && !non_positive) non_positive = p;
    if (auto bad = s.series.first_non_finite())
      overview.notes.push_back("! " + step_note(series.size() > 1 ? s.name : "", spec.quantity,
                                                bad->first, bad->second));
  }
  bool log = false;
  if (range && spec.log_y == LogScale::automatic)
    log = !non_positive && range->second / range->first > 1e3;
  if (range && spec.log_y == LogScale::on) {
    log = !non_positive;
    if (non_positive)
      overview.notes.push_back("log scale off: " + step_note("", spec.quantity, non_positive->first,
                                                             non_positive->second));
  }
  const auto [low, high] = range.value_or(std::pair{0.0, 0.0});
  overview.y = log ? log_scale(low, high) : linear_scale(low, high);
  return overview;
}

/// One series: each bucket a vertical min-to-max run at its first step,
/// joined to the next unless a non-finite value lies between; the first
/// non-finite value marked "!" at the top (or the bottom for -inf).
void draw_series(Canvas& canvas, const LossSeries& series, int color, const Scale& x,
                 const Scale& y) {
  const int pw = canvas.pixel_width(), ph = canvas.pixel_height();
  const auto px = [&](std::uint64_t step) { return pixel_of(x, static_cast<double>(step), pw); };
  const auto py = [&](double v) { return pixel_from_top(y, v, ph); };
  Pen pen(canvas, color);  // from the last value drawn to the next bucket's first
  for (const auto& b : series.buckets()) {
    if (!b.finite) {
      pen.lift();
      continue;
    }
    const double at = px(b.first_step);
    canvas.line(at, py(b.min), at, py(b.max), color);
    if (b.broken) pen.lift();
    pen.to(at, py(b.first));
    pen.move(at, py(b.last));
    if (b.broken) pen.lift();
  }
  if (auto bad = series.first_non_finite())
    canvas.mark(px(bad->first), bad->second == -HUGE_VAL ? ph - 1 : 0, "!", color);
}

}  // namespace

LossSeries::LossSeries(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 2)) {}

void LossSeries::merge_pairs() {
  std::vector<Bucket> merged;
  for (std::size_t i = 0; i < buckets_.size(); i += 2) {
    merged.push_back(buckets_[i]);
    if (i + 1 < buckets_.size()) fold(merged.back(), buckets_[i + 1]);
  }
  buckets_ = std::move(merged);
  width_ *= 2;
}

void LossSeries::add(double value) {
  const std::uint64_t step = count_++;
  if (step / width_ >= capacity_) merge_pairs();
  if (step / width_ == buckets_.size()) {
    buckets_.emplace_back();
    buckets_.back().first_step = step;
  }
  Bucket single;
  if (std::isfinite(value)) {
    single.min = single.max = single.first = single.last = value;
    single.finite = true;
    range_ = range_ ? std::pair{std::min(range_->first, value), std::max(range_->second, value)}
                    : std::pair{value, value};
    if (value <= 0 && !non_positive_) non_positive_ = {{step, value}};
  } else {
    single.broken = true;
    if (!non_finite_) non_finite_ = {{step, value}};
  }
  fold(buckets_.back(), single);
}

std::optional<std::pair<double, double>> LossSeries::range() const { return range_; }

std::string draw_loss_chart(const std::vector<NamedLoss>& series, const LossChartSpec& spec) {
  const Overview overview = overview_of(series, spec);
  const Charset charset = spec.style.charset;
  Decorations d;
  d.title = spec.title;
  if (series.size() > 1)
    for (std::size_t i = 0; i < series.size(); ++i)
      d.legend.push_back({series_look(i).marker, series_look(i).color, series[i].name});
  d.notes = overview.notes;
  const Scale x{0.0, static_cast<double>(std::max<std::uint64_t>(overview.last_step, 1)), false};
  const int label = static_cast<int>(fmt::format("{}", overview.last_step).size()) + 8;
  const Layout layout = lay_out(d, {x, "step", [label](int cols) { return cols / label; }, true},
                                {overview.y, spec.quantity + (overview.y.log ? " (log)" : ""),
                                 [](int rows) { return std::max(rows / 4, 3); }},
                                spec.width, spec.height, spec.style);

  Canvas canvas(layout.canvas_cols, layout.canvas_rows, charset);
  for (std::size_t i = 0; i < series.size(); ++i)
    draw_series(canvas, series[i].series, series_look(i).color, x, overview.y);
  // Markers after every line, and the ends after every marker along: a
  // later series' line cannot take a marker's colour, nor its marker
  // another's end. One series needs no marker: there is no legend.
  if (series.size() > 1) {
    for (std::size_t i = 0; i < series.size(); ++i)
      mark_along(canvas, series[i].series, i, series.size(), x, overview.y);
    for (std::size_t i = 0; i < series.size(); ++i)
      mark_end(canvas, series[i].series, i, x, overview.y);
  }
  return frame(canvas, d, layout, spec.width, spec.style);
}

}  // namespace gd
