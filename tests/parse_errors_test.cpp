#include "cli/parse_errors.h"

#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace gd {
namespace {

// CLI11's own wording, which describe_parse_error relies on: if an upgrade
// changes it, these fail first.
TEST(Cli11Wording, IsWhatTheTranslationExpects) {
  EXPECT_EQ(std::string(CLI::ConfigError::Extras("frob").what()), "INI was not able to parse frob");
  EXPECT_EQ(std::string(CLI::ArgumentMismatch::AtMost("--lr", 1, 2).what()),
            "--lr: At Most 1 required but received 2");
}

TEST(ParseErrors, AnUnknownConfigKeyNamesTheKeyAndTheFile) {
  EXPECT_EQ(describe_parse_error(CLI::ConfigError::Extras("frob"), "c.toml"),
            "--config c.toml: unknown key \"frob\"");
  EXPECT_EQ(describe_parse_error(CLI::ConfigError("is over 1 MiB"), "big.toml"),
            "--config big.toml: is over 1 MiB");
  EXPECT_EQ(describe_parse_error(CLI::FileError::Missing("nope.toml"), "nope.toml"),
            "--config nope.toml: cannot be read");
}

TEST(ParseErrors, AnOptionGivenTwiceIsSaidSo) {
  EXPECT_EQ(describe_parse_error(CLI::ArgumentMismatch::AtMost("--lr", 1, 2), ""),
            "--lr is given more than once; give it once");
  EXPECT_EQ(describe_parse_error(CLI::ArgumentMismatch("--start", 2, 1), ""),
            std::string(CLI::ArgumentMismatch("--start", 2, 1).what()));
}

TEST(ParseErrors, OthersKeepCli11sMessageOnOneLine) {
  EXPECT_EQ(describe_parse_error(CLI::ExtrasError({"--frobnicate"}), ""),
            "The following argument was not expected: --frobnicate");
  EXPECT_EQ(describe_parse_error(CLI::ValidationError("--steps", "expected\na whole number\n"), ""),
            "--steps: expected a whole number");
}

const std::vector<std::string> kOptions{"--expr", "--start", "--steps", "--lr", "--summary"};

TEST(ParseErrors, AnUnknownConfigKeyGetsTheNearestKey) {
  EXPECT_EQ(describe_parse_error(CLI::ConfigError::Extras("stpes"), "c.toml", kOptions),
            "--config c.toml: unknown key \"stpes\"; did you mean \"steps\"?");
  EXPECT_EQ(describe_parse_error(CLI::ConfigError::Extras("frob"), "c.toml", kOptions),
            "--config c.toml: unknown key \"frob\"");
}

TEST(Extras, AnUnknownOptionGetsTheNearestOption) {
  EXPECT_EQ(describe_extras({"--stpes", "5"}, kOptions, true),
            "unknown option --stpes; did you mean --steps?");
  EXPECT_EQ(describe_extras({"--stpes=5"}, kOptions, true),
            "unknown option --stpes; did you mean --steps?");
  EXPECT_EQ(describe_extras({"--frobnicate"}, kOptions, true), "unknown option --frobnicate");
  EXPECT_EQ(describe_extras({"--stpes", "--frob", "--lrr=1"}, kOptions, true),
            "unknown options --stpes (did you mean --steps?), --frob, --lrr (did you mean --lr?)");
}

TEST(Extras, LooseArgumentsAreNamedInTheOrderTyped) {
  EXPECT_EQ(describe_extras({"a", "b", "c"}, kOptions, true),
            "unexpected arguments \"a\", \"b\" and \"c\"");
  EXPECT_EQ(describe_extras({"7"}, kOptions, false), "unexpected argument \"7\"");
  EXPECT_EQ(describe_extras({"--frob", "1", "2"}, kOptions, true),
            "unknown option --frob; unexpected argument \"2\"");
}

TEST(Extras, AnExpressionWithoutExprIsShownWhereItGoes) {
  EXPECT_EQ(describe_extras({"x^2+y^2"}, kOptions, false),
            "unexpected argument \"x^2+y^2\": an expression goes after --expr, as in --expr "
            "\"x^2+y^2\"");
  EXPECT_EQ(describe_extras({"x^2+y^2"}, kOptions, true), "unexpected argument \"x^2+y^2\"");
  EXPECT_EQ(describe_extras({"-5"}, kOptions, false), "unexpected argument \"-5\"");
}

}  // namespace
}  // namespace gd
