#include "core/observer.h"

#include <algorithm>

namespace gd {

void ObserverList::begin(const RunSpec& run) {
  for (Observer* observer : observers_) observer->begin(run);
}

Next ObserverList::on_row(const Row& row) {
  Next next = Next::go_on;
  for (Observer* observer : observers_) next = std::max(next, observer->on_row(row));
  return next;
}

void ObserverList::end(const RunResult& result) {
  for (auto observer = observers_.rbegin(); observer != observers_.rend(); ++observer)
    (*observer)->end(result);
}

}  // namespace gd
