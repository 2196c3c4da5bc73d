#pragma once
// Helpers of the end-to-end tests: run the built gd through bash and
// capture what it prints.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace gd_e2e {

struct Outcome {
  std::string out, err;
  int code = -1;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// A scratch file for this test process (ctest runs tests in parallel).
inline std::string scratch(const std::string& name) {
  return testing::TempDir() + "gd_e2e_" + std::to_string(getpid()) + "_" + name;
}

/// Runs `gd ARGS` (ARGS is bash text) with stdout and stderr captured.
/// `tail` goes after the command: "| head -2" (whose output is captured)
/// or "> FILE" (then stdout is not captured). `env` goes before it:
/// "NO_COLOR=1 LANG=C".
inline Outcome gd(const std::string& args, const std::string& tail = "",
                  const std::string& env = "") {
  const std::string out = scratch("out"), err = scratch("err"), script = scratch("run.sh");
  std::remove(out.c_str());
  std::ofstream(script) << "set -o pipefail\n"
                        << (env.empty() ? "" : "env " + env + " ") << "'" GD_BINARY "' " << args
                        << " 2>'" << err << "' " << tail
                        << (tail.find('>') == std::string::npos ? " >'" + out + "'" : "") << "\n";
  int status = std::system(("bash '" + script + "'").c_str());
  return {slurp(out), slurp(err), WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

/// What a terminal of `cols` x `rows` shows when `env gd ARGS` runs in it
/// (script(1) gives gd a pseudo-terminal), carriage returns removed.
inline std::string on_terminal(const std::string& args, const std::string& env, int cols = 80,
                               int rows = 24) {
  const std::string screen = scratch("tty"), script = scratch("tty.sh");
  std::ofstream(script) << "stty cols " << cols << " rows " << rows << "\nenv " << env << " '"
                        << GD_BINARY "' " << args << "\n";
  const std::string command =
      "script -qec \"bash '" + script + "'\" /dev/null < /dev/null > '" + screen + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  std::string text = slurp(screen);
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  return text;
}

/// The columns `line` takes on a terminal: UTF-8 characters, escape
/// sequences (colours) taking none.
inline int columns(const std::string& line) {
  int width = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b') {
      while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
      continue;
    }
    width += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  }
  return width;
}

inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) result.push_back(line);
  return result;
}

inline std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, separator);) fields.push_back(field);
  return fields;
}

inline double number(const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  EXPECT_EQ(*end, '\0') << "not a number: " << text;
  return value;
}

/// The seed's loop, written out for x1^2 + x2^2: rows of step, f, x1, x2, |g|.
inline std::vector<std::vector<double>> seed_rows(double x1, double x2, double lr, int steps) {
  const double h = 1e-4;
  auto f = [](double a, double b) { return a * a + b * b; };
  std::vector<std::vector<double>> rows;
  for (int k = 0; k <= steps; ++k) {
    const double g1 = (f(x1 + h, x2) - f(x1 - h, x2)) / (2 * h);
    const double g2 = (f(x1, x2 + h) - f(x1, x2 - h)) / (2 * h);
    rows.push_back({double(k), f(x1, x2), x1, x2, std::sqrt(g1 * g1 + g2 * g2)});
    x1 -= lr * g1;
    x2 -= lr * g2;
  }
  return rows;
}

}  // namespace gd_e2e
