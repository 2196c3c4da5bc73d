#pragma once

#include <cstdio>

#include "terminal.h"

namespace gd {

struct Options;

/// Where a run writes: data and report to `out_fd`, messages to `err`.
struct Streams {
  int out_fd = 1;
  std::FILE* err = stderr;
  Surroundings surroundings;  ///< terminals, sizes, locale: --format auto, charts
};

/// Compiles, runs and reports; returns the exit code (see cli.h).
int run(const Options& options, const Streams& streams);

/// The whole program: parse argv, run, return the exit code.
int main_program(int argc, const char* const argv[]);

}  // namespace gd
