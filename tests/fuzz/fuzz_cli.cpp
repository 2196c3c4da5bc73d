// libFuzzer target: the whole command line. The input is argv, one
// argument a line (argv[0] is "gd"). gd runs with stdout in a memory file
// and stderr in a memory stream, not on a terminal, and its options are
// bounded after parsing: at most 200 steps, 1e6 evaluations and 2 s a run,
// no --watch, no progress line, no --output file, charts at most 120 x 60.
// stdin is /dev/null (for --expr -). A finding: a sanitizer report, an exit
// code gd does not document (70 is an internal error), a usage error that
// wrote on stdout, a failure without a "gd: " line, stdout or stderr not
// ending in a newline, or an error line with exit 0.
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/main_program.h"
#include "cli/options.h"

namespace {

void bound(gd::Options& options) {
  options.steps = std::min<std::uint64_t>(options.steps, 200);
  options.stop.max_evals =
      std::min<std::uint64_t>(options.stop.max_evals.value_or(1000000), 1000000);
  options.stop.max_time = std::min(options.stop.max_time.value_or(2.0), 2.0);
  options.watch = false;
  options.progress = gd::ProgressMode::never;
  options.output.clear();
  if (options.plot_width) options.plot_width = std::min(*options.plot_width, 120);
  if (options.plot_height) options.plot_height = std::min(*options.plot_height, 60);
  // At most 4 x 4 runs sharing 4 s, so that a slow input is not a timeout.
  if (options.optimizers.size() > 4) options.optimizers.resize(4);
  if (options.learning_rates.size() > 4) options.learning_rates.resize(4);
  const double runs = static_cast<double>(options.optimizers.size() *
                                          std::max<std::size_t>(options.learning_rates.size(), 1));
  options.stop.max_time = std::min(*options.stop.max_time, 4.0 / runs);
}

int out_fd = -1;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const int null = ::open("/dev/null", O_RDONLY);
  ::dup2(null, STDIN_FILENO);
  out_fd = ::memfd_create("gd-out", 0);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args{"gd"};
  std::size_t from = 0;
  while (from <= input.size() && args.size() < 64) {
    const std::size_t end = std::min(input.find('\n', from), input.size());
    args.push_back(input.substr(from, end - from));
    from = end + 1;
  }
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  argv.push_back(nullptr);

  ::ftruncate(out_fd, 0);
  ::lseek(out_fd, 0, SEEK_SET);
  char* err_text = nullptr;
  std::size_t err_size = 0;
  std::FILE* err = ::open_memstream(&err_text, &err_size);
  gd::Surroundings around;
  around.utf8 = true;
  const int code =
      gd::main_program(static_cast<int>(args.size()), argv.data(), {out_fd, err, 2, around}, bound);
  std::fclose(err);
  const std::string messages(err_text, err_size);
  std::free(err_text);
  const off_t written = ::lseek(out_fd, 0, SEEK_CUR);
  char last = '\n';
  if (written > 0) ::pread(out_fd, &last, 1, written - 1);

  const bool documented = code == 0 || code == 1 || code == 2 || code == 3;
  // stderr may hold charts (an explicit --plot beside data): look at lines.
  const bool error_said =
      messages.rfind("gd: error: ", 0) == 0 || messages.find("\ngd: error: ") != std::string::npos;
  const bool line_said =
      messages.rfind("gd: ", 0) == 0 || messages.find("\ngd: ") != std::string::npos;
  if (!documented || (code == 2 && written > 0) || (code != 0 && !line_said) ||
      last != '\n' ||                                    // a half-written line
      (!messages.empty() && messages.back() != '\n') ||  // a half-written message
      (code == 0 && error_said)) {
    std::fprintf(stderr, "exit %d, %lld bytes on stdout, stderr:\n%s\n", code,
                 static_cast<long long>(written), messages.c_str());
    __builtin_trap();
  }
  return 0;
}
