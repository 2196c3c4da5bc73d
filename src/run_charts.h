#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli.h"
#include "descent.h"
#include "plot/chart.h"
#include "plot/classic.h"
#include "plot/loss.h"
#include "plot/path.h"
#include "terminal.h"

namespace gd {

class Objective;

/// Where charts are drawn: a terminal (of a size, when known) or not.
struct ChartPlace {
  bool terminal = false;
  std::optional<TerminalSize> size;
  int other_lines = 0;  ///< lines printed around the charts (the report's)
  bool utf8 = false;
  bool no_color = false;
};

/// Glyphs and colour for charts drawn at `place`, from --charset and --color.
Style chart_style(const Options& options, const ChartPlace& place);

/// The charts --plot asks for: the recorders that watch the runs, then the
/// drawing, one series per run. Recorders keep bounded memory whatever the
/// number of steps.
class RunCharts {
 public:
  RunCharts(const Options& options, const ChartPlace& place, std::size_t runs);
  RunCharts(const RunCharts&) = delete;  // observers are attached by address

  /// Picks the path chart's variables of f (--plot-vars, or all of one or
  /// two) and makes its recorder: an error line when it cannot, else "".
  /// Call it once, before attach.
  std::string choose_path_variables(const Objective& f);
  /// Adds the recorders run `run` (from 0) needs. The classic graph
  /// follows the first run only.
  void attach(ObserverList& observers, std::size_t run);
  /// Every chart, in --plot's order, separated by blank lines; `names`
  /// name the runs' series (one run: unnamed). Evaluates f for the path
  /// chart's map, sliced at the end of run `slice` (one that did not
  /// diverge), so call it after reading f's counts.
  std::string draw(Objective& f, const std::vector<std::string>& names, std::size_t slice = 0);

 private:
  std::string draw_path(Objective& f, const std::vector<std::string>& series,
                        std::size_t slice) const;

  const Options& options_;
  Style style_;
  int width_, height_;  // of the line and path charts
  std::size_t runs_;
  std::optional<ClassicLoss> classic_;
  std::vector<LossRecorder> losses_;  // one per run, never resized once made
  std::vector<PathRecorder> paths_;
  std::vector<std::size_t> path_coordinates_;  // into f's variables
};

}  // namespace gd
