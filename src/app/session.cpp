#include "app/session.h"

#include <fcntl.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <string>
#include <vector>

#include "app/outcome.h"
#include "app/plan.h"
#include "base/signals.h"
#include "core/objective.h"
#include "core/run.h"
#include "observers/chart_recorder.h"
#include "observers/history_writer.h"
#include "observers/interrupt_stop.h"
#include "observers/progress_line.h"
#include "observers/watch.h"
#include "output/charts.h"
#include "output/fd_output.h"
#include "output/report.h"

namespace gd {
namespace {

/// An objective at the plan's start point.
Objective start_objective(const Plan& plan) {
  Objective f = Objective::compile(plan.expression);
  f.set_point(plan.start);
  return f;
}

/// The runs of a plan, their observers, and what they leave.
class Session {
 public:
  Session(const Plan& plan, const Streams& streams, int out_fd);
  Session(const Session&) = delete;  // observers are attached by address
  /// Makes the runs and reports them; returns the exit code.
  int run();

 private:
  int make_runs();
  int report(int code);
  std::string draw(const ChartSettings& settings, std::size_t slice);

  const Plan& plan_;
  const Streams& streams_;
  FdOutput out_;
  std::optional<Objective> drawing_;  // f for the path chart's map, never counted in a run
  std::optional<HistoryWriter> history_;
  std::optional<SummaryWriter> summary_;
  std::optional<ChartRecorder> charts_;
  std::optional<ProgressLine> progress_;
  std::optional<Watch> watch_;
  InterruptStop interrupt_;
  ObserverList observers_;
  std::vector<RunResult> results_;
  std::string messages_;  // stderr's lines, held back while they would land above a frame or report
  /// Whether stderr's lines wait: --watch's frames or a report are to come.
  bool holding() const { return watch_ || plan_.output.report; }
};

Session::Session(const Plan& plan, const Streams& streams, int out_fd)
    : plan_(plan), streams_(streams), out_(out_fd) {
  const OutputPlan& output = plan.output;
  if (output.charts) drawing_.emplace(start_objective(plan));
  if (output.data && !output.summary)
    observers_.add(history_.emplace(out_, *output.data, plan.variables, plan.runs.size() > 1,
                                    output.header, output.every));
  if (output.data && output.summary)
    observers_.add(
        summary_.emplace(out_, *output.data, plan.variables, output.header, plan.descent));
  if (output.charts) observers_.add(charts_.emplace(plan.charts, plan.runs.size()));
  if (plan.progress)
    observers_.add(progress_.emplace(streams.live_fd, plan.descent.steps, plan.progress->width,
                                     plan.progress->delay, plan.runs.size()));
  if (plan.watch)
    observers_.add(watch_.emplace(
        output.report ? out_fd : streams.live_fd, [this] { return draw(plan_.watch_charts, 0); },
        *plan.watch));
  observers_.add(interrupt_);
}

int Session::run() { return report(make_runs()); }

/// The runs in order, until one is interrupted or the output fails; each
/// run's verdict is said as it ends (after the last frame with --watch).
int Session::make_runs() {
  int code = exit_code::ok;
  for (const RunSpec& spec : plan_.runs) {
    if (out_.failed() || interrupt_signal() != 0) break;
    Objective f = start_objective(plan_);
    results_.push_back(
        run_descent(spec, f, plan_.descent, observers_.simplest(), plan_.output.report));
    if (out_.failed()) break;  // the failed write decides the exit code
    const Outcome outcome = judge_outcome(results_.back(), plan_, interrupt_signal());
    code = std::max(code, outcome.code);
    messages_ += outcome.lines;
    if (!holding()) say(streams_.err, messages_), messages_.clear();
  }
  if (watch_) watch_->finish();
  if (const int signal = interrupt_signal(); signal != 0 && code < 128) {
    const Outcome stopped = interrupted_between_runs(signal, results_.size());
    messages_ += stopped.lines;
    code = stopped.code;
  }
  if (!plan_.output.report) say(streams_.err, messages_), messages_.clear();
  return code;
}

/// The charts, the report, the last of the data; a write that failed
/// decides the exit code, unless the reader simply went away.
int Session::report(int code) {
  // The path chart's map is sliced at the end of the first run that did
  // not diverge (where f is finite), or of the first run.
  std::size_t slice = 0;
  while (slice + 1 < results_.size() && !finite_answer(results_[slice].verdict.ending)) ++slice;
  // Charts --watch left on the terminal are not drawn again.
  const bool shown = watch_ && watch_->drawn();
  const std::string charts = plan_.output.charts && !shown ? draw(plan_.charts, slice) : "";
  if (plan_.output.report && !results_.empty())
    out_.write(render_report({plan_.expression.text, plan_.variables, charts, results_,
                              plan_.descent, plan_.output.digits, plan_.output.details}));
  const bool written = out_.flush();
  say(streams_.err, messages_);  // below the report, which says the same at more length
  if (!written) return tell(streams_.err, output_failure(out_));
  if (plan_.output.charts && !plan_.output.report) say(streams_.err, charts);
  return code;
}

/// The charts as they stand (called only when the plan draws charts, so
/// the recorder and the map's f exist).
std::string Session::draw(const ChartSettings& settings, std::size_t slice) {
  const ChartRecords& records = charts_->records();
  return draw_charts(
      settings, records, series_names(plan_.runs, records),
      [this](const std::vector<double>& x) {
        drawing_->set_point(x);
        return drawing_->value();
      },
      slice);
}

/// Closes a file descriptor gd opened (--output) when the session ends.
struct OwnedFd {
  int fd = -1;
  ~OwnedFd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

int run_session(const Plan& plan, const Streams& streams) {
  if (const int signal = interrupt_signal())  // while the expression was read
    return tell(streams.err, interrupted_before_runs(signal));
  // --output is opened once everything is checked (it truncates the file)
  // and before anything is computed.
  OwnedFd output;
  if (!plan.output.path.empty()) {
    output.fd = ::open(plan.output.path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    const int error = errno;
    if (output.fd < 0 && interrupt_signal() != 0)  // a FIFO nobody opened, and Ctrl-C
      return tell(streams.err, interrupted_before_runs(interrupt_signal()));
    if (output.fd < 0) return tell(streams.err, cannot_open_output(plan.output.path, error));
  }
  Session session(plan, streams, output.fd >= 0 ? output.fd : streams.out_fd);
  return session.run();
}

}  // namespace gd
