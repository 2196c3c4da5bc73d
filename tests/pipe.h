#pragma once
// A pipe for tests: what gd writes to its write end, read back whole.

#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

namespace gd {

/// Collects what is written to `in()` (a pipe's write end); text() closes
/// it and reads everything. Writes must stay under the pipe's buffer (64 KiB).
class Pipe {
 public:
  Pipe() { EXPECT_EQ(::pipe(fds_), 0); }
  ~Pipe() {
    ::close(fds_[0]);
    if (fds_[1] >= 0) ::close(fds_[1]);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;

  int in() const { return fds_[1]; }
  std::string text() {
    if (fds_[1] >= 0) ::close(fds_[1]);
    fds_[1] = -1;
    std::string all;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds_[0], buffer, sizeof buffer)) > 0;)
      all.append(buffer, static_cast<std::size_t>(n));
    return all;
  }

 private:
  int fds_[2] = {-1, -1};
};

}  // namespace gd
