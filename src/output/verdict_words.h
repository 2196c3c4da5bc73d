#pragma once

#include <string>
#include <vector>

#include "core/curvature.h"
#include "core/verdict.h"

namespace gd {

struct DescentSettings;
struct RunResult;

/// What the words about a run need besides the run: its settings, the
/// variables' names, and how many significant digits numbers get.
struct Wording {
  const DescentSettings& settings;
  const std::vector<std::string>& variables;
  int digits = 7;  ///< 0: the shortest round-trip text
};

/// The verdict in a line: "converged: gradient norm 8.2e-07 <= --tol-grad
/// 1e-06 at step 1234; a minimum (f curves up in every direction)",
/// "diverged at step 4: f rose from 24.2 to 4.146e+35 ...; try --lr below
/// 0.0015", "oscillating: ...". Unwrapped.
std::string describe_verdict(const RunResult& run, const Wording& wording);

/// What f's curvature says of the end: "a minimum (f curves up in every
/// direction)", "a saddle point: f still descends along y (curvature -2)".
std::string describe_point(const Verdict& verdict, const Wording& wording);

/// Which budget ended the run and before what: "all 100 steps made", "the
/// step budget ran out (--steps 5) before --tol-grad 1e-12".
std::string describe_budget(const RunResult& run, const Wording& wording);

/// The advice for a run that diverged, stalled or oscillated, or nothing:
/// "try --lr below 0.0015", "try --h auto".
std::string describe_advice(const RunResult& run, const Wording& wording);

/// One word for the ending, for data: converged, not_converged, diverged,
/// unbounded, oscillating, stalled, interrupted, closed, quit.
const char* ending_word(Ending ending);
/// The word as words: "not converged".
std::string ending_phrase(Ending ending);
/// minimum, saddle, maximum, flat, or unknown (not measured). The summary
/// writes it where stands_at_a_point, "none" elsewhere.
const char* point_word(PointKind kind);

/// The --summary's stop word: the criterion met (tol_grad, tol_f, tol_x,
/// target), finished (every step made, no criterion given, or --steps 0),
/// max_steps (the steps ran out before the criteria given), max_evals,
/// max_time, diverged, unbounded, closed, interrupted, quit. The exit code
/// follows from it (app/outcome.h).
const char* stop_word(const RunResult& run, const DescentSettings& settings);

}  // namespace gd
