#include "output/report.h"

#include <fmt/format.h>

#include "output/history.h"

namespace gd {

bool RunLog::on_row(const Row& row) {
  last_.step = row.step;
  last_.f = row.f;
  last_.x.assign(row.x.begin(), row.x.end());  // reuses its storage: no allocation per row
  last_.grad_norm = row.grad_norm;
  if (!started_) first_ = last_;
  started_ = true;
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
  if (seconds < 1.0) return fmt::format("{:.3f} ms", seconds * 1e3);
  return fmt::format("{:.2f} s", seconds);
}

std::string render_report(const ReportInput& input) {
  const Snapshot& first = input.log.first();
  const Snapshot& last = input.log.last();
  std::string text =
      fmt::format("f({}) = {}\n", fmt::join(input.variables, ", "), input.expression);
  text += fmt::format("x = {}\nf(x) = {}\n", format_point(first.x), format_number(first.f));
  text += input.graph;
  text += fmt::format("x = {}\nf(x) = {}\n", format_point(last.x), format_number(last.f));
  text += fmt::format("{} step{}, {} evaluations of f, gradient norm {}, {}\n", last.step,
                      last.step == 1 ? "" : "s", input.evaluations, format_number(last.grad_norm),
                      format_duration(input.seconds));
  return text;
}

}  // namespace gd
