#pragma once

namespace gd {

/// What is drawn live on a terminal (the progress line, --watch's frames)
/// is redrawn at most 10 times a second.
constexpr double kFrameSeconds = 0.1;

}  // namespace gd
