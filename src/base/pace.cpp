#include "base/pace.h"

#include <algorithm>

namespace gd {

double default_pace(std::uint64_t steps) {
  return std::clamp(static_cast<double>(steps) / 3.0, 1.0, kFastestPace);
}

double faster(double pace) { return std::min(pace * 2, kFastestPace); }

double slower(double pace) { return std::max(pace / 2, kSlowestPace); }

Beat beat(double pace, std::uint64_t shown, double elapsed, double since_frame) {
  if (pace <= kUnpaced) return {};
  const double due = static_cast<double>(shown) / pace;
  if (elapsed - due > kMostBehindSeconds) return {0.0, true, true};
  const double wait = std::max(0.0, due - elapsed);
  // At 25 steps a second or slower every step is a frame; faster, a step
  // is drawn once the frame's time has come.
  const bool draw = pace <= 1.0 / kPacedFrameSeconds || since_frame + wait >= kPacedFrameSeconds;
  return {wait, draw, false};
}

}  // namespace gd
