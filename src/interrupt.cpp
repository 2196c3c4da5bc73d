#include "interrupt.h"

#include <csignal>

namespace gd {
namespace {

volatile std::sig_atomic_t caught = 0;

extern "C" void remember(int signal) { caught = signal; }

}  // namespace

void catch_interrupts() {
  struct sigaction action {};
  action.sa_handler = remember;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked write returns, and the loop sees the flag
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int interrupt_signal() { return caught; }

void clear_interrupt() { caught = 0; }

}  // namespace gd
