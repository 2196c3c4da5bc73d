#include "app.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <exception>

#include "cli.h"
#include "descent.h"
#include "diagnostics.h"
#include "objective.h"
#include "output/fd_output.h"
#include "output/history.h"
#include "output/report.h"
#include "plot/classic.h"

namespace gd {
namespace {

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
  fmt::print(err, "gd: error: --start has {} values, but the expression has {} variable{} ({})\n",
             options.start.size(), n, n == 1 ? "" : "s", fmt::join(f.variables(), ", "));
  return false;
}

/// A variable named like a fixed column would make the history ambiguous.
bool variable_names_fit_history(const Objective& f, std::FILE* err) {
  for (const auto& name : f.variables())
    for (const char* column : kFixedColumns)
      if (name == column) {
        fmt::print(err,
                   "gd: error: --expr: the variable \"{}\" has the name of a history column "
                   "(step, f, grad_norm); please rename it\n",
                   name);
        return false;
      }
  return true;
}

DataFormat data_format(Format format) {
  switch (format) {
    case Format::tsv: return DataFormat::tsv;
    case Format::jsonl: return DataFormat::jsonl;
    default: return DataFormat::csv;
  }
}

/// The objective at its start point, or nothing after saying why on `err`.
std::optional<Objective> prepare_objective(const Options& options, std::FILE* err) {
  std::optional<Objective> f;
  try {
    f.emplace(Objective::compile({options.expression, options.variable_order, options.constants}));
  } catch (const ExpressionError& error) {
    std::fputs(render_expression_error(options.expression, error).c_str(), err);
    return std::nullopt;
  }
  if (!variable_names_fit_history(*f, err) || !place_start(options, *f, err)) return std::nullopt;
  return f;
}

}  // namespace

int run(const Options& options, const Terminal& terminal) {
  std::FILE* err = terminal.err;
  std::optional<Objective> objective = prepare_objective(options, err);
  if (!objective) return exit_code::usage;
  Objective& f = *objective;

  Format format = options.format;
  if (format == Format::automatic) format = terminal.out_is_terminal ? Format::text : Format::csv;
  const bool text = format == Format::text;
  // With a data format on stdout, a graph is drawn only when asked for, on stderr.
  const bool graph = options.plot == Plot::classic && (text || options.plot_requested);

  FdOutput out(terminal.out_fd);
  ObserverList observers;
  std::optional<HistoryWriter> history;
  if (!text) {
    history.emplace(out, data_format(format), f.variables());
    observers.add(*history);
  }
  RunLog log;
  if (text || graph) observers.add(log);

  GradientStep sgd(options.learning_rate);
  const auto started = std::chrono::steady_clock::now();
  const DescentResult result = descend(f, sgd, {options.h, options.steps}, observers);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;

  const std::string picture =
      graph ? classic_graph(log.losses_after_steps(), options.plot_width, options.plot_height)
            : std::string();
  if (text)
    out.write(render_report(
        {options.expression, f.variables(), &log, picture, f.evaluations(), elapsed.count()}));
  out.flush();
  if (out.failed()) {
    if (out.reader_gone()) return exit_code::ok;  // `gd | head`: the reader has what it wanted
    fmt::print(err, "gd: error: cannot write output: {}\n", std::strerror(out.error()));
    return exit_code::write_failed;
  }
  if (graph && !text) std::fputs(picture.c_str(), err);
  if (result.reason == StopReason::diverged) {
    if (result.last_step == 0)  // no step was taken: the learning rate is not to blame
      fmt::print(err, "gd: error: diverged at step 0: {} at the start point; try another --start\n",
                 result.what_diverged);
    else
      fmt::print(err, "gd: error: diverged at step {}: {}; try a smaller --lr (it is {})\n",
                 result.last_step, result.what_diverged, options.learning_rate);
    return exit_code::diverged;
  }
  return exit_code::ok;
}

int main_program(int argc, const char* const argv[]) {
  try {
    CommandLine command_line = parse_command_line(argc, argv);
    if (command_line.exit_code) {
      FdOutput out(STDOUT_FILENO);
      out.write(command_line.out);
      std::fputs(command_line.err.c_str(), stderr);
      if (!out.flush() && !out.reader_gone()) {
        fmt::print(stderr, "gd: error: cannot write output: {}\n", std::strerror(out.error()));
        return exit_code::write_failed;
      }
      return *command_line.exit_code;
    }
    return run(command_line.options, {STDOUT_FILENO, stderr, isatty(STDOUT_FILENO) == 1});
  } catch (const std::exception& error) {
    fmt::print(stderr, "gd: internal error: {}\n", error.what());
    return exit_code::internal;
  }
}

}  // namespace gd
