#pragma once

namespace gd {

/// SIGINT, SIGTERM and SIGHUP ask a run to stop after its current step, so
/// that every row computed is written and the summary printed (exit 128 +
/// signal). Signals the process inherited as ignored stay ignored.
void catch_interrupts();
/// The signal that asked to stop, or 0.
int interrupt_signal();
/// "SIGINT", "SIGTERM", "SIGHUP".
const char* interrupt_name(int signal);
/// For tests: forget a caught signal.
void clear_interrupt();

}  // namespace gd
