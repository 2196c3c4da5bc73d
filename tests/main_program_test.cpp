#include "app/main_program.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/outcome.h"
#include "cli/options.h"
#include "pipe.h"

namespace gd {
namespace {

struct Written {
  int code = -1;
  std::string out, err;
};

/// main_program for `gd ARGS...` with stdout in a pipe and stderr in a file.
Written program(std::vector<std::string> args, void (*adjust)(Options&) = nullptr) {
  args.insert(args.begin(), "gd");
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  Pipe out;
  std::FILE* err = std::tmpfile();
  Written written;
  written.code =
      main_program(static_cast<int>(argv.size()), argv.data(), {out.in(), err, -1, {}}, adjust);
  written.out = out.text();
  std::rewind(err);
  for (int c; (c = std::fgetc(err)) != EOF;) written.err += static_cast<char>(c);
  std::fclose(err);
  return written;
}

TEST(MainProgram, HelpAndVersionPrintAndExitZero) {
  const Written version = program({"--version"});
  EXPECT_EQ(version.code, exit_code::ok);
  EXPECT_EQ(version.out, std::string("gd ") + GD_VERSION + "\n");
  EXPECT_EQ(version.err, "");
  const Written help = program({"--help"});
  EXPECT_EQ(help.code, exit_code::ok);
  EXPECT_EQ(help.out.rfind("gd: gradient descent on a typed expression", 0), 0u);
}

TEST(MainProgram, EveryUsageErrorIsTwoWithNothingOnStdout) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--frobnicate"},                          // parsing
        {"--expr", "x", "--start", "1", "--summary", "--format", "text"},  // options together
        {"--expr", "@/nonexistent/file", "--start", "1"},                  // reading --expr
        {"--expr", "x+", "--start", "1"},                                  // the expression
        {"--expr", "x+y", "--start", "1,2,3"}}) {                          // the plan
    const Written w = program(args);
    EXPECT_EQ(w.code, exit_code::usage) << args[0];
    EXPECT_EQ(w.out, "") << args[0];
    EXPECT_EQ(w.err.rfind("gd: error: ", 0), 0u) << w.err;
  }
}

TEST(MainProgram, RunsThePlanAndAdjustsTheOptionsFirst) {
  const Written w = program({"--expr", "x^2", "--start", "1", "--steps", "100"},
                            [](Options& options) { options.steps = 2; });
  EXPECT_EQ(w.code, exit_code::ok);
  EXPECT_EQ(w.err, "");
  // The header and rows 0..2: --steps 100 became 2.
  ASSERT_EQ(std::count(w.out.begin(), w.out.end(), '\n'), 4);
  EXPECT_EQ(w.out.rfind("step,f,x,grad_norm\n0,1,1,", 0), 0u) << w.out;
  EXPECT_NE(w.out.find("\n2,"), std::string::npos) << w.out;
}

}  // namespace
}  // namespace gd
