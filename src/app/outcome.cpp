#include "app/outcome.h"

#include <fmt/format.h>

#include <cstring>

#include "app/plan.h"
#include "base/format.h"
#include "base/signals.h"
#include "output/describe.h"
#include "output/fd_output.h"

namespace gd {
namespace {

/// The error line of a run that diverged, with the advice that fits.
std::string diverged_line(const RunResult& result, const Plan& plan, const std::string& who) {
  const DescentResult& d = result.descent;
  const std::string what = describe_non_finite(d, plan.variables);
  if (d.last_step > 0)
    return fmt::format("gd: error: {}diverged at step {}: {}; try a smaller {} (it is {})\n", who,
                       d.last_step, what, result.spec.named_rate ? "rate in --optimizer" : "--lr",
                       format_number(result.spec.settings.learning_rate));
  if (d.non_finite != NonFinite::gradient)  // no step taken: not the learning rate
    return fmt::format(
        "gd: error: {}diverged at step 0: {} at the start point; try another --start\n", who, what);
  // f is finite at x, but not at x +- h
  return fmt::format(
      "gd: error: {}diverged at step 0: {} at the start point; try another --start or a "
      "smaller --h (it is {})\n",
      who, what, describe_h(plan.descent.gradient));
}

}  // namespace

Verdict judge_run(const RunResult& result, const Plan& plan, int signal) {
  const DescentResult& d = result.descent;
  const std::string who =
      plan.runs.size() > 1 ? fmt::format("run {} ({}): ", result.spec.index, run_name(result.spec))
                           : "";
  Verdict verdict;
  if (d.h_lost_step && d.reason != StopReason::diverged) {  // one line for errors
    const std::string& name = plan.variables.at(d.h_lost_coordinate);
    verdict.lines += fmt::format(
        "gd: warning: {}at step {}, {} +- h rounds to {} (--h {} is below its precision): the "
        "gradient there is rounding, not the slope of f; try a larger --h\n",
        who, *d.h_lost_step, name, name, describe_h(plan.descent.gradient));
  }
  if (d.reason == StopReason::diverged) {
    verdict.lines += diverged_line(result, plan, who);
    verdict.code = exit_code::diverged;
  } else if (d.reason == StopReason::interrupted) {
    verdict.lines +=
        fmt::format("gd: {}interrupted by {} at step {}: every row so far is written\n", who,
                    interrupt_name(signal), d.last_step);
    verdict.code = exit_code::interrupted(signal);
  } else if (plan.descent.stop.any_criterion() && !met_criterion(d.reason) &&
             d.reason != StopReason::closed) {
    verdict.lines += fmt::format("gd: {}{} before a criterion was met\n", who,
                                 describe_stop(d, plan.descent, plan.variables));
    verdict.code = exit_code::budget;
  }
  return verdict;
}

int tell(std::FILE* err, const Verdict& verdict) {
  say(err, verdict.lines);
  return verdict.code;
}

Verdict interrupted_before_runs(int signal) {
  return {exit_code::interrupted(signal),
          fmt::format("gd: interrupted by {} before the run began\n", interrupt_name(signal))};
}

Verdict interrupted_between_runs(int signal, std::size_t runs_made) {
  return {exit_code::interrupted(signal),
          fmt::format("gd: interrupted by {}: runs after run {} were not made\n",
                      interrupt_name(signal), runs_made)};
}

Verdict output_failure(const FdOutput& out) {
  if (out.reader_gone()) return {};
  return {exit_code::write_failed,
          fmt::format("gd: error: cannot write output: {}\n", std::strerror(out.error()))};
}

Verdict cannot_open_output(const std::string& path, int error) {
  return {exit_code::write_failed, fmt::format("gd: error: --output {}: cannot be written: {}\n",
                                               path, std::strerror(error))};
}

Verdict internal_error(const std::string& what) {
  return {exit_code::internal,
          fmt::format("gd: internal error{}{}\n", what.empty() ? "" : ": ", what)};
}

}  // namespace gd
