#pragma once

namespace gd {

/// What is drawn live on a terminal as fast as a run goes (the progress
/// line, --watch=max's frames) is redrawn at most 10 times a second;
/// a paced --watch draws up to 25 (base/pace.h).
constexpr double kFrameSeconds = 0.1;

}  // namespace gd
