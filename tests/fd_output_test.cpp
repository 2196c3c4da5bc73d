#include "output/fd_output.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <string>

namespace gd {
namespace {

TEST(FdOutput, WritesEverythingOnFlush) {
  int ends[2];
  ASSERT_EQ(pipe(ends), 0);
  {
    FdOutput out(ends[1]);
    out.write("step,f\n");
    fmt::format_to(std::back_inserter(out.buffer()), "{},{}\n", 0, 2.5);
    EXPECT_TRUE(out.flush());
    EXPECT_FALSE(out.failed());
  }
  close(ends[1]);
  char text[64] = {};
  EXPECT_EQ(read(ends[0], text, sizeof text), 13);
  EXPECT_EQ(std::string(text), "step,f\n0,2.5\n");
  close(ends[0]);
}

TEST(FdOutput, WritesOnlyFullChunksBeforeFlush) {
  int ends[2];
  ASSERT_EQ(pipe(ends), 0);
  fcntl(ends[0], F_SETFL, O_NONBLOCK);
  FdOutput out(ends[1]);
  out.write("small");
  out.flush_if_full();
  char byte;
  EXPECT_EQ(read(ends[0], &byte, 1), -1);  // nothing written yet
  close(ends[0]);
  close(ends[1]);
}

TEST(FdOutput, WritesAFullChunkAtOnce) {
  int ends[2];
  ASSERT_EQ(pipe(ends), 0);
  fcntl(ends[0], F_SETFL, O_NONBLOCK);
  fcntl(ends[1], F_SETPIPE_SZ, 1 << 20);  // room for the whole chunk
  FdOutput out(ends[1]);
  out.write(std::string(64 * 1024, 'x'));
  out.flush_if_full();
  std::string got(128 * 1024, '\0');
  EXPECT_EQ(read(ends[0], got.data(), got.size()), 64 * 1024);
  EXPECT_TRUE(out.buffer().size() == 0);
  close(ends[0]);
  close(ends[1]);
}

TEST(FdOutput, NoticesTheReaderLeaving) {
  std::signal(SIGPIPE, SIG_IGN);  // as gd's main does
  int ends[2];
  ASSERT_EQ(pipe(ends), 0);
  close(ends[0]);
  FdOutput out(ends[1]);
  out.write("row\n");
  EXPECT_FALSE(out.flush());
  EXPECT_TRUE(out.reader_gone());
  EXPECT_EQ(out.error(), EPIPE);
  close(ends[1]);
}

TEST(FdOutput, ReportsAFullDisk) {
  int fd = open("/dev/full", O_WRONLY);
  ASSERT_GE(fd, 0);
  FdOutput out(fd);
  out.write("row\n");
  EXPECT_FALSE(out.flush());
  EXPECT_FALSE(out.reader_gone());
  EXPECT_EQ(out.error(), ENOSPC);
  close(fd);
}

}  // namespace
}  // namespace gd
