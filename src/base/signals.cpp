#include "base/signals.h"

#include <csignal>
#include <initializer_list>

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
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    sigaction(signal, nullptr, &old);
    // An ignored signal stays ignored (a background job's SIGINT, nohup's SIGHUP).
    if (old.sa_handler != SIG_IGN) sigaction(signal, &action, nullptr);
  }
}

int interrupt_signal() { return caught; }

const char* interrupt_name(int signal) {
  return signal == SIGTERM ? "SIGTERM" : signal == SIGHUP ? "SIGHUP" : "SIGINT";
}

void clear_interrupt() { caught = 0; }

}  // namespace gd
