#include <csignal>

#include "app/main_program.h"
#include "base/signals.h"

int main(int argc, char** argv) {
  // A closed pipe shows up as EPIPE from write(), so gd can stop quietly.
  std::signal(SIGPIPE, SIG_IGN);
  gd::catch_interrupts();
  return gd::main_program(argc, argv);
}
