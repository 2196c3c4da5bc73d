// End-to-end tests of the charts: which chart, where, how large, in which
// glyphs and colours, as the real gd draws them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "e2e.h"

namespace {

using namespace gd_e2e;

const char* const kSeed = "--expr 'x1^2+x2^2' --start -3,4 --lr 0.1 --steps 20";
// A clean, known environment: gd's choices depend on these variables.
const char* const kUtf8 = "-u NO_COLOR LC_ALL= LC_CTYPE= LANG=C.UTF-8";
const char* const kPlain = "-u NO_COLOR LC_ALL= LC_CTYPE= LANG=C";

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

bool all_ascii(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

TEST(Charts, TheTextReportDrawsTheLossChartByDefault) {
  Outcome run = gd(std::string(kSeed) + " --format text", "", kUtf8);
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  auto all = lines(run.out);
  // The report's 13 lines around a chart of 80 x 24 (not a terminal).
  ASSERT_EQ(all.size(), 13u + 24u) << run.out;
  EXPECT_EQ(all[3].rfind("f (log)", 0), 0u) << all[3];  // 25 .. 0.0033: log
  EXPECT_TRUE(has(all[3], "x1^2+x2^2"));
  EXPECT_TRUE(has(all[26], "step"));
  EXPECT_TRUE(has(run.out, "┤"));
  EXPECT_FALSE(has(run.out, "\x1b"));  // not a terminal: no colour
  for (const auto& line : all) EXPECT_LE(columns(line), 80) << line;
  EXPECT_EQ(all[27], "x = [-0.03458765, 0.04611686]");  // 7 digits of the seed's
}

TEST(Charts, GlyphsFollowTheLocaleUnlessCharsetSaysOtherwise) {
  const std::string args = std::string(kSeed) + " --format text";
  EXPECT_TRUE(all_ascii(gd(args, "", kPlain).out));
  EXPECT_TRUE(has(gd(args, "", kPlain).out, " +"));
  EXPECT_TRUE(has(gd(args, "", "-u NO_COLOR LC_ALL=en_US.utf8 LANG=C").out, "┤"));
  EXPECT_TRUE(all_ascii(gd(args, "", "-u NO_COLOR LC_ALL=C LANG=C.UTF-8").out));  // LC_ALL first
  const std::string block = gd(args + " --charset block", "", kPlain).out;
  EXPECT_TRUE(has(block, "▀") || has(block, "▄") || has(block, "▚")) << block;
  EXPECT_TRUE(all_ascii(gd(args + " --charset ascii", "", kUtf8).out));
}

TEST(Charts, ColourOnlyOnATerminalWithoutNoColor) {
  const std::string args = std::string(kSeed);
  EXPECT_TRUE(has(on_terminal(args, kUtf8), "\x1b[38;5;"));
  EXPECT_FALSE(has(on_terminal(args, std::string(kUtf8) + " NO_COLOR=1"), "\x1b"));
  EXPECT_FALSE(has(on_terminal(args + " --color never", kUtf8), "\x1b"));
  EXPECT_FALSE(has(gd(args + " --format text", "", kUtf8).out, "\x1b"));
  EXPECT_TRUE(has(gd(args + " --format text --color always", "", kUtf8).out, "\x1b[38;5;"));
}

TEST(Charts, TheTerminalsSizeIsTheChartsSize) {
  const std::string screen = on_terminal(kSeed, kUtf8, 100, 40);
  auto all = lines(screen);
  EXPECT_EQ(all.size(), 40u) << screen;  // the chart leaves room for the report's 11 lines
  int widest = 0;
  for (const auto& line : all) widest = std::max(widest, columns(line));
  EXPECT_EQ(widest, 100);
  // Two charts share the screen: the report still fits in it.
  auto both = lines(on_terminal(std::string(kSeed) + " --plot line,path", kUtf8, 100, 40));
  EXPECT_LE(both.size(), 40u);
  EXPECT_GE(both.size(), 30u);
  // Options win over the terminal.
  auto small =
      lines(on_terminal(std::string(kSeed) + " --plot-width 50 --plot-height 12", kUtf8, 100, 40));
  ASSERT_EQ(small.size(), 13u + 12u);
  for (std::size_t i = 3; i < 3 + 12; ++i) EXPECT_LE(columns(small[i]), 50) << small[i];
  EXPECT_EQ(columns(small[14]), 50);  // the x axis spans the width
}

TEST(Charts, BesideDataTheTerminalIsStderrs) {
  // stdout to a file, stderr on the terminal: the chart takes its size
  // (less a line for the prompt) and its colour.
  const std::string file = scratch("data.csv");
  const std::string screen =
      on_terminal(std::string(kSeed) + " --format csv --plot line > '" + file + "'", kUtf8, 90, 30);
  auto all = lines(screen);
  EXPECT_EQ(all.size(), 29u) << screen;
  int widest = 0;
  for (const auto& line : all) widest = std::max(widest, columns(line));
  EXPECT_EQ(widest, 90);
  EXPECT_TRUE(has(screen, "\x1b[38;5;"));
  EXPECT_EQ(lines(slurp(file)).size(), 22u);
  EXPECT_FALSE(has(slurp(file), "\x1b"));
}

TEST(Charts, SizesAreRespectedOverTheirRange) {
  for (const char* plot : {"line", "path", "line,path"})
    for (auto [width, height] : {std::pair{20, 5}, {33, 9}, {300, 100}}) {
      Outcome run = gd(std::string(kSeed) + " --format csv --plot " + plot + " --plot-width " +
                           std::to_string(width) + " --plot-height " + std::to_string(height),
                       "", kUtf8);
      EXPECT_EQ(run.code, 0) << run.err;
      for (const auto& line : lines(run.err))
        EXPECT_LE(columns(line), width) << plot << " " << line;
      EXPECT_LE(lines(run.err).size(), static_cast<std::size_t>(2 * height + 1));
    }
}

TEST(Charts, BesideDataTheChartGoesToStderr) {
  Outcome run = gd(std::string(kSeed) + " --format csv --plot line", "", kUtf8);
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(lines(run.out).size(), 22u);
  EXPECT_EQ(lines(run.out)[0], "step,f,x1,x2,grad_norm");
  EXPECT_FALSE(has(run.out, "┤"));
  EXPECT_EQ(lines(run.err).size(), 24u);
  EXPECT_TRUE(has(run.err, "step"));
  // Not asked for: no chart beside data.
  EXPECT_EQ(gd(std::string(kSeed) + " --format csv", "", kUtf8).err, "");
}

TEST(Charts, LineAndPathOneAfterTheOther) {
  Outcome run = gd(std::string(kSeed) + " --format text --plot line,path", "", kUtf8);
  EXPECT_EQ(run.code, 0) << run.err;
  const auto step = run.out.find(" step\n"), map = run.out.find("contours (dotted) at f");
  ASSERT_NE(step, std::string::npos);
  ASSERT_NE(map, std::string::npos);
  EXPECT_LT(step, map);
  Outcome reversed = gd(std::string(kSeed) + " --format text --plot path,line", "", kUtf8);
  EXPECT_GT(reversed.out.find(" step\n"), reversed.out.find("contours (dotted) at f"));
  // The path: start and end marked, both variables on the axes.
  EXPECT_TRUE(has(run.out, "o start  * end"));
  EXPECT_TRUE(has(run.out, " x1\n"));
  EXPECT_EQ(run.out.find("x2 "), run.out.find("x2 "));
}

TEST(Charts, TheMapIsContoursShadeOrNothing) {
  const std::string path = std::string(kSeed) + " --format text --plot path --plot-width 60 ";
  const Outcome contours = gd(path, "", kUtf8);
  EXPECT_TRUE(has(contours.out, "contours (dotted) at f = ")) << contours.out;
  const Outcome shade = gd(path + "--map shade", "", kUtf8);
  EXPECT_EQ(shade.code, 0) << shade.err;
  EXPECT_TRUE(has(shade.out, "shade \" .,;~!iIHM\" = f from ")) << shade.out;
  EXPECT_TRUE(has(shade.out, "M")) << shade.out;  // the highest shade, in the corners
  const Outcome none = gd(path + "--map none", "", kUtf8);
  EXPECT_FALSE(has(none.out, "contours")) << none.out;
  EXPECT_FALSE(has(none.out, "shade")) << none.out;
  const Outcome wrong = gd(path + "--map heat", "", kUtf8);
  EXPECT_EQ(wrong.code, 2);
  EXPECT_EQ(wrong.out, "");
  EXPECT_TRUE(has(wrong.err, "--map")) << wrong.err;
}

TEST(Charts, ALongExpressionsMapIsBounded) {
  // 19,507 characters on a 1000 x 1000 chart: the map samples f at most
  // kMapWork / (its bytecode's length) times, so this ends well inside the
  // test's time limit (it took 52 s when every cell was evaluated).
  std::string text = "x^2+y^2";
  for (int i = 0; i < 1300; ++i) text += "+0.001*sin(x*y)";
  const std::string file = scratch("long.txt");
  std::ofstream(file) << text;
  const Outcome run = gd("--expr @'" + file +
                             "' --start 1,1 --steps 10 --plot path --plot-width 1000 "
                             "--plot-height 1000 --format text",
                         "", kUtf8);
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(has(run.out, "contours (dotted) at f = ")) << run.err;
}

TEST(Charts, PathOfOneVariableIsTheCurveWithItsIterates) {
  Outcome run =
      gd("--expr 'x^4-3*x^2+x' --start 2.2 --lr 0.05 --steps 30 --format text "
         "--plot path --charset ascii",
         "", kPlain);
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(has(run.out, "o start  . iterates  * end"));
}

TEST(Charts, PathNeedsOneOrTwoVariables) {
  Outcome run = gd("--expr 'x1+x2+x3' --start 1 --format text --plot path", "", kUtf8);
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "gd: error: --plot path shows one or two variables, and f has 3 (x1, x2, x3); choose "
            "them with --plot-vars, e.g. --plot-vars x1,x2\n");
  Outcome unknown = gd("--expr 'x1+x2+x3' --start 1 --format text --plot path --plot-vars x4");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_EQ(unknown.out, "");
  EXPECT_EQ(unknown.err, "gd: error: --plot-vars: \"x4\" is not a variable of f (x1, x2, x3)\n");
  Outcome sliced =
      gd("--expr 'x1^2+x2^2+x3^2' --start 1,2,3 --format text --plot path "
         "--plot-vars x3,x1 --steps 1 --lr 0.25",
         "", kUtf8);
  EXPECT_EQ(sliced.code, 0) << sliced.err;
  // x2 after one step: 2 - 0.25 * (central difference of x^2 at 2), near 1.
  const std::string note = "f sliced at the final x2 = ";
  const auto at = sliced.out.find(note);
  ASSERT_NE(at, std::string::npos) << sliced.out;
  const double h = 1e-4, x2 = 2 - 0.25 * ((2 + h) * (2 + h) - (2 - h) * (2 - h)) / (2 * h);
  EXPECT_NEAR(std::strtod(sliced.out.c_str() + at + note.size(), nullptr), x2, 1e-9);  // rounding
  EXPECT_TRUE(has(sliced.out, " x3\n"));
}

TEST(Charts, LimitsSetThePathWindow) {
  Outcome run = gd(std::string(kSeed) +
                       " --format text --plot path --charset ascii --xlim -10,10 "
                       "--ylim -5,5",
                   "", kPlain);
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(has(run.out, "-10 ")) << run.out;
  EXPECT_TRUE(has(run.out, "-5 +")) << run.out;
}

TEST(Charts, LogYOnWithZeroFallsBackAndSaysSo) {
  Outcome run = gd("--expr '(x-1)^2' --start 1 --steps 3 --format text --log-y on", "", kUtf8);
  EXPECT_EQ(run.code, 0);
  EXPECT_TRUE(has(run.out, "log scale off: f = 0 at step 0\n")) << run.out;
  EXPECT_FALSE(has(run.out, "(log)"));
  Outcome off = gd(std::string(kSeed) + " --format text --log-y off", "", kUtf8);
  EXPECT_FALSE(has(off.out, "(log)"));
  EXPECT_TRUE(has(off.out, "\nf  "));
}

TEST(Charts, DivergenceIsMarkedWithItsStep) {
  // -exp(x) from 1 with lr 1: f is -inf at step 3 (see DivergenceKeepsTheRows...).
  Outcome run = gd("--expr '-exp(x)' --start 1 --lr 1 --steps 100 --format text", "", kUtf8);
  EXPECT_EQ(run.code, 3);
  EXPECT_TRUE(has(run.out, "! f = -inf at step 3\n")) << run.out;
}

TEST(Charts, ClassicStaysTheSeedsPictureAndNoneDrawsNothing) {
  const char* const picture =
      "-\n\n\n\n\n\n -\n\n\n\n\n  -\n\n\n   -\n    -\n     -\n      -\n"
      "       ------------\n                   -\n";
  Outcome run = gd(std::string(kSeed) + " --format text --plot classic", "", kUtf8);
  EXPECT_NE(run.out.find(std::string("f(x) = 25\n") + picture + "x = ["), std::string::npos);
  Outcome none = gd(std::string(kSeed) + " --format text --plot none", "", kUtf8);
  EXPECT_EQ(lines(none.out).size(), 13u);
  // Classic beside the line chart keeps its own size.
  Outcome both = gd(std::string(kSeed) + " --format text --plot classic,line", "", kUtf8);
  EXPECT_NE(both.out.find(std::string("f(x) = 25\n") + picture + "\nf (log)"), std::string::npos)
      << both.out;
}

/// The characters of a line without colour codes, one string each.
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> all;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b') {
      while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
      continue;
    }
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80 && !all.empty())
      all.back() += line[i];
    else
      all.emplace_back(1, line[i]);
  }
  return all;
}

/// The charts' lines of a report: after its three lines of the start, up
/// to its final point (one run) or its ranking (several). The report's own
/// text is wrapped at 80 columns whatever the terminal.
std::vector<std::string> chart_lines(const std::vector<std::string>& screen) {
  std::vector<std::string> charts;
  for (std::size_t r = 3; r < screen.size(); ++r) {
    if (screen[r].rfind("x = [", 0) == 0 || screen[r].rfind("rank  run", 0) == 0) break;
    charts.push_back(screen[r]);
  }
  EXPECT_GE(charts.size(), 10u);
  return charts;
}

/// The path chart's canvas in a screen: the line of its x axis (two above
/// its legend, which begins "o start") and the column of its corner (the
/// last one on that line: a path chart beside the loss chart is right of it).
struct PathCanvas {
  std::size_t axis = 0, rows = 0;
  std::size_t corner = 0;
};

PathCanvas path_canvas(const std::vector<std::string>& screen) {
  PathCanvas canvas;
  for (std::size_t r = 2; r < screen.size(); ++r)
    if (screen[r].find("o start") != std::string::npos) canvas.axis = r - 2;
  const auto axis = cells(screen[canvas.axis]);
  for (std::size_t c = 0; c < axis.size(); ++c)
    if (axis[c] == "└") canvas.corner = c;
  for (std::size_t r = canvas.axis; r-- > 0;) {
    const auto row = cells(screen[r]);
    if (canvas.corner >= row.size() || (row[canvas.corner] != "│" && row[canvas.corner] != "┤"))
      break;
    ++canvas.rows;
  }
  return canvas;
}

TEST(Layout, ThePathChartIsNeverStarvedAndNoLineIsTooWide) {
  // The documented least: 10 canvas rows (plot/grid.h, kMinPathRows).
  for (const char* plot : {"line,path", "path"})
    for (auto [cols, rows] : {std::pair{80, 24}, {100, 40}, {120, 40}, {60, 20}, {200, 50}}) {
      const std::string where =
          std::string(plot) + " at " + std::to_string(cols) + "x" + std::to_string(rows);
      const auto screen = lines(on_terminal(
          std::string(kSeed) + " --plot " + plot + " --color never", kUtf8, cols, rows));
      for (const auto& line : chart_lines(screen))
        EXPECT_LE(columns(line), cols) << where << ": " << line;
      const PathCanvas canvas = path_canvas(screen);
      ASSERT_GT(canvas.axis, 0u) << where;
      EXPECT_GE(canvas.rows, 10u) << where;
    }
}

TEST(Layout, BesideTheLossChartWhenTooFewRowsToStack) {
  // 80 x 24 leaves 11 lines: the two charts side by side, 39 columns each.
  const auto screen =
      lines(on_terminal(std::string(kSeed) + " --plot line,path --color never", kUtf8, 80, 24));
  const PathCanvas canvas = path_canvas(screen);
  // Right of the loss chart's 39 columns and the gap, after its y labels.
  EXPECT_GE(canvas.corner, 39u + 2u + 2u);
  EXPECT_LE(canvas.corner, 39u + 2u + 8u);
  int both = 0;  // lines holding both charts' y axes
  for (const auto& line : screen) {
    const auto row = cells(line);
    both += std::count(row.begin(), row.end(), "┤") + std::count(row.begin(), row.end(), "│") >= 2;
  }
  EXPECT_GE(both, 10) << on_terminal(kSeed, kUtf8, 80, 24);
  EXPECT_FALSE(has(on_terminal(kSeed, kUtf8, 80, 24), "left out"));
  // 60 x 20: neither fits; the path chart alone, and a note saying so.
  const std::string narrow =
      on_terminal(std::string(kSeed) + " --plot line,path --color never", kUtf8, 60, 20);
  EXPECT_TRUE(has(narrow, "loss chart left out: 60x20 is too small for both;")) << narrow;
  EXPECT_FALSE(has(narrow, " step\n")) << narrow;
}

/// How many cells of `line` show a braille glyph in xterm colour `color`.
int braille_in_colour(const std::string& line, int color) {
  const std::string code = "\x1b[38;5;" + std::to_string(color) + "m";
  int found = 0;
  bool in_colour = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b') {
      in_colour = line.compare(i, code.size(), code) == 0;
      while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
      continue;
    }
    found += in_colour && i + 1 < line.size() && static_cast<unsigned char>(line[i]) == 0xE2 &&
             (static_cast<unsigned char>(line[i + 1]) & 0xFC) == 0xA0;  // U+2800..U+28FF
  }
  return found;
}

TEST(Layout, ALongRunDrawsTheSwingOfItsFirstSteps) {
  // Momentum on x^2/20 + y^2 swings from y = 2 down to about -1.2 and back
  // in its first steps; 10^5 steps must still show it below y = -1. The
  // path is the cells in the run's colour (33, see SeriesLook): contours
  // may be braille too.
  const Outcome run =
      gd("--expr 'x^2/20+y^2' --start -7,2 --optimizer momentum:0.1 --steps 1e5 --plot path "
         "--format text --color always",
         "", kUtf8);
  EXPECT_EQ(run.code, 0) << run.err;
  const auto screen = lines(run.out);
  const PathCanvas canvas = path_canvas(screen);
  ASSERT_GT(canvas.rows, 0u) << run.out;
  std::size_t minus_one = 0;  // the row of the y tick label -1
  for (std::size_t r = canvas.axis - canvas.rows; r < canvas.axis; ++r)
    if (const auto tick = screen[r].find(" ┤"); tick != std::string::npos) {
      const std::string label = screen[r].substr(0, tick);
      if (std::strtod(label.c_str(), nullptr) == -1) minus_one = r;  // "-1" or "-1.0"
    }
  ASSERT_GT(minus_one, 0u) << run.out;
  int below = 0;
  for (std::size_t r = minus_one + 1; r < canvas.axis; ++r)
    below += braille_in_colour(screen[r], 33);
  EXPECT_GE(below, 2) << run.out;
}

const char* const kBook =
    "--expr 'x^2/20+y^2' --start -7,2 --steps 30 "
    "--optimizer sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3";

int count(const std::string& text, const std::string& part) {
  int found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++found;
  return found;
}

TEST(Layout, SeveralRunsDrawAPanelEach) {
  // Four runs at 80 columns: two panels of 39 columns a row, two rows.
  const std::string screen =
      on_terminal(std::string(kBook) + " --plot line,path --color never", kUtf8, 80, 24);
  EXPECT_EQ(count(screen, "o start"), 4) << screen;
  for (const char* title : {"* sgd:0.95 · not converged", "+ momentum:0.1 · not converged",
                            "x adagrad:1.5 · not converged", "# adam:0.3 · not converged"})
    EXPECT_TRUE(has(screen, title)) << title << "\n" << screen;
  int pairs = 0;  // legend lines with two panels' legends
  for (const auto& line : lines(screen)) pairs += count(line, "o start") == 2;
  EXPECT_EQ(pairs, 2) << screen;
  // --overlay: one map with every path, as before.
  const std::string overlaid =
      on_terminal(std::string(kBook) + " --plot path --overlay --color never", kUtf8, 80, 24);
  EXPECT_EQ(count(overlaid, "o start"), 1) << overlaid;
  EXPECT_TRUE(has(overlaid, "o start  * sgd:0.95  + momentum:0.1")) << overlaid;
}

TEST(Layout, NoLineIsWiderThanTheTerminalInAnyLayout) {
  for (const char* args :
       {" --plot line,path --color never", " --plot path --color never",
        " --plot line,path --overlay --color never", " --plot path,line --color always"})
    for (auto [cols, rows] : {std::pair{80, 24}, {100, 40}, {120, 40}, {60, 20}, {200, 50}}) {
      const std::string screen = on_terminal(std::string(kBook) + args, kUtf8, cols, rows);
      for (const auto& line : chart_lines(lines(screen)))
        EXPECT_LE(columns(line), cols) << args << " at " << cols << "x" << rows << ": " << line;
    }
}

TEST(Charts, TooSmallForTheChartsIsAUsageError) {
  Outcome run = gd(std::string(kSeed) + " --plot-width 10");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "gd: error: --plot-width 10 is too small for the line and path charts (at least 20) "
            "(see gd --help)\n");
}

}  // namespace
