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
constexpr int budget = 1;        ///< criteria were given, and a budget ran out first
constexpr int usage = 2;         ///< bad input or usage
constexpr int diverged = 3;      ///< f or the gradient became nan or infinite
constexpr int write_failed = 4;  ///< output could not be written
constexpr int internal = 70;     ///< a bug or no memory (EX_SOFTWARE)
/// Stopped by `signal`: 128 + its number, as a shell reports it.
inline int interrupted(int signal) { return 128 + signal; }
}  // namespace exit_code

/// How a run ended, for the exit code and stderr.
struct Verdict {
  int code = exit_code::ok;
  std::string lines;  ///< what stderr says of it: whole lines, or nothing
};

/// The verdict on run `result` of `plan`: exit 3 and advice when it
/// diverged (a smaller learning rate, another start, a larger h), 128 +
/// `signal` when a signal stopped it, 1 when criteria were given and a
/// budget ran out first, else 0; and a warning when h fell below x's
/// precision. With several runs, each line names the run.
Verdict judge_run(const RunResult& result, const Plan& plan, int signal);

/// Says `verdict`'s lines on `err` and returns its code.
int tell(std::FILE* err, const Verdict& verdict);

/// 128 + signal: "gd: interrupted by SIGINT before the run began".
Verdict interrupted_before_runs(int signal);
/// 128 + signal: "gd: interrupted by SIGTERM: runs after run 2 were not made".
Verdict interrupted_between_runs(int signal, std::size_t runs_made);
/// What a failed write to `out` means: exit 0 and nothing to say when the
/// reader went away (`gd | head`), else exit 4, "gd: error: cannot write
/// output: No space left on device".
Verdict output_failure(const FdOutput& out);
/// 4: "gd: error: --output FILE: cannot be written: Is a directory".
Verdict cannot_open_output(const std::string& path, int error);
/// 70: "gd: internal error: WHAT": a bug, or no memory.
Verdict internal_error(const std::string& what);

}  // namespace gd
