#include "plot/frame.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace gd {
namespace {

/// Box-drawing pieces of the axes, or their ascii stand-ins.
struct AxisGlyphs {
  const char* vertical;
  const char* y_tick;
  const char* corner;
  const char* horizontal;
  const char* x_tick;
};
constexpr AxisGlyphs kBoxAxis{"│", "┤", "└", "─", "┬"};
constexpr AxisGlyphs kAsciiAxis{"|", "+", "+", "-", "+"};

/// UTF-8 code points of `text`, one string each.
std::vector<std::string> code_points(const std::string& text) {
  std::vector<std::string> points;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80 && !points.empty())
      points.back() += c;
    else
      points.emplace_back(1, c);
  }
  return points;
}

/// `text` without its escape sequences (colours): cut, they would garble.
std::string without_escapes(const std::string& text) {
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b') {
      while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
      continue;
    }
    plain += text[i];
  }
  return plain;
}

bool is_digit(const std::string& point) {
  return point.size() == 1 && std::isdigit(static_cast<unsigned char>(point[0]));
}

/// Whether points[i] is part of a number: a digit, a point or an
/// exponent's "e", "-" or "+" between digits.
bool in_number(const std::vector<std::string>& p, std::size_t i) {
  const auto at = [&](std::size_t k, const char* set) {
    return k < p.size() && p[k].size() == 1 && std::strchr(set, p[k][0]) != nullptr;
  };
  if (is_digit(p[i])) return true;
  const bool digit_before = i > 0 && is_digit(p[i - 1]);
  const bool digit_after = i + 1 < p.size() && is_digit(p[i + 1]);
  if (at(i, ".")) return digit_before || digit_after;
  if (at(i, "eE")) return digit_before && (digit_after || at(i + 1, "+-"));
  return at(i, "+-") && i > 1 && at(i - 1, "eE") && is_digit(p[i - 2]) && digit_after;
}

/// Whether cutting before points[i] would split a number.
bool splits_number(const std::vector<std::string>& p, std::size_t i) {
  return i > 0 && i < p.size() && in_number(p, i - 1) && in_number(p, i);
}

/// A line of ascii labels: each placed centred on its column (label_begin,
/// as axis_ticks reckons) when it fits one space apart from the others.
/// At the line's ends a label moves inwards, still over its column, rather
/// than be left out. Returns which were placed.
std::vector<bool> place_labels(std::string& line, const std::vector<int>& columns,
                               const std::vector<Tick>& ticks, int limit) {
  std::vector<bool> placed(ticks.size(), false);
  int free_from = 0;  // first column a label may use
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    const int length = static_cast<int>(ticks[i].label.size());
    const int inwards = std::max(std::min(label_begin(columns[i], length), limit - length), 0);
    const int begin = std::max(inwards, columns[i] - length + 1);  // still over its column
    if (begin < free_from || begin + length > limit) continue;
    line.replace(static_cast<std::size_t>(begin), static_cast<std::size_t>(length), ticks[i].label);
    free_from = begin + length + 1;
    placed[i] = true;
  }
  return placed;
}

/// A line without trailing spaces, also those before a final reset of the
/// colour: a terminal shows nothing of them, and copies pick them up.
std::string trim_end(std::string line) {
  const std::size_t reset_size = std::strlen(kResetColor);
  const auto ends_in_reset = [&] {
    return line.size() >= reset_size &&
           line.compare(line.size() - reset_size, reset_size, kResetColor) == 0;
  };
  bool reset = false;
  while (!line.empty() && (line.back() == ' ' || ends_in_reset())) {
    if (line.back() == ' ') {
      line.pop_back();
    } else {
      line.resize(line.size() - reset_size);
      reset = true;
    }
  }
  // Still in a colour (the last code is not a reset): end it.
  const auto code = line.rfind('\x1b');
  if (reset && code != std::string::npos && line.compare(code, reset_size, kResetColor) != 0)
    line += kResetColor;
  return line;
}

/// Every line of `text` trimmed at its end.
std::string trim_lines(const std::string& text) {
  std::string result;
  std::size_t from = 0;
  for (std::size_t end; (end = text.find('\n', from)) != std::string::npos; from = end + 1)
    result += trim_end(text.substr(from, end - from)) + "\n";
  return result + trim_end(text.substr(from));
}

}  // namespace

std::string join_fitting(const std::string& head, const std::vector<std::string>& items, int width,
                         bool ascii) {
  const std::string ellipsis = ascii ? "..." : "…";
  for (std::size_t shown = items.size();; --shown) {
    std::string text = head;
    for (std::size_t i = 0; i < shown; ++i) text += (i > 0 ? ", " : "") + items[i];
    if (shown < items.size())
      text += fmt::format("{}{} (+{} more)", shown > 0 ? ", " : "", ellipsis, items.size() - shown);
    if (display_width(text) <= width || shown == 0) return text;
  }
}

SeriesLook series_look(std::size_t i) {
  // xterm-256 colours of middle luminance, so that each has a contrast of
  // at least 3.3 (WCAG's ratio) against black and against white, and hues
  // apart: blue, red, green, orange, magenta, teal, olive, purple. (The
  // basic 16 are left alone: terminals' themes remap them, dark blue and
  // the greys vanish on one background or the other.) Markers tell the
  // series apart without colour.
  static const int colors[] = {33, 160, 28, 166, 163, 30, 136, 97};
  static const char* const markers[] = {"*", "+", "x", "#", "%", "&", "$", "="};
  return {colors[i % 8], markers[i % 8]};
}

int display_width(const std::string& text) {
  int width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b') {  // an escape sequence: up to its final letter
      while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
      continue;
    }
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++width;
  }
  return width;
}

std::string elide_middle(const std::string& text, int width, bool ascii) {
  if (display_width(text) <= width) return text;  // colour codes and all
  const auto points = code_points(without_escapes(text));
  const std::string ellipsis = ascii ? "..." : "…";
  const int room = width - (ascii ? 3 : 1);
  if (room <= 0)
    return ascii ? std::string(static_cast<std::size_t>(std::max(width, 0)), '.')
                 : (width > 0 ? ellipsis : "");
  // The cuts move outwards rather than split a number: "x = 2.5, …", never "x = 2.…".
  std::size_t head = static_cast<std::size_t>((room + 1) / 2);
  std::size_t tail_from = points.size() - static_cast<std::size_t>(room / 2);
  while (head > 0 && splits_number(points, head)) --head;
  while (tail_from < points.size() && splits_number(points, tail_from)) ++tail_from;
  std::string result;
  for (std::size_t i = 0; i < head; ++i) result += points[i];
  result += ellipsis;
  for (std::size_t i = tail_from; i < points.size(); ++i) result += points[i];
  return result;
}

int label_width(const std::vector<Tick>& ticks) {
  int width = 0;
  for (const auto& tick : ticks) width = std::max(width, display_width(tick.label));
  return width;
}

Layout layout_rows(int height, int legend_lines, std::size_t notes) {
  Layout layout;
  int spare = height - 2 - kMinPlotRows;  // 2: the x axis and its labels
  layout.notes =
      static_cast<int>(std::min<std::size_t>(notes, static_cast<std::size_t>(std::max(spare, 0))));
  spare -= layout.notes;
  // The legend takes at most a quarter of the chart: the rest says "+N more".
  layout.legend =
      std::clamp(legend_lines, 0, std::min(std::max(spare, 0), std::max(height / 4, 1)));
  spare -= layout.legend;
  layout.title = spare > 0;
  layout.canvas_rows = height - 2 - layout.notes - layout.legend - (layout.title ? 1 : 0);
  return layout;
}

std::vector<std::string> legend_lines(const std::vector<LegendEntry>& legend, int width,
                                      const Style& style) {
  const bool ascii = style.charset == Charset::ascii;
  std::vector<std::string> lines;
  int used = 0;  // columns of the current line
  for (const auto& entry : legend) {
    const int marker = entry.marker.empty() ? 0 : display_width(entry.marker) + 1;  // and a space
    const std::string name = elide_middle(entry.name, std::max(width - marker, 0), ascii);
    const int size = marker + display_width(name);
    if (lines.empty() || used + 2 + size > width) {
      lines.emplace_back();
      used = 0;
    } else {
      lines.back() += "  ";
      used += 2;
    }
    const bool paint = style.color && entry.color != kNoColor;
    if (marker > 0)
      lines.back() +=
          (paint ? color_code(entry.color) + entry.marker + kResetColor : entry.marker) + " ";
    lines.back() += name;
    used += size;
  }
  return lines;
}

Layout lay_out(Decorations& d, const AxisPlan& x, const AxisPlan& y, int width, int height,
               const Style& style) {
  const Charset charset = style.charset;
  Layout layout = layout_rows(height, static_cast<int>(legend_lines(d.legend, width, style).size()),
                              d.notes.size());
  const auto ticks = [&](const AxisPlan& axis, int slots, int per_slot, bool one_line) {
    return axis_ticks(axis.scale, slots, per_slot, axis.wanted(slots), axis.whole, one_line);
  };
  d.y = {y.scale, ticks(y, layout.canvas_rows, pixels_per_row(charset), false), y.label};
  layout_cols(layout, width, label_width(d.y.ticks));
  // The x labels share one line: ticks that leave each label room.
  d.x = {x.scale, ticks(x, layout.canvas_cols, pixels_per_col(charset), true), x.label};
  return layout;
}

void layout_cols(Layout& layout, int width, int labels) {
  constexpr int kMinCanvasCols = 8;
  layout.label_width = std::min(labels, std::max(width - 2 - kMinCanvasCols, 1));
  layout.canvas_cols = width - 2 - layout.label_width;  // 2: a space and the axis
}

namespace {

/// What every part of a frame needs to know.
struct FrameContext {
  const Canvas& canvas;
  const Decorations& d;
  const Layout& layout;
  int width;
  const Style& style;
  bool ascii;
  const AxisGlyphs& glyph;
  int offset;  // where the canvas begins
};

/// The y axis's name at the left and the title centred over the canvas.
std::string title_line(const FrameContext& c) {
  std::string line =
      elide_middle(c.d.y.label, std::max(c.layout.label_width + 1, c.width / 3), c.ascii);
  const int used = display_width(line);
  const int start = used > 0 ? std::max(c.offset, used + 2) : c.offset;
  const std::string title = elide_middle(c.d.title, c.width - start, c.ascii);
  const int centred = c.offset + (c.canvas.cols() - display_width(title)) / 2;
  const int at = std::clamp(centred, start, std::max(c.width - display_width(title), start));
  line += std::string(static_cast<std::size_t>(at - used), ' ') + title;
  return line + "\n";
}

/// The canvas's rows, each after its y label and the axis.
std::string canvas_rows(const FrameContext& c) {
  const Canvas& canvas = c.canvas;
  std::vector<std::string> y_labels(static_cast<std::size_t>(canvas.rows()));
  for (const auto& tick : c.d.y.ticks) {
    const int slot = slot_of(c.d.y.scale, tick.value, canvas.rows(), canvas.pixels_per_row());
    y_labels[static_cast<std::size_t>(canvas.rows() - 1 - slot)] =
        elide_middle(tick.label, c.layout.label_width, c.ascii);
  }
  std::string text;
  const auto rows = canvas.render(c.style.color);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::string& label = y_labels[r];
    text += std::string(static_cast<std::size_t>(c.layout.label_width - display_width(label)), ' ');
    text += label + " " + (label.empty() ? c.glyph.vertical : c.glyph.y_tick) + rows[r] + "\n";
  }
  return text;
}

/// The x axis and its labels. The axis's name goes on the label line right
/// after the axis when the canvas leaves room (a path chart narrowed to its
/// aspect), else at the line's end; tick labels go where they fit before
/// it, and only labelled ticks get a mark.
std::string x_axis_lines(const FrameContext& c) {
  const Canvas& canvas = c.canvas;
  const std::string x_name =
      elide_middle(c.d.x.label, std::max(c.width - c.offset - 1, 0), c.ascii);
  const int name_at = std::min(c.offset + canvas.cols() + 1, c.width - display_width(x_name));
  std::vector<int> columns;
  for (const auto& tick : c.d.x.ticks)
    columns.push_back(c.offset +
                      slot_of(c.d.x.scale, tick.value, canvas.cols(), canvas.pixels_per_col()));
  std::string labels(static_cast<std::size_t>(c.width), ' ');
  const auto placed =
      place_labels(labels, columns, c.d.x.ticks, x_name.empty() ? c.width : name_at - 1);
  std::string axis = std::string(static_cast<std::size_t>(c.offset - 1), ' ') + c.glyph.corner;
  for (int col = 0; col < canvas.cols(); ++col) {
    bool mark = false;
    for (std::size_t i = 0; i < columns.size(); ++i)
      mark = mark || (placed[i] && columns[i] == c.offset + col);
    axis += mark ? c.glyph.x_tick : c.glyph.horizontal;
  }
  labels.replace(static_cast<std::size_t>(name_at), x_name.size(), x_name);
  labels.erase(labels.find_last_not_of(' ') + 1);
  return axis + "\n" + labels + "\n";
}

/// The legend's lines that fit, ending with "+N more" when entries are
/// left out, then the notes.
std::string legend_and_notes(const FrameContext& c) {
  const auto& entries = c.d.legend;
  auto legend = legend_lines(entries, c.width, c.style);
  const std::size_t shown = static_cast<std::size_t>(c.layout.legend);
  if (legend.size() > shown && shown > 0) {
    for (std::size_t kept = entries.size(); kept-- > 0;) {
      std::vector<LegendEntry> cut(entries.begin(),
                                   entries.begin() + static_cast<std::ptrdiff_t>(kept));
      cut.push_back({"", kNoColor, fmt::format("+{} more", entries.size() - kept)});
      legend = legend_lines(cut, c.width, c.style);
      if (legend.size() <= shown) break;
    }
  }
  std::string text;
  for (std::size_t i = 0; i < shown && i < legend.size(); ++i) text += legend[i] + "\n";
  for (int i = 0; i < c.layout.notes; ++i)
    text += elide_middle(c.d.notes[static_cast<std::size_t>(i)], c.width, c.ascii) + "\n";
  return text;
}

}  // namespace

std::string frame(const Canvas& canvas, const Decorations& d, const Layout& layout, int width,
                  const Style& style) {
  const bool ascii = style.charset == Charset::ascii;
  const FrameContext context{canvas,
                             d,
                             layout,
                             width,
                             style,
                             ascii,
                             ascii ? kAsciiAxis : kBoxAxis,
                             layout.label_width + 2};
  return trim_lines((layout.title ? title_line(context) : "") + canvas_rows(context) +
                    x_axis_lines(context) + legend_and_notes(context));
}

}  // namespace gd
