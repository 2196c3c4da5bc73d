#include "output/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "output/history.h"

namespace gd {

bool RunLog::on_row(const Row& row) {
  last_.keep(row);
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

std::string render_summary(const RunReport& run, bool point, const std::string& indent) {
  const Snapshot& first = run.log->first();
  const Snapshot& last = run.log->last();
  const auto line = [&](const char* label, const std::string& text) {
    return fmt::format("{}{:<10} {}\n", indent, label, text);
  };
  std::string text = line("method", run.method) + line("stopped", run.stop);
  text += line("steps", fmt::format("{}, {} evaluations of f, {}", last.step, run.evaluations,
                                    format_duration(run.seconds)));
  text += line("f", fmt::format("{} at the start, {} at the end", format_number(first.f),
                                format_number(last.f)));
  std::string best = "no finite f";
  if (run.result.best_step) {
    best = fmt::format("{} at step {}", format_number(run.result.best_f), *run.result.best_step);
    if (*run.result.best_step != last.step) best += ", x = " + format_point(run.result.best_x);
  }
  text += line("best", best);
  if (point) text += line("x", format_point(last.x));
  const std::string error = run.gradient_error
                                ? fmt::format("estimated error {:.2g}", *run.gradient_error)
                                : std::string("error not estimated");
  text += line("gradient",
               fmt::format("norm {}, {} ({})", format_number(last.grad_norm), error, run.gradient));
  return text;
}

std::string render_ranking(const std::vector<RunReport>& runs) {
  std::vector<const RunReport*> order;
  for (const auto& run : runs) order.push_back(&run);
  const auto key = [](const RunReport* run) {  // a run that did not diverge ends finite
    return run->result.reason == StopReason::diverged ? HUGE_VAL : run->log->last().f;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const RunReport* a, const RunReport* b) { return key(a) < key(b); });
  std::vector<std::vector<std::string>> rows{
      {"rank", "run", "optimizer", "lr", "final f", "best f", "best at", "met at", "stopped"}};
  for (std::size_t i = 0; i < order.size(); ++i) {
    const RunReport& run = *order[i];
    const bool met = met_criterion(run.result.reason);
    rows.push_back({std::to_string(i + 1), std::to_string(run.index), run.optimizer,
                    format_number(run.learning_rate), format_number(run.log->last().f),
                    run.result.best_step ? format_number(run.result.best_f) : "-",
                    run.result.best_step ? std::to_string(*run.result.best_step) : "-",
                    met ? std::to_string(run.result.last_step) : "-", run.stop});
  }
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

std::string render_report(const ReportInput& input) {
  const RunReport& first_run = input.runs.front();
  const Snapshot& start = first_run.log->first();
  std::string text =
      fmt::format("f({}) = {}\n", fmt::join(input.variables, ", "), input.expression);
  text += fmt::format("x = {}\nf(x) = {}\n", format_point(start.x), format_number(start.f));
  text += input.charts;
  if (input.runs.size() == 1) {
    const Snapshot& last = first_run.log->last();
    text += fmt::format("x = {}\nf(x) = {}\n", format_point(last.x), format_number(last.f));
    return text + render_summary(first_run, false, "");
  }
  for (const auto& run : input.runs) {
    text += fmt::format("run {}\n", run.index);
    text += render_summary(run, true, "  ");
  }
  return text + render_ranking(input.runs);
}

}  // namespace gd
