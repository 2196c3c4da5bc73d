#include "output/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "base/format.h"
#include "core/run.h"
#include "output/describe.h"
#include "output/verdict_words.h"

namespace gd {
namespace {

/// "label      text", wrapped under the text.
std::string labelled(const std::string& indent, const char* label, const std::string& text) {
  const std::string head = fmt::format("{}{:<10} ", indent, label);
  return wrap(text, kReportWidth, head, std::string(head.size(), ' '));
}

std::string gradient_line(const RunResult& run, const ReportInput& input) {
  const auto n = [&](double v) { return format_number(v, input.digits); };
  const Verdict& v = run.verdict;
  std::string text = "norm " + n(run.descent.last.grad_norm);
  text += run.gradient_error ? " +- " + n(*run.gradient_error) : ", error not estimated";
  const double norm = run.descent.last.grad_norm;
  if (norm == 0) {  // exactly flat to the differences: nothing to qualify
  } else if (finite_answer(v.ending) && run.gradient_error && norm < *run.gradient_error)
    text += ", within its own error: not resolved at this h";
  else if (finite_answer(v.ending) && norm <= v.noise_floor)
    text += fmt::format(", at its rounding noise (~{}): not f's slope", n(v.noise_floor));
  return text + " (" + describe_gradient(input.settings.gradient) + ")";
}

/// A caution when --tol-grad asks for less than the gradient can resolve.
std::string tolerance_caution(const RunResult& run, const ReportInput& input) {
  const auto& tol = input.settings.stop.tol_grad;
  const double floor = std::fmax(run.verdict.noise_floor, run.gradient_error.value_or(0.0));
  if (!tol || !(*tol < floor) || !finite_answer(run.verdict.ending)) return "";
  return fmt::format(
      "--tol-grad {} asks for less than the gradient's error here (~{}): the criterion "
      "cannot be trusted; try --grad five-point or --h auto",
      format_number(*tol, input.digits), format_number(floor, input.digits));
}

}  // namespace

std::string render_summary(const RunResult& run, const ReportInput& input, bool point,
                           const std::string& indent) {
  const DescentResult& d = run.descent;
  const auto n = [&](double v) { return format_number(v, input.digits); };
  const Wording wording{input.settings, input.variables, input.digits};
  std::string text = labelled(indent, "verdict", describe_verdict(run, wording));
  text += labelled(indent, "method", describe_method(run.spec.settings));
  text += labelled(indent, "steps",
                   fmt::format("{}, {} evaluations of f, {}", d.last.step, run.evaluations,
                               format_duration(run.seconds)));
  text += labelled(indent, "f",
                   fmt::format("{} at the start, {} at the end", n(d.first.f), n(d.last.f)));
  std::string best = "no finite f";
  if (d.best_step) {
    best = fmt::format("{} at step {}", n(d.best_f), *d.best_step);
    if (*d.best_step != d.last.step) best += ", x = " + format_point(d.best_x, input.digits);
  }
  text += labelled(indent, "best", best);
  if (point) text += labelled(indent, "x", format_point(d.last.x, input.digits));
  text += labelled(indent, "gradient", gradient_line(run, input));
  if (const std::string caution = tolerance_caution(run, input); !caution.empty())
    text += labelled(indent, "caution", caution);
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

/// A run's place: its group (a criterion met, a finite answer, none),
/// then the step it met a criterion at, then its final f.
struct Standing {
  int group;
  std::uint64_t step;
  double f;
  std::string shown;  ///< f as the table shows it: equal text, equal rank
};

Standing standing(const RunResult& run, int digits) {
  const DescentResult& d = run.descent;
  const std::string shown = format_number(d.last.f, digits);
  if (!finite_answer(run.verdict.ending)) return {2, 0, 0.0, ""};
  if (met_criterion(d.reason)) return {0, d.last_step, 0.0, ""};
  return {1, 0, std::isnan(d.last.f) ? HUGE_VAL : d.last.f, shown};
}

bool tied(const Standing& a, const Standing& b) {
  return a.group == b.group && a.step == b.step && a.shown == b.shown;
}

}  // namespace

std::string render_ranking(const ReportInput& input) {
  const auto n = [&](double v) { return format_number(v, input.digits); };
  std::vector<std::pair<Standing, const RunResult*>> order;
  for (const auto& run : input.runs) order.emplace_back(standing(run, input.digits), &run);
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first.group, a.first.step, a.first.f) <
           std::tie(b.first.group, b.first.step, b.first.f);
  });
  std::vector<std::vector<std::string>> rows{
      {"rank", "run", "optimizer", "verdict", "final f", "best f", "steps"}};
  std::size_t rank = 1;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i > 0 && !tied(order[i].first, order[i - 1].first)) rank = i + 1;
    const RunResult& run = *order[i].second;
    const DescentResult& d = run.descent;
    std::string best = "-";  // and its step, when it is not the last
    if (d.best_step)
      best =
          n(d.best_f) + (*d.best_step != d.last_step ? " at " + std::to_string(*d.best_step) : "");
    rows.push_back({std::to_string(rank), std::to_string(run.spec.index), run_name(run.spec),
                    ending_phrase(run.verdict.ending), n(d.last.f), best,
                    std::to_string(d.last_step)});
  }
  return table(rows);
}

namespace {

/// "f(x, y) = EXPR", the variables wrapped at their boundaries; an
/// expression too long for the line goes on lines of its own, cut into
/// widths (it has no boundaries to keep), and past three of them is
/// shortened with a count.
std::string function_line(const ReportInput& input) {
  const std::string head = fmt::format("f({}) =", fmt::join(input.variables, ", "));
  const std::string& expression = input.expression;
  if (head.size() + 1 + expression.size() <= kReportWidth) return head + " " + expression + "\n";
  std::string text = wrap(head, kReportWidth, "", "  ");
  const std::size_t width = kReportWidth - 2, shown = 3 * width;
  for (std::size_t at = 0; at < std::min(expression.size(), shown); at += width)
    text += "  " + expression.substr(at, width) + "\n";
  if (expression.size() > shown)
    text += fmt::format("  ... ({} characters in all)\n", expression.size());
  return text;
}

}  // namespace

std::string render_report(const ReportInput& input) {
  const RunResult& first_run = input.runs.front();
  const Snapshot& start = first_run.descent.first;
  const auto point = [&](const std::vector<double>& x) {
    return wrap(format_point(x, input.digits), kReportWidth, "x = ", "    ");
  };
  std::string text = function_line(input);
  text += point(start.x) + fmt::format("f(x) = {}\n", format_number(start.f, input.digits));
  text += input.charts;
  if (input.runs.size() == 1) {
    const Snapshot& last = first_run.descent.last;
    text += point(last.x) + fmt::format("f(x) = {}\n", format_number(last.f, input.digits));
    return text + render_summary(first_run, input, false, "");
  }
  text += render_ranking(input);
  const Wording wording{input.settings, input.variables, input.digits};
  for (const auto& run : input.runs) {
    const std::string head = fmt::format("run {} ({})", run.spec.index, run_name(run.spec));
    if (input.details)
      text += head + "\n" + render_summary(run, input, true, "  ");
    else
      text += wrap(describe_verdict(run, wording), kReportWidth, head + ": ", "  ");
  }
  return text;
}

}  // namespace gd
