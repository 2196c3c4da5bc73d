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

/// The whole program: parse argv, run, return the exit code. `streams`
/// stands in for stdout, stderr and the terminal (tests, the fuzzer), but
/// the progress line and --watch still draw on fd 2;
/// `adjust`, when given, may change the options once parsed (the fuzzer
/// bounds the steps).
int main_program(int argc, const char* const argv[], const Streams& streams,
                 void (*adjust)(Options&) = nullptr);
/// The same on this process's stdout, stderr and terminal.
int main_program(int argc, const char* const argv[]);

}  // namespace gd
