#pragma once

namespace gd {

/// SIGINT and SIGTERM ask a run to stop after its current step, so that
/// every row computed is written and the summary printed (exit 128 + signal).
void catch_interrupts();
/// The signal that asked to stop, or 0.
int interrupt_signal();
/// For tests: forget a caught signal.
void clear_interrupt();

}  // namespace gd
