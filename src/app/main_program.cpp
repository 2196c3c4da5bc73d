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
  return out.flush() ? exit_code::ok : tell(streams.err, output_failure(out));
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
      if (const int signal = interrupt_signal())  // Ctrl-C while stdin or a FIFO was read
        return tell(streams.err, interrupted_before_runs(signal));
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
    return tell(streams.err, internal_error(error.what()));
  } catch (const mu::ParserError& error) {  // not a std::exception
    return tell(streams.err, internal_error("muParser: " + error.GetMsg()));
  } catch (...) {
    return tell(streams.err, internal_error(""));
  }
}

int main_program(int argc, const char* const argv[]) {
  return main_program(argc, argv, {STDOUT_FILENO, stderr, STDERR_FILENO, observe_surroundings()});
}

}  // namespace gd
