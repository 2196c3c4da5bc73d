// End-to-end tests of the charts: which chart, where, how large, in which
// glyphs and colours, as the real gd draws them.
#include <gtest/gtest.h>

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
  EXPECT_TRUE(has(shade.out, "shade \" .:-=+*#%@\" = f from ")) << shade.out;
  EXPECT_TRUE(has(shade.out, "@")) << shade.out;  // the highest shade, in the corners
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

TEST(Charts, TooSmallForTheChartsIsAUsageError) {
  Outcome run = gd(std::string(kSeed) + " --plot-width 10");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "gd: error: --plot-width 10 is too small for the line and path charts (at least 20) "
            "(see gd --help)\n");
}

}  // namespace
