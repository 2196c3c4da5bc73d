#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gd {

/// How sub-pixels become characters (--charset).
enum class Charset {
  braille,  ///< 2x4 dots per cell (U+2800..U+28FF)
  block,    ///< 2x2 quadrants per cell (U+2580..U+259F)
  ascii,    ///< 1x3 per cell: ' - _ and | for a vertical run
};

/// Sub-pixels across and down one cell.
int pixels_per_col(Charset charset);
int pixels_per_row(Charset charset);

/// No colour: the terminal's default.
constexpr int kNoColor = -1;

/// A grid of character cells, each split into sub-pixels by the charset.
/// Pixel (0, 0) is the top left. Knows nothing of data, axes or labels: a
/// chart maps its data to pixels and decorates the rendered rows.
class Canvas {
 public:
  Canvas(int cols, int rows, Charset charset);

  int cols() const { return cols_; }
  int rows() const { return rows_; }
  int pixel_width() const { return cols_ * pixels_x_; }
  int pixel_height() const { return rows_ * pixels_y_; }
  int pixels_per_col() const { return pixels_x_; }
  int pixels_per_row() const { return pixels_y_; }

  /// Lights one pixel; pixels outside the canvas are ignored. `color` is an
  /// xterm 256-colour index, kept per cell (the last one set wins).
  void set(int x, int y, int color = kNoColor);
  /// Lights the pixels of the segment between two points in pixel
  /// coordinates, clipped to the canvas first (ends may be far outside).
  void line(double x0, double y0, double x1, double y1, int color = kNoColor);
  /// Like line, but every other pixel along the longer side (the even
  /// ones): a contour, told from a solid path without colour.
  void dotted_line(double x0, double y0, double x1, double y1, int color = kNoColor);
  /// Shows `glyph` (one column wide) in a cell instead of its pixels.
  void put(int col, int row, const std::string& glyph, int color = kNoColor);
  /// Lights the pixel nearest to (x, y), when it is on the canvas.
  void dot(double x, double y, int color = kNoColor);
  /// Puts `glyph` in the cell holding the pixel nearest to (x, y), when it
  /// is on the canvas.
  void mark(double x, double y, const std::string& glyph, int color = kNoColor);
  /// Like put, but only in a cell with no pixels and no glyph yet.
  void put_behind(int col, int row, const std::string& glyph, int color = kNoColor);

  /// Each cell of `top` (the same size) that has pixels or a glyph
  /// replaces this one's: a layer over another, a path over its map.
  void cover(const Canvas& top);

  /// The cell that holds a pixel.
  int col_of(int x) const { return x / pixels_x_; }
  int row_of(int y) const { return y / pixels_y_; }

  /// One string per row, each exactly cols() columns wide; blank cells are
  /// spaces. With `color`, lit cells are wrapped in escape codes.
  std::vector<std::string> render(bool color) const;

 private:
  struct Cell {
    std::uint8_t bits = 0;
    int color = kNoColor;
    std::string glyph;  // when set, shown instead of the bits
  };
  Cell* cell(int col, int row);
  void trace(double x0, double y0, double x1, double y1, int color, bool dotted);
  std::string glyph_of(const Cell& cell) const;

  int cols_, rows_;
  Charset charset_;
  int pixels_x_, pixels_y_;
  std::vector<Cell> cells_;
};

/// Draws a polyline on a canvas a point at a time, in pixel coordinates:
/// each point is joined to the one before, and the first point, or one
/// after a break, is a dot. A point that is not finite breaks the line.
class Pen {
 public:
  Pen(Canvas& canvas, int color) : canvas_(canvas), color_(color) {}
  /// Draws to (x, y), or breaks the line there when it is not finite.
  void to(double x, double y);
  /// Moves to (x, y) without drawing; the next point is joined to it
  /// unless the line is broken first.
  void move(double x, double y) { x_ = x, y_ = y, down_ = true; }
  /// Breaks the line: the next point starts anew.
  void lift() { down_ = false; }

 private:
  Canvas& canvas_;
  int color_;
  bool down_ = false;
  double x_ = 0, y_ = 0;
};

/// The escape code that selects an xterm 256-colour foreground.
std::string color_code(int color);
/// The escape code that restores the default colour.
extern const char* const kResetColor;

}  // namespace gd
