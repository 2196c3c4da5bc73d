#pragma once

#include <cstddef>
#include <cstdio>
#include <string>

namespace gd {

class FdOutput;
struct Plan;
struct RunResult;

/// Exit codes, as documented in the README and gd(1).
namespace exit_code {
constexpr int ok = 0;
constexpr int budget = 1;  ///< a budget ran out (or the steps before the criteria), or --watch's q
constexpr int usage = 2;   ///< bad input or usage
constexpr int diverged = 3;      ///< no finite answer: diverged, or f unbounded below
constexpr int write_failed = 4;  ///< output could not be written
constexpr int internal = 70;     ///< a bug or no memory (EX_SOFTWARE)
/// Stopped by `signal`: 128 + its number, as a shell reports it.
inline int interrupted(int signal) { return 128 + signal; }
}  // namespace exit_code

/// How a run ended, for the exit code and stderr.
struct Outcome {
  int code = exit_code::ok;
  std::string lines;  ///< what stderr says of it: whole lines, or nothing
};

/// The exit code of a run whose --summary stop word is `word` (the one
/// table of the README and gd(1)): 0 for finished, closed and the criteria,
/// 1 for max_steps, max_evals, max_time and quit, 3 for diverged and unbounded,
/// 128 + `signal` for interrupted.
int exit_for_stop(const std::string& word, int signal);

/// What run `result` of `plan` means for the exit code and stderr: its
/// stop word's code, and its verdict as an error (diverged, unbounded: in
/// short when a report says it at length), a
/// note (a budget ran out before the criteria), or, when no report shows
/// it, a warning (oscillating, stalled). With several runs, each line
/// names the run.
Outcome judge_outcome(const RunResult& result, const Plan& plan, int signal);

/// Says `verdict`'s lines on `err` and returns its code.
int tell(std::FILE* err, const Outcome& verdict);

/// 128 + signal: "gd: interrupted by SIGINT before the run began".
Outcome interrupted_before_runs(int signal);
/// 128 + signal: "gd: interrupted by SIGTERM: runs after run 2 were not made".
Outcome interrupted_between_runs(int signal, std::size_t runs_made);
/// What a failed write to `out` means: exit 0 and nothing to say when the
/// reader went away (`gd | head`), else exit 4, "gd: error: cannot write
/// output: No space left on device".
Outcome output_failure(const FdOutput& out);
/// 4: "gd: error: --output FILE: cannot be written: Is a directory".
Outcome cannot_open_output(const std::string& path, int error);
/// 70: "gd: internal error: WHAT": a bug, or no memory.
Outcome internal_error(const std::string& what);

}  // namespace gd
