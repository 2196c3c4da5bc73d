#include "plot/canvas.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace gd {
namespace {

// Braille dot bits by [row][column] within a cell (Unicode's numbering).
constexpr std::uint8_t kBrailleBits[4][2] = {
    {0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
// Quadrants indexed by bits: 1 upper left, 2 upper right, 4 lower left, 8 lower right.
const char* const kBlockGlyphs[16] = {" ", "▘", "▝", "▀", "▖", "▌", "▞", "▛",
                                      "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█"};
// Thirds of a cell, top to bottom: 1, 2, 4; two neighbours lean to the lower one.
const char* const kAsciiGlyphs[8] = {" ", "'", "-", "-", "_", ":", "_", "|"};

std::string braille_glyph(std::uint8_t bits) {
  const unsigned code = 0x2800u + bits;  // three bytes of UTF-8
  return {static_cast<char>(0xE0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)),
          static_cast<char>(0x80 | (code & 0x3F))};
}

/// Liang-Barsky: shrinks [t0, t1] to where p + t*d stays within [low, high].
bool clip(double p, double d, double low, double high, double& t0, double& t1) {
  if (d == 0) return p >= low && p <= high;
  double a = (low - p) / d, b = (high - p) / d;
  if (a > b) std::swap(a, b);
  t0 = std::max(t0, a);
  t1 = std::min(t1, b);
  return t0 <= t1;
}

}  // namespace

int pixels_per_col(Charset charset) { return charset == Charset::ascii ? 1 : 2; }
int pixels_per_row(Charset charset) {
  return charset == Charset::braille ? 4 : charset == Charset::block ? 2 : 3;
}

const char* const kResetColor = "\x1b[0m";

std::string color_code(int color) { return fmt::format("\x1b[38;5;{}m", color); }

Canvas::Canvas(int cols, int rows, Charset charset)
    : cols_(std::max(cols, 1)),
      rows_(std::max(rows, 1)),
      charset_(charset),
      pixels_x_(gd::pixels_per_col(charset)),
      pixels_y_(gd::pixels_per_row(charset)),
      cells_(static_cast<std::size_t>(cols_) * static_cast<std::size_t>(rows_)) {}

Canvas::Cell* Canvas::cell(int col, int row) {
  if (col < 0 || row < 0 || col >= cols_ || row >= rows_) return nullptr;
  return &cells_[static_cast<std::size_t>(row) * static_cast<std::size_t>(cols_) +
                 static_cast<std::size_t>(col)];
}

void Canvas::set(int x, int y, int color) {
  if (x < 0 || y < 0) return;
  Cell* target = cell(x / pixels_x_, y / pixels_y_);
  if (!target) return;
  const int dx = x % pixels_x_, dy = y % pixels_y_;
  switch (charset_) {
    case Charset::braille: target->bits |= kBrailleBits[dy][dx]; break;
    case Charset::block: target->bits |= static_cast<std::uint8_t>(1 << (dy * 2 + dx)); break;
    case Charset::ascii: target->bits |= static_cast<std::uint8_t>(1 << dy); break;
  }
  target->color = color;
}

void Canvas::line(double x0, double y0, double x1, double y1, int color) {
  trace(x0, y0, x1, y1, color, false);
}

void Canvas::dotted_line(double x0, double y0, double x1, double y1, int color) {
  trace(x0, y0, x1, y1, color, true);
}

void Canvas::cover(const Canvas& top) {
  for (std::size_t i = 0; i < cells_.size() && i < top.cells_.size(); ++i)
    if (top.cells_[i].bits != 0 || !top.cells_[i].glyph.empty()) cells_[i] = top.cells_[i];
}

void Canvas::trace(double x0, double y0, double x1, double y1, int color, bool dotted) {
  if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1)) return;
  // Clipped in halves, so that the ends' distance cannot overflow.
  const double hx = x0 / 2, hy = y0 / 2, dx = x1 / 2 - x0 / 2, dy = y1 / 2 - y0 / 2;
  const double right = pixel_width() - 1, bottom = pixel_height() - 1;  // pixel centres
  double t0 = 0.0, t1 = 1.0;
  if (!clip(hx, dx, 0, right / 2, t0, t1) || !clip(hy, dy, 0, bottom / 2, t0, t1)) return;
  double ax = 2 * (hx + t0 * dx), ay = 2 * (hy + t0 * dy);
  double bx = 2 * (hx + t1 * dx), by = 2 * (hy + t1 * dy);
  // Far ends lose the middle of a segment to rounding; along an axis the
  // clipped ends are exact.
  if (dy == 0) ax = std::max(std::min(x0, x1), 0.0), bx = std::min(std::max(x0, x1), right);
  if (dx == 0) ay = std::max(std::min(y0, y1), 0.0), by = std::min(std::max(y0, y1), bottom);
  ax = std::clamp(ax, 0.0, right), bx = std::clamp(bx, 0.0, right);  // rounding aside
  ay = std::clamp(ay, 0.0, bottom), by = std::clamp(by, 0.0, bottom);
  // One pixel per step along the longer side: no gaps, no doubled pixels.
  const bool steep = std::abs(by - ay) > std::abs(bx - ax);
  const int count = static_cast<int>(std::ceil(std::max(std::abs(bx - ax), std::abs(by - ay))));
  for (int i = 0; i <= count; ++i) {
    const double t = count == 0 ? 0.0 : static_cast<double>(i) / count;
    const int px = static_cast<int>(std::lround(ax + t * (bx - ax)));
    const int py = static_cast<int>(std::lround(ay + t * (by - ay)));
    if (!dotted || (steep ? py : px) % 2 == 0) set(px, py, color);
  }
}

/// The nearest pixel, when (x, y) lies on the canvas (nan does not).
static bool on_canvas(const Canvas& canvas, double x, double y, int& px, int& py) {
  if (!(x > -0.5 && x < canvas.pixel_width() - 0.5 && y > -0.5 && y < canvas.pixel_height() - 0.5))
    return false;
  px = static_cast<int>(std::lround(x));
  py = static_cast<int>(std::lround(y));
  return true;
}

void Canvas::dot(double x, double y, int color) {
  int px = 0, py = 0;
  if (on_canvas(*this, x, y, px, py)) set(px, py, color);
}

void Canvas::mark(double x, double y, const std::string& glyph, int color) {
  int px = 0, py = 0;
  if (on_canvas(*this, x, y, px, py)) put(col_of(px), row_of(py), glyph, color);
}

void Canvas::put(int col, int row, const std::string& glyph, int color) {
  if (Cell* target = cell(col, row)) {
    target->glyph = glyph;
    target->color = color;
  }
}

void Canvas::put_behind(int col, int row, const std::string& glyph, int color) {
  Cell* target = cell(col, row);
  if (target && target->bits == 0 && target->glyph.empty()) put(col, row, glyph, color);
}

void Pen::to(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) {
    lift();
    return;
  }
  if (down_)
    canvas_.line(x_, y_, x, y, color_);
  else
    canvas_.dot(x, y, color_);
  move(x, y);
}

std::string Canvas::glyph_of(const Cell& c) const {
  if (!c.glyph.empty()) return c.glyph;
  if (c.bits == 0) return " ";
  switch (charset_) {
    case Charset::braille: return braille_glyph(c.bits);
    case Charset::block: return kBlockGlyphs[c.bits];
    case Charset::ascii: break;
  }
  return kAsciiGlyphs[c.bits];
}

std::vector<std::string> Canvas::render(bool color) const {
  std::vector<std::string> lines;
  for (int row = 0; row < rows_; ++row) {
    std::string text;
    int current = kNoColor;  // the colour in effect
    for (int col = 0; col < cols_; ++col) {
      const Cell& c = cells_[static_cast<std::size_t>(row * cols_ + col)];
      const std::string glyph = glyph_of(c);
      // A space shows no colour, so it keeps the one in effect: fewer codes.
      const int wanted = !color ? kNoColor : glyph == " " ? current : c.color;
      if (wanted != current) text += wanted == kNoColor ? kResetColor : color_code(wanted);
      current = wanted;
      text += glyph;
    }
    if (current != kNoColor) text += kResetColor;
    lines.push_back(std::move(text));
  }
  return lines;
}

}  // namespace gd
