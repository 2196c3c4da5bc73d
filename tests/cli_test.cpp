#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "cli/usage_error.h"
#include "command_lines.h"

namespace gd {
namespace {

CommandLine parse(std::vector<std::string> args) { return parse_args(std::move(args)); }

/// The usage error for `args`: one line naming the problem.
std::string usage_error(std::vector<std::string> args) {
  try {
    parse(std::move(args));
  } catch (const UsageError& error) {
    const std::string& lines = error.lines();
    EXPECT_EQ(lines.find('\n'), lines.size() - 1) << "not one line: " << lines;
    return lines;
  }
  ADD_FAILURE() << "no usage error";
  return "";
}

TEST(CommandLine, Defaults) {
  CommandLine line = parse({"--expr", "x^2", "--start", "1"});
  ASSERT_FALSE(line.print);
  const Options& o = line.options;
  EXPECT_EQ(o.expression, "x^2");
  EXPECT_EQ(o.start, std::vector<double>{1.0});
  EXPECT_TRUE(o.learning_rates.empty());  // each method's default
  EXPECT_EQ(o.optimizers, (std::vector<OptimizerChoice>{{Method::sgd, std::nullopt}}));
  EXPECT_EQ(o.steps, 100u);
  EXPECT_EQ(o.gradient.h, 1e-4);
  EXPECT_FALSE(o.gradient.auto_h);
  EXPECT_EQ(o.gradient.scheme, Scheme::central);
  EXPECT_FALSE(o.stop.any_criterion());
  EXPECT_EQ(o.format, Format::automatic);
  EXPECT_EQ(o.plots, std::vector<Plot>{Plot::line});
  EXPECT_FALSE(o.plot_requested);
  EXPECT_FALSE(o.plot_width);  // the terminal's, or 80 x 24 (50 x 20 for classic)
  EXPECT_FALSE(o.plot_height);
  EXPECT_FALSE(o.charset);  // from the locale
  EXPECT_EQ(o.color, ColorMode::automatic);
  EXPECT_EQ(o.log_y, LogScale::automatic);
  EXPECT_FALSE(o.xlim);
  EXPECT_FALSE(o.ylim);
  EXPECT_TRUE(o.plot_vars.empty());
}

TEST(CommandLine, AnOptionGivenTwiceIsNamed) {
  EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "--lr", "0.1", "--lr", "0.2"}),
            "gd: error: --lr is given more than once; give it once (see gd --help)\n");
  EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "--no-header", "--no-header"}),
            "gd: error: --no-header is given more than once; give it once (see gd --help)\n");
}

TEST(CommandLine, StartTakesANegativeFirstValue) {
  EXPECT_EQ(parse({"--expr", "x", "--start", "-3,4"}).options.start,
            (std::vector<double>{-3.0, 4.0}));
  EXPECT_EQ(parse({"--expr", "x", "--start=-3,4"}).options.start, (std::vector<double>{-3.0, 4.0}));
  EXPECT_EQ(parse({"--expr", "x", "--start", "-3, 4.5e1"}).options.start,
            (std::vector<double>{-3.0, 45.0}));
}

TEST(CommandLine, ExpressionMayStartWithMinus) {
  EXPECT_EQ(parse({"--expr", "-x1^2+1", "--start", "1"}).options.expression, "-x1^2+1");
  EXPECT_EQ(parse({"--expr=-x1^2+1", "--start", "1"}).options.expression, "-x1^2+1");
}

TEST(CommandLine, ReadsEveryOption) {
  CommandLine line = parse({"--expr",       "a*x+y", "--start",       "1,2",   "--lr",   "0.5",
                            "--steps",      "1e3",   "--h",           "1e-6",  "--vars", "y,x",
                            "--define",     "a=2.5", "--format",      "jsonl", "--plot", "none",
                            "--plot-width", "60",    "--plot-height", "9"});
  ASSERT_FALSE(line.print);
  const Options& o = line.options;
  EXPECT_EQ(o.learning_rates, std::vector<double>{0.5});
  EXPECT_EQ(o.steps, 1000u);
  EXPECT_EQ(o.gradient.h, 1e-6);
  EXPECT_EQ(o.variable_order, (std::vector<std::string>{"y", "x"}));
  ASSERT_EQ(o.constants.size(), 1u);
  EXPECT_EQ(o.constants[0].first, "a");
  EXPECT_EQ(o.constants[0].second, 2.5);
  EXPECT_EQ(o.format, Format::jsonl);
  EXPECT_TRUE(o.plots.empty());
  EXPECT_TRUE(o.plot_requested);
  EXPECT_EQ(o.plot_width, 60);
  EXPECT_EQ(o.plot_height, 9);
}

TEST(CommandLine, ReadsEveryChartOption) {
  CommandLine line = parse({"--expr", "x+y+z", "--start", "1", "--plot", "path,line,classic",
                            "--charset", "block", "--color", "never", "--log-y", "on", "--xlim",
                            "-2,3.5", "--ylim=-1,1", "--plot-vars", "z,x"});
  ASSERT_FALSE(line.print);
  const Options& o = line.options;
  EXPECT_EQ(o.plots, (std::vector<Plot>{Plot::path, Plot::line, Plot::classic}));
  EXPECT_EQ(o.charset, Charset::block);
  EXPECT_EQ(o.color, ColorMode::never);
  EXPECT_EQ(o.log_y, LogScale::on);
  EXPECT_EQ(o.xlim, (std::pair{-2.0, 3.5}));
  EXPECT_EQ(o.ylim, (std::pair{-1.0, 1.0}));
  EXPECT_EQ(o.plot_vars, (std::vector<std::string>{"z", "x"}));
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--charset", "ascii", "--color", "always",
                   "--log-y", "off"})
                .options.log_y,
            LogScale::off);
}

TEST(CommandLine, ReadsOptimizerGradientAndStoppingOptions) {
  CommandLine line =
      parse({"--expr",      "x",          "--start",    "1",    "--optimizer", "nesterov:0.2,adam",
             "--lr",        "0.01,0.1",   "--momentum", "0.5",  "--decay",     "0.9",
             "--beta1",     "0.8",        "--beta2",    "0.99", "--eps",       "1e-8",
             "--grad",      "five-point", "--h",        "auto", "--tol-grad",  "1e-6",
             "--tol-f",     "1e-9",       "--tol-x",    "0",    "--target",    "-3",
             "--max-evals", "1e4",        "--max-time", "2.5"});
  ASSERT_FALSE(line.print);
  const Options& o = line.options;
  EXPECT_EQ(o.optimizers,
            (std::vector<OptimizerChoice>{{Method::nesterov, 0.2}, {Method::adam, std::nullopt}}));
  EXPECT_EQ(o.learning_rates, (std::vector<double>{0.01, 0.1}));
  EXPECT_EQ(o.parameters.momentum, 0.5);
  EXPECT_EQ(o.parameters.decay, 0.9);
  EXPECT_EQ(o.parameters.beta1, 0.8);
  EXPECT_EQ(o.parameters.beta2, 0.99);
  EXPECT_EQ(o.parameters.eps, 1e-8);
  EXPECT_EQ(o.gradient.scheme, Scheme::five_point);
  EXPECT_TRUE(o.gradient.auto_h);
  EXPECT_EQ(o.stop.tol_grad, 1e-6);
  EXPECT_EQ(o.stop.tol_f, 1e-9);
  EXPECT_EQ(o.stop.tol_x, 0.0);
  EXPECT_EQ(o.stop.target, -3.0);
  EXPECT_EQ(o.stop.max_evals, 10000u);
  EXPECT_EQ(o.stop.max_time, 2.5);
  EXPECT_TRUE(
      parse({"--expr", "x", "--start", "1", "--line-search", "armijo"}).options.parameters.armijo);
}

TEST(CommandLine, ReadsBatchOptions) {
  CommandLine line =
      parse({"--expr", "x", "--start", "1", "--output", "h.csv", "--every", "10", "--no-header",
             "--summary", "--progress", "never", "--watch", "--overlay"});
  ASSERT_FALSE(line.print);
  const Options& o = line.options;
  EXPECT_EQ(o.output, "h.csv");
  EXPECT_EQ(o.every, 10u);
  EXPECT_FALSE(o.header);
  EXPECT_TRUE(o.summary);
  EXPECT_EQ(o.progress, ProgressMode::never);
  EXPECT_TRUE(o.watch);
  EXPECT_TRUE(o.overlay);
  const Options defaults = parse({"--expr", "x", "--start", "1"}).options;
  EXPECT_EQ(defaults.output, "");
  EXPECT_EQ(defaults.every, 1u);
  EXPECT_TRUE(defaults.header);
  EXPECT_FALSE(defaults.summary);
  EXPECT_EQ(defaults.progress, ProgressMode::automatic);
  EXPECT_FALSE(defaults.watch);
  EXPECT_FALSE(defaults.overlay);
}

TEST(CommandLine, DefineRepeats) {
  auto o = parse({"--expr", "x", "--start", "1", "--define", "a=1", "--define", "b=-2"}).options;
  ASSERT_EQ(o.constants.size(), 2u);
  EXPECT_EQ(o.constants[1].first, "b");
  EXPECT_EQ(o.constants[1].second, -2.0);
}

TEST(CommandLine, StepsZeroIsAllowed) {
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--steps", "0"}).options.steps, 0u);
}

TEST(CommandLine, WholeNumbersAreDecimal) {
  // A leading zero is not octal, as strtoull(..., 0) would have it.
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--steps", "010"}).options.steps, 10u);
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--steps", "08"}).options.steps, 8u);
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--plot", "classic", "--plot-width", "010"})
                .options.plot_width,
            10);
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--steps", "9007199254740992"}).options.steps,
            9007199254740992u);  // 2^53, the largest
}

TEST(CommandLine, NumbersReadAsStrtodReadsThem) {
  // The double nearest to this text is 1 + 2^-52 (strtod rounds once;
  // reading through long double first would round twice, to 1).
  const char* text = "1.000000000000000111022302462515654042363166809082031250001";
  CommandLine line = parse({"--expr", "x", "--start", text, "--lr", text, "--h", text});
  ASSERT_FALSE(line.print);
  EXPECT_EQ(line.options.start[0], 1.0 + 0x1p-52);
  EXPECT_EQ(line.options.learning_rates, std::vector<double>{1.0 + 0x1p-52});
  EXPECT_EQ(line.options.gradient.h, 1.0 + 0x1p-52);
  // Subnormal learning rates are positive numbers too.
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--lr", "1e-310"}).options.learning_rates,
            std::vector<double>{1e-310});
}

TEST(CommandLine, DashHIsNotHelp) {
  // --h is the difference step; a lone -h must not silently print help.
  EXPECT_NE(usage_error({"--expr", "x", "--start", "1", "-h", "0.001"}).find("-h"),
            std::string::npos);
}

struct BadValue {
  std::vector<std::string> args;
  std::string names;  // the option the message must name
};

void PrintTo(const BadValue& bad, std::ostream* out) {
  for (const auto& arg : bad.args) *out << arg << ' ';
}

class RefusesBadValues : public testing::TestWithParam<BadValue> {};

TEST_P(RefusesBadValues, NamingTheOption) {
  std::vector<std::string> args{"--expr", "x", "--start", "1"};
  for (const auto& arg : GetParam().args) args.push_back(arg);
  std::string message = usage_error(args);
  EXPECT_NE(message.find(GetParam().names), std::string::npos) << message;
  EXPECT_EQ(message.rfind("gd: error: ", 0), 0u) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Options, RefusesBadValues,
    testing::Values(
        BadValue{{"--lr", "0"}, "--lr"}, BadValue{{"--lr", "-1"}, "--lr"},
        BadValue{{"--lr", "nan"}, "--lr"}, BadValue{{"--lr", "inf"}, "--lr"},
        BadValue{{"--lr", "1e400"}, "--lr"}, BadValue{{"--lr", "0.1x"}, "--lr"},
        BadValue{{"--h", "0"}, "--h"}, BadValue{{"--h", "-1e-4"}, "--h"},
        BadValue{{"--steps", "-5"}, "--steps"}, BadValue{{"--steps", "2.5"}, "--steps"},
        BadValue{{"--steps", "1e30"}, "--steps"},
        BadValue{{"--steps", "18446744073709551616"}, "--steps"},
        BadValue{{"--steps", "ten"}, "--steps"}, BadValue{{"--steps", "0x10"}, "--steps"},
        BadValue{{"--steps", "1e16"}, "--steps"},
        BadValue{{"--steps", "9007199254740993"}, "--steps"},
        BadValue{{"--steps", "inf"}, "--steps"}, BadValue{{"--lr", "1e-400"}, "--lr"},
        BadValue{{"--plot-width", "1001"}, "--plot-width"},
        BadValue{{"--plot-width", "0x10"}, "--plot-width"}, BadValue{{"--define", "a"}, "--define"},
        BadValue{{"--define", "a=b"}, "--define"}, BadValue{{"--define", "=1"}, "--define"},
        BadValue{{"--format", "xml"}, "--format"}, BadValue{{"--plot", "fancy"}, "--plot"},
        BadValue{{"--plot-width", "0"}, "--plot-width"},
        BadValue{{"--plot-height", "100000"}, "--plot-height"}, BadValue{{"--bogus"}, "--bogus"},
        BadValue{{"--plot", "line,none"}, "--plot"}, BadValue{{"--plot", "line,line"}, "--plot"},
        BadValue{{"--plot", "line,"}, "--plot"}, BadValue{{"--plot", ""}, "--plot"},
        BadValue{{"--charset", "utf8"}, "--charset"}, BadValue{{"--color", "yes"}, "--color"},
        BadValue{{"--log-y", "true"}, "--log-y"}, BadValue{{"--xlim", "1"}, "--xlim"},
        BadValue{{"--xlim", "2,1"}, "--xlim"}, BadValue{{"--ylim", "0,0"}, "--ylim"},
        BadValue{{"--ylim", "1,2,3"}, "--ylim"}, BadValue{{"--xlim", "a,b"}, "--xlim"},
        BadValue{{"--xlim", "0,inf"}, "--xlim"}, BadValue{{"--plot-vars", "x,x"}, "--plot-vars"},
        BadValue{{"--plot-vars", "x,y,z"}, "--plot-vars"},
        BadValue{{"--optimizer", "bfgs"}, "--optimizer"},
        BadValue{{"--optimizer", "sgd:0"}, "--optimizer"}, BadValue{{"--lr", "0.1,-1"}, "--lr"},
        BadValue{{"--momentum", "1"}, "--momentum"}, BadValue{{"--decay", "-0.1"}, "--decay"},
        BadValue{{"--beta1", "nan"}, "--beta1"}, BadValue{{"--beta2", "2"}, "--beta2"},
        BadValue{{"--eps", "0"}, "--eps"}, BadValue{{"--line-search", "wolfe"}, "--line-search"},
        BadValue{{"--grad", "complex-step"}, "--grad"}, BadValue{{"--h", "automatic"}, "--h"},
        BadValue{{"--tol-grad", "-1"}, "--tol-grad"}, BadValue{{"--tol-f", "inf"}, "--tol-f"},
        BadValue{{"--tol-x", "x"}, "--tol-x"}, BadValue{{"--target", "nan"}, "--target"},
        BadValue{{"--max-evals", "0"}, "--max-evals"}, BadValue{{"--max-time", "0"}, "--max-time"},
        BadValue{{"--every", "0"}, "--every"}, BadValue{{"--progress", "sometimes"}, "--progress"},
        BadValue{{"--summary", "--summary"}, "--summary"},
        BadValue{{"--lr", "0.1", "--lr", "0.2"}, "--lr"}));

TEST(CommandLine, RefusesBadStartPoints) {
  for (std::string start : {",", "1,,2", "abc", "nan", "1,inf", ""}) {
    std::string message = usage_error({"--expr", "x", "--start", start});
    EXPECT_NE(message.find("--start"), std::string::npos) << message;
  }
}

TEST(CommandLine, RequiresExprAndStart) {
  EXPECT_NE(usage_error({"--start", "1"}).find("--expr is required"), std::string::npos);
  EXPECT_NE(usage_error({"--expr", "x"}).find("--start is required"), std::string::npos);
}

TEST(CommandLine, AnUnknownOptionIsNamedEvenWithoutExpr) {
  EXPECT_NE(usage_error({"--fo", "--start", "1"}).find("--fo"), std::string::npos);
}

TEST(CommandLine, NoHexNumbers) {
  // muParser reads no hex in --expr; the options read none either.
  EXPECT_NE(usage_error({"--expr", "x", "--start", "0x10"}).find("--start"), std::string::npos);
  EXPECT_NE(usage_error({"--expr", "x", "--start", "1", "--lr", "0x1p-3"}).find("--lr"),
            std::string::npos);
}

TEST(CommandLine, HelpListsEveryOptionWithDefaultsAndExamples) {
  CommandLine line = parse({"--help"});
  ASSERT_TRUE(line.print);
  for (const char* part : {"--expr",
                           "--start",
                           "--optimizer",
                           "(default: sgd)",
                           "--lr",
                           "--momentum",
                           "(default: 0.9)",
                           "--decay",
                           "(default: 0.99)",
                           "--beta1",
                           "--beta2",
                           "(default: 0.999)",
                           "--eps",
                           "(default: 1e-07)",
                           "--line-search",
                           "(default: none)",
                           "--steps",
                           "(default: 100)",
                           "--grad",
                           "(default: central)",
                           "--h",
                           "(default: 0.0001)",
                           "--tol-grad",
                           "--tol-f",
                           "--tol-x",
                           "--target",
                           "--max-evals",
                           "--max-time",
                           "--vars",
                           "--define",
                           "--format",
                           "(default: auto)",
                           "--plot",
                           "(default: line)",
                           "--plot-width",
                           "--plot-height",
                           "--charset",
                           "--color",
                           "--log-y",
                           "--xlim",
                           "--ylim",
                           "--plot-vars",
                           "NO_COLOR",
                           "--version",
                           "Examples:",
                           "gd --expr \"x1^2+x2^2\" --start -3,4",
                           "sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3",
                           "--max-evals or --max-time ran out",
                           "Function:",
                           "Descent:",
                           "Stopping:",
                           "Output:",
                           "Charts:",
                           "Other:",
                           "gd --help functions"})
    EXPECT_NE(line.print->find(part), std::string::npos) << part;
}

TEST(CommandLine, Version) {
  CommandLine line = parse({"--version"});
  EXPECT_EQ(line.print, std::string("gd ") + GD_VERSION + "\n");
}

TEST(CommandLine, AFlagTakesTrueOrFalseOrNothing) {
  const auto options = [](std::vector<std::string> more) {
    std::vector<std::string> args{"--expr", "x", "--start", "1"};
    args.insert(args.end(), more.begin(), more.end());
    return parse(args).options;
  };
  EXPECT_FALSE(options({"--no-header=true"}).header);
  EXPECT_TRUE(options({"--no-header=false"}).header);
  EXPECT_TRUE(options({"--summary=true"}).summary);
  EXPECT_FALSE(options({"--summary=false"}).summary);
  EXPECT_TRUE(options({"--watch=true"}).watch);
  EXPECT_FALSE(options({"--watch=false"}).watch);
}

TEST(CommandLine, AFlagGivenAnyOtherValueIsRefused) {
  // Was "gd: internal error: stoll" (CLI11 read the value as a count).
  EXPECT_EQ(usage_error({"--expr", "x^2", "--start", "1", "--no-header=77777777777777777777777"}),
            "gd: error: --no-header: takes no value (or true or false), got "
            "\"77777777777777777777777\" (see gd --help)\n");
  for (const char* flag : {"--no-header", "--summary"})
    for (const char* value : {"=7", "=-1", "=yes", "=18446744073709551616"}) {
      const std::string message =
          usage_error({"--expr", "x", "--start", "1", std::string(flag) + value});
      EXPECT_EQ(message.rfind(std::string("gd: error: ") + flag + ": takes no value", 0), 0u)
          << message;
    }
  EXPECT_NE(usage_error({"--version=77777777777777777777777"}).find("--version: takes no value"),
            std::string::npos);
  EXPECT_NE(usage_error({"--help=7"}).find("--help: expected no value or functions"),
            std::string::npos);
}

TEST(CommandLine, WatchTakesAnAttachedPace) {
  const auto options = [](std::vector<std::string> more) {
    std::vector<std::string> args{"--expr", "x", "--start", "1"};
    args.insert(args.end(), more.begin(), more.end());
    return parse(args).options;
  };
  EXPECT_FALSE(options({}).watch_pace);
  EXPECT_TRUE(options({"--watch"}).watch);
  EXPECT_FALSE(options({"--watch"}).watch_pace);  // the default: the run in about 3 s
  EXPECT_EQ(options({"--watch=20"}).watch_pace, 20.0);
  EXPECT_EQ(options({"--watch=0.5"}).watch_pace, 0.5);
  EXPECT_EQ(options({"--watch=max"}).watch_pace, 0.0);
  EXPECT_EQ(options({"--watch=0"}).watch_pace, 0.0);
  EXPECT_TRUE(options({"--watch=20"}).watch);
  EXPECT_FALSE(options({"--watch=false"}).watch);
  for (const char* value : {"=-1", "=yes", "=0.01", "=1e7", "=nan", "=inf"}) {
    const std::string message =
        usage_error({"--expr", "x", "--start", "1", std::string("--watch") + value});
    EXPECT_EQ(message.rfind("gd: error: --watch: expected no value, a pace in steps a second", 0),
              0u)
        << message;
  }
  // The pace is attached: a word after --watch is not its value.
  EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "--watch", "20"}),
            "gd: error: unexpected argument \"20\"; a pace goes after an equals sign: "
            "--watch=20 (see gd --help)\n");
}

TEST(CommandLine, DigitsAreOneToSeventeenOrFull) {
  EXPECT_EQ(parse({"--expr", "x", "--start", "1"}).options.digits, 7);
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--digits", "3"}).options.digits, 3);
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--digits", "17"}).options.digits, 17);
  EXPECT_EQ(parse({"--expr", "x", "--start", "1", "--digits=full"}).options.digits, 0);
  for (const char* bad : {"0", "18", "-1", "2.5", "FULL", "99999999999999999999999", ""})
    EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "--digits", bad}),
              std::string("gd: error: --digits: expected a whole number from 1 to 17, or full, "
                          "got \"") +
                  bad + "\" (see gd --help)\n");
}

TEST(CommandLine, NumbersPastSixtyFourBitsAreTooLarge) {
  for (const char* option :
       {"--steps", "--max-evals", "--every", "--plot-width", "--plot-height"}) {
    const std::string message =
        usage_error({"--expr", "x", "--start", "1", option, "99999999999999999999999"});
    EXPECT_EQ(message.rfind(std::string("gd: error: ") + option + ": expected a whole number", 0),
              0u)
        << message;
    EXPECT_NE(message.find("(too large)"), std::string::npos) << message;
  }
}

TEST(CommandLine, AnUnknownOptionGetsTheNearestOne) {
  EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "--stpes", "5"}),
            "gd: error: unknown option --stpes; did you mean --steps? (see gd --help)\n");
  EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "--plot-widht=5"}),
            "gd: error: unknown option --plot-widht; did you mean --plot-width? (see gd --help)\n");
  EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "3", "2", "1"}),
            "gd: error: unexpected arguments \"3\", \"2\" and \"1\" (see gd --help)\n");
  EXPECT_EQ(usage_error({"x^2+y^2", "--start", "1,2"}),
            "gd: error: unexpected argument \"x^2+y^2\": an expression goes after --expr, as in "
            "--expr \"x^2+y^2\" (see gd --help)\n");
}

TEST(CommandLine, AnOptionOfDashesOnlyIsUnknownNotACrash) {
  // Found by fuzz_cli: "----" has no name to look up (was exit 70, substr).
  EXPECT_EQ(usage_error({"----"}), "gd: error: unknown option ---- (see gd --help)\n");
  EXPECT_EQ(usage_error({"--expr", "x", "--start", "1", "---=3"}),
            "gd: error: unknown option --- (see gd --help)\n");
}

TEST(CommandLine, HelpFunctionsListsWhatExprTakes) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--help", "functions"}, {"--help=functions"}}) {
    CommandLine line = parse(args);
    ASSERT_TRUE(line.print);
    EXPECT_NE(line.print->find("atan2(y, x)"), std::string::npos);
    EXPECT_NE(line.print->find("pi, _pi"), std::string::npos);
    EXPECT_EQ(line.print->find("--steps"), std::string::npos);  // not the options' help
  }
}

}  // namespace
}  // namespace gd
