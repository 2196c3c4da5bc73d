#include "observers/watch.h"

#include <fmt/format.h>

#include <utility>

#include "observers/redraw.h"
#include "output/fd_output.h"

namespace gd {

Watch::Watch(int fd, std::function<std::string()> frame) : fd_(fd), frame_(std::move(frame)) {}

Watch::~Watch() {
  if (cursor_hidden_) write_all(fd_, "\x1b[?25h");
}

void Watch::draw() {
  std::string text = frame_();
  std::string out;
  if (!cursor_hidden_) out += "\x1b[?25l";
  cursor_hidden_ = true;
  if (lines_ > 0) out += fmt::format("\x1b[{}F", lines_);  // back to the frame's first line
  int count = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin);
    out += text.substr(begin, end - begin) + "\x1b[K\n";  // each line cleared to its end
    ++count;
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  if (count < lines_) out += "\x1b[J";  // a shorter frame: clear what is left below
  lines_ = count;
  write_all(fd_, out);
  last_drawn_ = Clock::now();
}

Next Watch::on_row(const Row& row) {
  if (row.step % 256 != 0) return Next::go_on;
  if (std::chrono::duration<double>(Clock::now() - last_drawn_).count() >= kFrameSeconds) draw();
  return Next::go_on;
}

void Watch::finish() {
  draw();
  write_all(fd_, "\x1b[?25h");
  cursor_hidden_ = false;
}

}  // namespace gd
