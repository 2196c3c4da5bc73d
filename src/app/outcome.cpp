#include "app/outcome.h"

#include <fmt/format.h>

#include <cstring>

#include "app/plan.h"
#include "base/format.h"
#include "base/signals.h"
#include "output/describe.h"
#include "output/fd_output.h"
#include "output/verdict_words.h"

namespace gd {
int exit_for_stop(const std::string& word, int signal) {
  if (word == "max_steps" || word == "max_evals" || word == "max_time" || word == "quit")
    return exit_code::budget;
  if (word == "diverged" || word == "unbounded") return exit_code::diverged;
  if (word == "interrupted") return exit_code::interrupted(signal);
  return exit_code::ok;
}

Outcome judge_outcome(const RunResult& result, const Plan& plan, int signal) {
  const std::string who =
      plan.runs.size() > 1 ? fmt::format("run {} ({}): ", result.spec.index, run_name(result.spec))
                           : "";
  const Wording wording{plan.descent, plan.variables, plan.output.digits};
  Outcome outcome;
  outcome.code = exit_for_stop(stop_word(result, plan.descent), signal);
  const Ending ending = result.verdict.ending;
  if (ending == Ending::interrupted)
    outcome.lines = fmt::format("gd: {}interrupted by {} at step {}: every row so far is written\n",
                                who, interrupt_name(signal), result.descent.last_step);
  else if (ending == Ending::quit)
    outcome.lines =
        fmt::format("gd: {}stopped by q at step {} (--watch): every row so far is written\n", who,
                    result.descent.last_step);
  else if (outcome.code == exit_code::diverged && plan.output.report)  // it says why
    outcome.lines = fmt::format("gd: error: {}{}; the report says why\n", who,
                                ending == Ending::unbounded
                                    ? std::string("f is unbounded below")
                                    : fmt::format("diverged at step {}", result.descent.last_step));
  else if (outcome.code == exit_code::diverged)
    outcome.lines = fmt::format("gd: error: {}{}\n", who, describe_verdict(result, wording));
  else if (outcome.code == exit_code::budget && plan.output.report)  // it says the rest
    outcome.lines =
        fmt::format("gd: {}{}: {}\n", who, ending_phrase(ending), describe_budget(result, wording));
  else if (outcome.code == exit_code::budget)
    outcome.lines = fmt::format("gd: {}{}\n", who, describe_verdict(result, wording));
  else if (!plan.output.report && (ending == Ending::oscillating || ending == Ending::stalled))
    outcome.lines = fmt::format("gd: warning: {}{}\n", who, describe_verdict(result, wording));
  return outcome;
}

int tell(std::FILE* err, const Outcome& verdict) {
  say(err, verdict.lines);
  return verdict.code;
}

Outcome interrupted_before_runs(int signal) {
  return {exit_code::interrupted(signal),
          fmt::format("gd: interrupted by {} before the run began\n", interrupt_name(signal))};
}

Outcome interrupted_between_runs(int signal, std::size_t runs_made) {
  return {exit_code::interrupted(signal),
          fmt::format("gd: interrupted by {}: runs after run {} were not made\n",
                      interrupt_name(signal), runs_made)};
}

Outcome output_failure(const FdOutput& out) {
  if (out.reader_gone()) return {};
  return {exit_code::write_failed,
          fmt::format("gd: error: cannot write output: {}\n", std::strerror(out.error()))};
}

Outcome cannot_open_output(const std::string& path, int error) {
  return {exit_code::write_failed, fmt::format("gd: error: --output {}: cannot be written: {}\n",
                                               path, std::strerror(error))};
}

Outcome internal_error(const std::string& what) {
  return {exit_code::internal,
          fmt::format("gd: internal error{}{}\n", what.empty() ? "" : ": ", what)};
}

}  // namespace gd
