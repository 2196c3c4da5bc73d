#include "output/report.h"

#include <fmt/format.h>

#include "output/history.h"

namespace gd {
bool RunLog::on_row(const Row& row) {
  Snapshot& target = rows_ == 0 ? first_ : last_;
  target.step = row.step;
  target.f = row.f;
  target.x.assign(row.x.begin(), row.x.end());
  target.grad_norm = row.grad_norm;
  if (rows_ == 0) last_ = first_;
  if (rows_ > 0) losses_.push_back(row.f);
  ++rows_;
  return true;
}

std::string format_point(const std::vector<double>& x) {
  std::string text = "[";
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (i > 0) text += ", ";
    text += format_number(x[i]);
  }
  return text + "]";
}

std::string format_duration(double seconds) {
  if (seconds < 1.0) return fmt::format("{:.3g} ms", seconds * 1e3);
  return fmt::format("{:.3g} s", seconds);
}

std::string render_report(const ReportInput& input) {
  const RunLog& log = *input.log;
  std::string text =
      fmt::format("f({}) = {}\n", fmt::join(input.variables, ", "), input.expression);
  text +=
      fmt::format("x = {}\nf(x) = {}\n", format_point(log.first().x), format_number(log.first().f));
  text += input.graph;
  text +=
      fmt::format("x = {}\nf(x) = {}\n", format_point(log.last().x), format_number(log.last().f));
  const std::uint64_t steps = log.last().step;
  text += fmt::format("{} step{}, {} evaluations of f, gradient norm {}, {}\n", steps,
                      steps == 1 ? "" : "s", input.evaluations, format_number(log.last().grad_norm),
                      format_duration(input.seconds));
  return text;
}

}  // namespace gd
