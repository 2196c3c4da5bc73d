#include "app/main_program.h"

#include <muParserError.h>

#include <exception>
#include <optional>
#include <string>

#include "app/outcome.h"
#include "app/plan.h"
#include "base/signals.h"
#include "cli/command_line.h"
#include "cli/expression_source.h"
#include "cli/usage_error.h"
#include "output/fd_output.h"

namespace gd {
namespace {

/// --help or --version: the text on stdout, and exit 0 (4 if it could not
/// be written, unless the reader went away).
int print(const std::string& text, const Streams& streams) {
  FdOutput out(streams.out_fd);
  out.write(text);
  if (!out.flush() && !out.reader_gone()) {
    say(streams.err, cannot_write_output(out.error()));
    return exit_code::write_failed;
  }
  return exit_code::ok;
}

/// Parse, check, read the expression, plan, run: each step may end it.
int run_program(int argc, const char* const argv[], const Streams& streams,
                void (*adjust)(Options&)) {
  try {
    CommandLine command_line = parse_command_line(argc, argv);
    if (command_line.print) return print(*command_line.print, streams);
    Options& options = command_line.options;
    check_options(options);
    if (adjust) adjust(options);
    std::string problem;
    const std::optional<std::string> text = expression_text(options.expression, problem);
    if (!text) {
      if (const int signal = interrupt_signal()) {  // Ctrl-C while stdin or a FIFO was read
        say(streams.err, interrupted_before_runs(signal));
        return exit_code::interrupted(signal);
      }
      throw UsageError(problem);
    }
    const Plan plan = make_plan(options, *text, streams.surroundings);
    return run_session(plan, streams);
  } catch (const UsageError& error) {
    say(streams.err, error.lines());
    return exit_code::usage;
  }
}

}  // namespace

int main_program(int argc, const char* const argv[], const Streams& streams,
                 void (*adjust)(Options&)) {
  try {
    return run_program(argc, argv, streams, adjust);
  } catch (const std::exception& error) {
    say(streams.err, internal_error(error.what()));
  } catch (const mu::ParserError& error) {  // not a std::exception
    say(streams.err, internal_error("muParser: " + error.GetMsg()));
  } catch (...) {
    say(streams.err, internal_error(""));
  }
  return exit_code::internal;
}

int main_program(int argc, const char* const argv[]) {
  return main_program(argc, argv, {STDOUT_FILENO, stderr, STDERR_FILENO, observe_surroundings()});
}

}  // namespace gd
