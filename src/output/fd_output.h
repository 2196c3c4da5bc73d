#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace gd {

/// Buffered output to a file descriptor that remembers the first failed
/// write instead of throwing, so the loop can stop and say why.
/// Callers format straight into buffer() (fmt::format_to) and call
/// flush_if_full() after each record.
class FdOutput {
 public:
  explicit FdOutput(int fd) : fd_(fd) {}
  FdOutput(const FdOutput&) = delete;
  FdOutput& operator=(const FdOutput&) = delete;

  fmt::memory_buffer& buffer() { return buffer_; }
  void write(std::string_view text) { buffer_.append(text.data(), text.data() + text.size()); }

  /// Writes the buffer once it holds a chunk worth a system call.
  void flush_if_full() {
    if (buffer_.size() >= kChunk) flush();
  }
  /// Writes everything buffered; false once any write has failed.
  bool flush();

  bool failed() const { return error_ != 0; }
  /// errno of the first failed write, 0 if none.
  int error() const { return error_; }
  /// The reader went away (EPIPE: `gd ... | head`); not worth a message.
  bool reader_gone() const;

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  int fd_;
  int error_ = 0;
  fmt::memory_buffer buffer_;
};

/// Writes a message to stderr (or its stand-in) with fputs: unlike
/// fmt::print, a full or closed stderr is not an exception, since there is
/// nowhere left to report it.
inline void say(std::FILE* err, const std::string& text) { std::fputs(text.c_str(), err); }

/// Writes all of `text` to `fd` unbuffered, retrying after signals; errors
/// are ignored (the terminal went away: there is nobody to tell). For lines
/// redrawn on a terminal.
void write_all(int fd, const std::string& text);

}  // namespace gd
