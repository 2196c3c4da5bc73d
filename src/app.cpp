#include "app.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <muParserError.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <exception>
#include <memory>
#include <optional>

#include "cli.h"
#include "descent.h"
#include "diagnostics.h"
#include "expression_source.h"
#include "interrupt.h"
#include "live.h"
#include "objective.h"
#include "optimizer.h"
#include "output/fd_output.h"
#include "output/history.h"
#include "output/report.h"
#include "run_charts.h"
#include "runs.h"

namespace gd {
namespace {

/// Messages go out with fputs: unlike fmt::print, a full or closed stderr
/// is not an exception, since there is nowhere left to report it.
void say(std::FILE* err, const std::string& text) { std::fputs(text.c_str(), err); }
/// Says that `signal` came before any run began; returns its exit code.
int interrupted_before_run(std::FILE* err, int signal) {
  say(err, fmt::format("gd: interrupted by {} before the run began\n", interrupt_name(signal)));
  return 128 + signal;
}
/// The same, into a string printed later (while --watch owns the terminal).
void say_to(std::string& messages, const std::string& text) { messages += text; }

/// One start value is used for every variable; other counts must match.
bool place_start(const Options& options, Objective& f, std::FILE* err) {
  const std::size_t n = f.dimension();
  if (options.start.size() == 1) {
    f.set_point(std::vector<double>(n, options.start[0]));
    return true;
  }
  if (options.start.size() == n) {
    f.set_point(options.start);
    return true;
  }
  say(err,
      fmt::format("gd: error: --start has {} values, but the expression has {} variable{} ({})\n",
                  options.start.size(), n, n == 1 ? "" : "s", fmt::join(f.variables(), ", ")));
  return false;
}

/// A variable named like a fixed column would make the history ambiguous.
bool variable_names_fit_history(const Objective& f, std::FILE* err) {
  for (const auto& name : f.variables())
    for (const char* column : kFixedColumns)
      if (name == column) {
        say(err,
            fmt::format("gd: error: --expr: the variable \"{}\" has the name of a history column "
                        "(step, f, grad_norm); please rename it\n",
                        name));
        return false;
      }
  return true;
}

/// The objective at its start point, or nothing after saying why on `err`.
std::optional<Objective> prepare_objective(const Options& options, std::FILE* err) {
  std::optional<Objective> f;
  try {
    f.emplace(Objective::compile({options.expression, options.variable_order, options.constants}));
  } catch (const ExpressionError& error) {
    say(err, render_expression_error(options.expression, error));
    return std::nullopt;
  }
  if (!variable_names_fit_history(*f, err) || !place_start(options, *f, err)) return std::nullopt;
  return f;
}

/// Where the run's results go, from --format, --plot and the terminal.
struct OutputPlan {
  std::optional<DataFormat> data;  ///< history rows on stdout
  bool report = false;             ///< the text report on stdout
  bool charts = false;             ///< --plot's charts: in the report, or on stderr beside data
};

OutputPlan plan_output(const Options& options, bool out_is_terminal) {
  OutputPlan plan;
  switch (options.format) {
    case Format::automatic: plan.report = out_is_terminal && !options.summary; break;
    case Format::text: plan.report = true; break;
    case Format::csv: break;
    case Format::tsv: plan.data = DataFormat::tsv; break;
    case Format::jsonl: plan.data = DataFormat::jsonl; break;
    case Format::none: break;
  }
  if (!plan.report && !plan.data && options.format != Format::none)
    plan.data = DataFormat::csv;  // csv, or auto in a pipe
  // Beside data on stdout, charts are drawn only when asked for, on stderr.
  plan.charts = !options.plots.empty() && (plan.report || options.plot_requested);
  return plan;
}

/// The exit code for how one run ended (ok, budget, diverged, interrupted),
/// after saying why in `err`; `who` names the run when there are several.
int run_outcome(const DescentResult& result, const RunSpec& run, const Options& options,
                const std::string& who, std::string& err) {
  const std::string h = options.gradient.auto_h ? "auto" : format_number(options.gradient.h);
  if (result.h_lost_step && result.reason != StopReason::diverged)  // one line for errors
    say_to(err, fmt::format("gd: warning: {}at step {}, {} +- h rounds to {} (--h {} is below its "
                            "precision): the gradient there is rounding, not the slope of f; "
                            "try a larger --h\n",
                            who, *result.h_lost_step, result.h_lost_variable,
                            result.h_lost_variable, h));
  if (result.reason == StopReason::diverged) {
    const std::string lr = format_number(run.settings.learning_rate);
    const std::string where = run.named_rate ? "rate in --optimizer" : "--lr";
    if (result.last_step > 0)
      say_to(err, fmt::format("gd: error: {}diverged at step {}: {}; try a smaller {} (it is {})\n",
                              who, result.last_step, result.what_diverged, where, lr));
    else if (result.non_finite != NonFinite::gradient)  // no step taken: not the learning rate
      say_to(err,
             fmt::format(
                 "gd: error: {}diverged at step 0: {} at the start point; try another --start\n",
                 who, result.what_diverged));
    else  // f is finite at x, but not at x +- h
      say_to(err, fmt::format("gd: error: {}diverged at step 0: {} at the start point; try another "
                              "--start or a smaller --h (it is {})\n",
                              who, result.what_diverged, h));
    return exit_code::diverged;
  }
  if (result.reason == StopReason::interrupted) {
    const int signal = interrupt_signal();
    say_to(err, fmt::format("gd: {}interrupted by {} at step {}: every row so far is written\n",
                            who, interrupt_name(signal), result.last_step));
    return 128 + signal;
  }
  if (options.stop.any_criterion() && !met_criterion(result.reason) &&
      result.reason != StopReason::observer) {
    say_to(err, fmt::format("gd: {}{} before a criterion was met\n", who,
                            describe_stop(result, options)));
    return exit_code::budget;
  }
  return exit_code::ok;
}

/// With several runs, rows begin with run columns: no variable may share
/// their names.
bool variable_names_fit_runs(const Objective& f, std::FILE* err) {
  for (const auto& name : f.variables())
    for (const char* column : kRunColumns)
      if (name == column) {
        say(err, fmt::format("gd: error: --expr: the variable \"{}\" has the name of a history "
                             "column of several runs (run, optimizer, lr); please rename it\n",
                             name));
        return false;
      }
  return true;
}

/// Runs `spec` on f from its start, and gathers what the report says of it
/// (all but the log). The gradient's error estimate, only for the report,
/// is taken after the evaluations are counted.
/// `estimate`: the report shows the gradient's error; `norm_read`: rows'
/// gradient norms are written somewhere.
RunReport descend_and_report(const RunSpec& spec, Objective& f, const Options& options,
                             Observer& observers, bool estimate, bool norm_read) {
  const std::unique_ptr<UpdateRule> rule = make_rule(spec.settings, f);
  const auto started = std::chrono::steady_clock::now();
  RunReport report;
  report.result =
      descend(f, *rule, {options.gradient, options.steps, options.stop, norm_read}, observers);
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - started;
  report.index = spec.index;
  report.method = describe(spec.settings);
  report.optimizer = method_name(spec.settings.method);
  report.learning_rate = spec.settings.learning_rate;
  report.stop = describe_stop(report.result, options);
  report.evaluations = f.evaluations();
  if (estimate) report.gradient_error = gradient_error(f, options.gradient);
  report.gradient = describe_gradient(options.gradient);
  report.seconds = seconds.count();
  return report;
}

}  // namespace

/// Closes a file descriptor gd opened (--output) when the run ends.
struct OwnedFd {
  int fd = -1;
  ~OwnedFd() {
    if (fd >= 0) ::close(fd);
  }
};

int run(const Options& given, const Streams& streams) {
  std::FILE* err = streams.err;
  // From here on the expression is its text, also with --expr @FILE or -.
  Options options = given;
  {
    std::string problem;
    const std::optional<std::string> text = expression_text(given.expression, problem);
    if (!text) {
      if (const int signal = interrupt_signal())  // Ctrl-C while stdin or a FIFO was read
        return interrupted_before_run(err, signal);
      say(err, "gd: error: " + problem + "\n");
      return exit_code::usage;
    }
    options.expression = *text;
  }
  const std::vector<RunSpec> runs = plan_runs(options);
  const bool several = runs.size() > 1;
  // Every run starts from its own compiled copy; one more draws the charts
  // (the path chart's map), so that drawing never counts in a run.
  std::vector<Objective> objectives;
  objectives.reserve(runs.size() + 1);
  for (std::size_t i = 0; i <= runs.size(); ++i) {
    std::optional<Objective> f = prepare_objective(options, err);
    if (!f) return exit_code::usage;
    objectives.push_back(std::move(*f));
  }
  Objective& drawing = objectives.back();
  if (several && !variable_names_fit_runs(objectives[0], err)) return exit_code::usage;
  if (auto twice = repeated_run(runs)) {
    say(err,
        fmt::format("gd: error: --optimizer and --lr make the run {} twice\n", run_name(*twice)));
    return exit_code::usage;
  }
  // Row 0 alone takes f and a gradient: a smaller budget could not be kept.
  const std::uint64_t row =
      1 + gradient_evaluations(options.gradient.scheme, objectives[0].dimension());
  if (options.stop.max_evals && *options.stop.max_evals < row) {
    say(err, fmt::format("gd: error: --max-evals {} is less than one row takes ({}: f and its "
                         "gradient)\n",
                         *options.stop.max_evals, row));
    return exit_code::usage;
  }
  Surroundings around = streams.surroundings;
  if (!options.output.empty()) {  // data go to a file, never a terminal
    around.out_is_terminal = false;
    around.out_size.reset();
  }
  const OutputPlan plan = plan_output(options, around.out_is_terminal);
  // In the report, charts leave room for its eleven other lines (one run);
  // several runs' summaries scroll, and charts keep the first screen.
  const int report_lines = several ? 4 : 11;
  const ChartPlace place = plan.report ? ChartPlace{around.out_is_terminal, around.out_size,
                                                    report_lines, around.utf8, around.no_color}
                                       : ChartPlace{around.err_is_terminal, around.err_size, 1,
                                                    around.utf8, around.no_color};
  RunCharts charts(options, place, runs.size());
  if (plan.charts) {
    const std::string problem = charts.choose_path_variables(objectives[0]);
    if (!problem.empty()) {
      say(err, problem);
      return exit_code::usage;
    }
  }
  if (const int signal = interrupt_signal())  // while the expression was read
    return interrupted_before_run(err, signal);
  // --output is opened once everything is checked (it truncates the file)
  // and before anything is computed.
  OwnedFd output;
  int out_fd = streams.out_fd;
  if (!options.output.empty()) {
    output.fd = ::open(options.output.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (output.fd < 0 && interrupt_signal() != 0)  // a FIFO nobody opened, and Ctrl-C
      return interrupted_before_run(err, interrupt_signal());
    if (output.fd < 0) {
      say(err, fmt::format("gd: error: --output {}: cannot be written: {}\n", options.output,
                           std::strerror(errno)));
      return exit_code::write_failed;
    }
    out_fd = output.fd;
  }

  FdOutput out(out_fd);
  std::optional<HistoryWriter> history;
  if (plan.data && !options.summary)
    history.emplace(out, *plan.data, objectives[0].variables(), several, options.header,
                    options.every);
  if (plan.data && options.summary && options.header)
    append_header(out.buffer(), *plan.data, objectives[0].variables(), true, true);
  std::vector<std::string> names;  // the runs' series, known before they run
  for (const auto& spec : runs) names.push_back(several ? run_name(spec) : "");
  // --watch redraws the charts where they go, when that is a terminal.
  std::optional<Watch> watch;
  if (options.watch && plan.charts && place.terminal)
    watch.emplace(plan.report ? out_fd : STDERR_FILENO,
                  [&] { return charts.draw(drawing, names); });
  // The progress line would break --watch's frames on the same terminal:
  // --watch replaces it. Messages wait until the last frame is drawn.
  const bool progress =
      !watch && (options.progress == ProgressMode::always ||
                 (options.progress == ProgressMode::automatic && around.err_is_terminal));
  std::string messages;

  std::vector<RunLog> logs(runs.size());  // never resized: reports point into it
  std::vector<RunReport> reports;
  int code = exit_code::ok;
  for (std::size_t i = 0; i < runs.size() && !out.failed() && interrupt_signal() == 0; ++i) {
    const RunSpec& spec = runs[i];
    const RunColumns columns{spec.index, method_name(spec.settings.method),
                             spec.settings.learning_rate};
    ObserverList observers;
    if (history) {
      history->begin_run(columns);
      observers.add(*history);
    }
    if (plan.report || options.summary) observers.add(logs[i]);  // none needs no log
    if (plan.charts) charts.attach(observers, i);
    ProgressLine line(STDERR_FILENO, options.steps, around.err_size.value_or(TerminalSize{}).cols,
                      options.progress == ProgressMode::always ? 0.0 : 0.5,
                      several ? fmt::format("run {}/{} ", spec.index, runs.size()) : "");
    if (progress) observers.add(line);
    if (watch) observers.add(*watch);
    reports.push_back(descend_and_report(spec, objectives[i], options, observers, plan.report,
                                         history || plan.report || options.summary));
    reports.back().log = &logs[i];
    line.finish();
    if (history) history->finish_run();
    const DescentResult& result = reports.back().result;
    if (options.summary && plan.data) {
      const Snapshot& last = logs[i].last();
      const SummaryColumns summary{stop_word(result.reason), reports.back().evaluations};
      append_row(out.buffer(), *plan.data, objectives[0].variables(), last.row(), &columns,
                 &summary);
    }
    if (several && result.reason == StopReason::diverged) names[i] += " (diverged)";
    if (!out.failed()) {
      const std::string who =
          several ? fmt::format("run {} ({}): ", spec.index, run_name(spec)) : "";
      code = std::max(code, run_outcome(result, spec, options, who, messages));
      if (!watch) say(err, messages), messages.clear();
    }
  }
  if (watch) watch->finish();
  if (const int signal = interrupt_signal(); signal != 0 && code < 128) {  // between runs
    messages += fmt::format("gd: interrupted by {}: runs after run {} were not made\n",
                            interrupt_name(signal), reports.size());
    code = 128 + signal;
  }
  say(err, messages);

  // The path chart's map is sliced at the end of the first run that did
  // not diverge (where f is finite), or of the first run.
  std::size_t slice = 0;
  while (slice + 1 < reports.size() && reports[slice].result.reason == StopReason::diverged)
    ++slice;
  // Charts --watch left on the terminal are not drawn again.
  const bool shown = watch && watch->drawn();
  const std::string drawn = plan.charts && !shown ? charts.draw(drawing, names, slice) : "";
  if (plan.report && !reports.empty())
    out.write(render_report({options.expression, objectives[0].variables(), drawn, reports}));
  out.flush();
  if (out.failed()) {
    if (out.reader_gone()) return exit_code::ok;  // `gd | head`: the reader has what it wanted
    say(err, fmt::format("gd: error: cannot write output: {}\n", std::strerror(out.error())));
    return exit_code::write_failed;
  }
  if (plan.charts && !plan.report) say(err, drawn);
  return code;
}

int main_program(int argc, const char* const argv[], const Streams& streams,
                 void (*adjust)(Options&)) {
  try {
    CommandLine command_line = parse_command_line(argc, argv);
    if (command_line.exit_code) {
      FdOutput out(streams.out_fd);
      out.write(command_line.out);
      say(streams.err, command_line.err);
      if (!out.flush() && !out.reader_gone()) {
        say(streams.err,
            fmt::format("gd: error: cannot write output: {}\n", std::strerror(out.error())));
        return exit_code::write_failed;
      }
      return *command_line.exit_code;
    }
    if (adjust) adjust(command_line.options);
    return run(command_line.options, streams);
  } catch (const std::exception& error) {
    say(streams.err, fmt::format("gd: internal error: {}\n", error.what()));
  } catch (const mu::ParserError& error) {  // not a std::exception
    say(streams.err, fmt::format("gd: internal error: muParser: {}\n", error.GetMsg()));
  } catch (...) {
    say(streams.err, fmt::format("gd: internal error\n"));
  }
  return exit_code::internal;
}

int main_program(int argc, const char* const argv[]) {
  return main_program(argc, argv, {STDOUT_FILENO, stderr, observe_surroundings()});
}

}  // namespace gd
