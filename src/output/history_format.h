#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/observer.h"

namespace gd {

/// Machine-readable history formats.
enum class DataFormat { csv, tsv, jsonl };

/// The columns every history has besides the variables; a variable may not
/// take one of these names, or a row would have two columns of that name.
extern const char* const kFixedColumns[3];  // step, f, grad_norm

/// The columns that begin each row when there are several runs.
extern const char* const kRunColumns[3];  // run, optimizer, lr

/// The columns a summary row adds after the final row.
extern const char* const kSummaryColumns[4];  // stop, evaluations, verdict, point

/// What a summary row adds: why the run stopped, what it cost, how it ended
/// and what f's curvature says the end point is.
struct SummaryColumns {
  std::string stop;  ///< a word: finished, tol_grad, diverged, ...
  std::uint64_t evaluations = 0;
  std::string verdict;  ///< converged, not_converged, oscillating, ...
  std::string point;    ///< minimum, saddle, maximum, flat, unknown
};

/// Which run a row belongs to, when there are several.
struct RunColumns {
  std::size_t run = 1;    ///< from 1, in the order the runs are made
  std::string optimizer;  ///< sgd, adam, ...
  double learning_rate = 0.0;
};

/// "step,f,<variables>,grad_norm" (after "run,optimizer,lr," with runs)
/// and a newline; nothing for jsonl.
void append_header(fmt::memory_buffer& out, DataFormat format,
                   const std::vector<std::string>& variables, bool with_runs = false,
                   bool summary = false);

/// One history row and a newline, after the run's columns when `run` is
/// given. In jsonl, non-finite numbers are null.
void append_row(fmt::memory_buffer& out, DataFormat format,
                const std::vector<std::string>& variables, const Row& row,
                const RunColumns* run = nullptr, const SummaryColumns* summary = nullptr);

}  // namespace gd
