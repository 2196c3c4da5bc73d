#pragma once

#include <cstdint>

namespace gd {

/// --watch's pace: the steps a second its rows are shown at. 0 is
/// unpaced (--watch=max): the run goes as fast as it can, and the watch
/// draws at most 10 frames a second, as the progress line does.
constexpr double kUnpaced = 0.0;
/// Bounds of a pace, given or reached with + and -.
constexpr double kSlowestPace = 0.125;
constexpr double kFastestPace = 1e6;
/// A paced watch draws at most 25 frames a second; a pace at or below
/// that draws a frame per step.
constexpr double kPacedFrameSeconds = 0.04;
/// A paced run that falls this far behind its schedule (a slow f, a slow
/// terminal) starts a new one rather than rushing to catch up.
constexpr double kMostBehindSeconds = 0.5;

/// --watch given bare: the whole run of `steps` steps in about 3 seconds,
/// at least a step a second.
double default_pace(std::uint64_t steps);
/// + and -: twice and half the pace, within the bounds.
double faster(double pace);
double slower(double pace);

/// What to do for the next row.
struct Beat {
  double wait = 0.0;    ///< seconds to sleep before showing it
  bool draw = false;    ///< whether to draw a frame for it, after the wait
  bool behind = false;  ///< the schedule is too far behind: start a new one at this row
};

/// The schedule of a paced run: row `shown` since the schedule began
/// (0, 1, ...) is due `shown / pace` seconds after it began; `elapsed`
/// seconds have passed since then and `since_frame` since the last frame.
/// Measured against the schedule, not from the last row, so that slow
/// frames do not add up to drift. Unpaced: no wait, and no frame (the
/// caller draws when it will).
Beat beat(double pace, std::uint64_t shown, double elapsed, double since_frame);

}  // namespace gd
