#pragma once

#include "app/session.h"

namespace gd {

struct Options;

/// The whole program: parse argv, check and plan, carry out the plan, and
/// return the exit code (see outcome.h). `streams` stand in for stdout,
/// stderr and the terminal (tests, the fuzzer); `adjust`, when given, may
/// change the options once parsed (the fuzzer bounds the steps).
int main_program(int argc, const char* const argv[], const Streams& streams,
                 void (*adjust)(Options&) = nullptr);
/// The same on this process's stdout, stderr and terminal.
int main_program(int argc, const char* const argv[]);

}  // namespace gd
