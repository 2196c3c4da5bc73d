#include "output/fd_output.h"

#include <unistd.h>

#include <cerrno>

namespace gd {

bool FdOutput::flush() {
  const char* data = buffer_.data();
  std::size_t left = buffer_.size();
  while (left > 0 && error_ == 0) {
    ssize_t written = ::write(fd_, data, left);
    if (written < 0) {
      if (errno != EINTR) error_ = errno;
      continue;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  buffer_.clear();  // after a failure nothing more can be delivered
  return error_ == 0;
}

bool FdOutput::reader_gone() const { return error_ == EPIPE; }

void write_all(int fd, const std::string& text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
}

}  // namespace gd
