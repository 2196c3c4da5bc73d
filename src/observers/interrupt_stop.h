#pragma once

#include "base/signals.h"
#include "core/observer.h"

namespace gd {

/// Stops a run after the row during which SIGINT, SIGTERM or SIGHUP came
/// (see base/signals.h), so that the row is written and the run reported.
class InterruptStop : public Observer {
 public:
  Next on_row(const Row&) override {
    return interrupt_signal() != 0 ? Next::stop_interrupted : Next::go_on;
  }
};

}  // namespace gd
