#include "cli/expression_source.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <string>

#include "base/signals.h"

namespace gd {
namespace {

std::string write_file(const std::string& name, const std::string& text) {
  const std::string path = testing::TempDir() + "gd_expr_" + std::to_string(getpid()) + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(ExpressionSource, TextIsItself) {
  std::string error;
  EXPECT_EQ(expression_text("x^2 # not a comment here", error), "x^2 # not a comment here");
}

TEST(ExpressionSource, CommentsGoAndNewlinesBecomeSpaces) {
  EXPECT_EQ(strip_comments("# Rosenbrock\n(1-x)^2 +  # the valley\n100*(y-x^2)^2\n"),
            " (1-x)^2 +   100*(y-x^2)^2 ");
  EXPECT_EQ(strip_comments("a\r\nb"), "a  b");
}

TEST(ExpressionSource, FromAFile) {
  std::string error;
  const std::string path = write_file("ok", "x^2 +\n  y^2  # bowl\n");
  EXPECT_EQ(expression_text("@" + path, error), "x^2 +   y^2   ");
  EXPECT_FALSE(expression_text("@" + path + ".missing", error));
  EXPECT_EQ(error.rfind("--expr @" + path + ".missing: cannot be read: ", 0), 0u) << error;
}

TEST(ExpressionSource, ANulByteIsRefused) {
  std::string error;
  const std::string path = write_file("nul", std::string("x+\0y", 4));
  EXPECT_FALSE(expression_text("@" + path, error));
  EXPECT_EQ(error, "--expr @" + path + ": holds a NUL byte at byte 3");
}

TEST(ExpressionSource, AnEndlessFileIsCutShortAndRefused) {
  std::string error;
  EXPECT_FALSE(expression_text("@/dev/zero", error));
  EXPECT_EQ(error, "--expr @/dev/zero: is over 1 MiB; an expression is at most 19999 characters");
  const std::string path = write_file("big", std::string(kMaxExpressionSourceBytes + 1, ' '));
  EXPECT_FALSE(expression_text("@" + path, error));
  const std::string fits =
      write_file("fits", "x # " + std::string(kMaxExpressionSourceBytes - 4, 'c'));
  EXPECT_TRUE(expression_text("@" + fits, error)) << error;
}

TEST(ExpressionSource, ADirectoryCannotBeRead) {
  std::string error;
  EXPECT_FALSE(expression_text("@/tmp", error));
  EXPECT_EQ(error, "--expr @/tmp: cannot be read: Is a directory");
}

TEST(ExpressionText, ASignalBeforeAFifoIsOpenedIsNotAWaitForEver) {
  // With no writer, open() on a FIFO waits; a signal that came before it
  // would not interrupt it. Found as a hang under load (CI, sanitize).
  const std::string fifo = ::testing::TempDir() + "gd_no_writer.fifo";
  std::remove(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  catch_interrupts();
  std::raise(SIGINT);
  std::string error;
  const auto text = expression_text("@" + fifo, error);  // returns at once
  const int signal = interrupt_signal();
  clear_interrupt();
  std::signal(SIGINT, SIG_DFL);
  std::remove(fifo.c_str());
  EXPECT_FALSE(text);
  EXPECT_EQ(error, "");  // the caller says it was interrupted
  EXPECT_EQ(signal, SIGINT);
}

}  // namespace
}  // namespace gd
