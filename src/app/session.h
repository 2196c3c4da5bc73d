#pragma once

#include <unistd.h>

#include <cstdio>

#include "base/terminal.h"

namespace gd {

struct Plan;

/// Where gd writes: data and the report to `out_fd`, messages to `err`,
/// the progress line (and --watch's frames when the charts go to stderr)
/// to `live_fd`. Tests and the fuzzer stand in their own.
struct Streams {
  int out_fd = STDOUT_FILENO;
  std::FILE* err = stderr;
  int live_fd = STDERR_FILENO;
  Surroundings surroundings;  ///< terminals, sizes, locale: --format auto, charts
};

/// Carries out `plan`: opens --output, attaches the observers (history or
/// summary rows, chart recorders, progress line, --watch, the interrupt
/// stop), makes the runs in order, says how each ended, draws the charts
/// and writes the report. Returns the exit code: the worst of the runs'
/// (see outcome.h), or that of a failed write or a signal.
int run_session(const Plan& plan, const Streams& streams);

}  // namespace gd
