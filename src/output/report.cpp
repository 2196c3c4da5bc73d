#include "output/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/format.h"
#include "core/run.h"
#include "output/describe.h"

namespace gd {

std::string render_summary(const RunResult& run, const ReportInput& input, bool point,
                           const std::string& indent) {
  const DescentResult& descent = run.descent;
  const Snapshot& last = descent.last;
  const auto line = [&](const char* label, const std::string& text) {
    return fmt::format("{}{:<10} {}\n", indent, label, text);
  };
  std::string text = line("method", describe_method(run.spec.settings)) +
                     line("stopped", describe_stop(descent, input.settings, input.variables));
  text += line("steps", fmt::format("{}, {} evaluations of f, {}", last.step, run.evaluations,
                                    format_duration(run.seconds)));
  text += line("f", fmt::format("{} at the start, {} at the end", format_number(descent.first.f),
                                format_number(last.f)));
  std::string best = "no finite f";
  if (descent.best_step) {
    best = fmt::format("{} at step {}", format_number(descent.best_f), *descent.best_step);
    if (*descent.best_step != last.step) best += ", x = " + format_point(descent.best_x);
  }
  text += line("best", best);
  if (point) text += line("x", format_point(last.x));
  const std::string error = run.gradient_error
                                ? fmt::format("estimated error {:.2g}", *run.gradient_error)
                                : std::string("error not estimated");
  text += line("gradient", fmt::format("norm {}, {} ({})", format_number(last.grad_norm), error,
                                       describe_gradient(input.settings.gradient)));
  return text;
}

namespace {

/// Lines of cells, each column as wide as its widest cell, two spaces apart.
std::string table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths(rows[0].size(), 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
  std::string text;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c)
      line += c + 1 < row.size() ? fmt::format("{:<{}}  ", row[c], widths[c]) : row[c];
    text += line + "\n";
  }
  return text;
}

}  // namespace

std::string render_ranking(const ReportInput& input) {
  std::vector<const RunResult*> order;
  for (const auto& run : input.runs) order.push_back(&run);
  const auto key = [](const RunResult* run) {  // a run that did not diverge ends finite
    return run->descent.reason == StopReason::diverged ? HUGE_VAL : run->descent.last.f;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const RunResult* a, const RunResult* b) { return key(a) < key(b); });
  std::vector<std::vector<std::string>> rows{
      {"rank", "run", "optimizer", "lr", "final f", "best f", "best at", "met at", "stopped"}};
  for (std::size_t i = 0; i < order.size(); ++i) {
    const RunResult& run = *order[i];
    const DescentResult& d = run.descent;
    const bool met = met_criterion(d.reason);
    rows.push_back(
        {std::to_string(i + 1), std::to_string(run.spec.index),
         method_name(run.spec.settings.method), format_number(run.spec.settings.learning_rate),
         format_number(d.last.f), d.best_step ? format_number(d.best_f) : "-",
         d.best_step ? std::to_string(*d.best_step) : "-", met ? std::to_string(d.last_step) : "-",
         describe_stop(d, input.settings, input.variables)});
  }
  return table(rows);
}

std::string render_report(const ReportInput& input) {
  const RunResult& first_run = input.runs.front();
  const Snapshot& start = first_run.descent.first;
  std::string text =
      fmt::format("f({}) = {}\n", fmt::join(input.variables, ", "), input.expression);
  text += fmt::format("x = {}\nf(x) = {}\n", format_point(start.x), format_number(start.f));
  text += input.charts;
  if (input.runs.size() == 1) {
    const Snapshot& last = first_run.descent.last;
    text += fmt::format("x = {}\nf(x) = {}\n", format_point(last.x), format_number(last.f));
    return text + render_summary(first_run, input, false, "");
  }
  for (const auto& run : input.runs) {
    text += fmt::format("run {}\n", run.spec.index);
    text += render_summary(run, input, true, "  ");
  }
  return text + render_ranking(input);
}

}  // namespace gd
