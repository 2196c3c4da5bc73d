#include "cli/completions.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace gd {
namespace {

std::string help_text() {
  const char* argv[] = {"gd", "--help"};
  return *parse_command_line(2, argv).print;
}

/// The script the build wrote into the completions directory.
std::string built(const std::string& name) {
  std::ifstream in(std::string(GD_COMPLETIONS_DIR) + "/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(OptionTable, HoldsEveryOptionOfHelpAndNothingElse) {
  // --help lists each option on a line of its own: "  --steps N  ..."
  std::set<std::string> in_help, in_table;
  std::istringstream help(help_text());
  const std::regex option_line("^  (--[a-z][a-z0-9-]*).*");
  std::smatch match;
  for (std::string line; std::getline(help, line);)
    if (std::regex_match(line, match, option_line)) in_help.insert(match[1]);
  for (const OptionInfo& option : option_table()) in_table.insert(option.flag);
  EXPECT_EQ(in_table, in_help);
  EXPECT_GE(in_table.size(), 40u);
}

TEST(OptionTable, KnowsTheChoicesAndFiles) {
  std::map<std::string, OptionInfo> table;
  for (const OptionInfo& option : option_table()) table[option.flag] = option;
  EXPECT_EQ(table["--format"].choices,
            (std::vector<std::string>{"auto", "text", "csv", "tsv", "jsonl", "none"}));
  EXPECT_EQ(table["--optimizer"].choices, (std::vector<std::string>{"sgd", "momentum", "nesterov",
                                                                    "adagrad", "rmsprop", "adam"}));
  EXPECT_EQ(table["--config"].files, OptionInfo::Files::names);
  EXPECT_EQ(table["--output"].files, OptionInfo::Files::names);
  EXPECT_EQ(table["--expr"].files, OptionInfo::Files::at_names);
  EXPECT_FALSE(table["--watch"].takes_value);
  EXPECT_FALSE(table["--help"].takes_value);
  EXPECT_TRUE(table["--steps"].takes_value);
  EXPECT_TRUE(table["--steps"].choices.empty());
}

TEST(Completions, EveryScriptNamesEveryOptionAndChoice) {
  const auto table = option_table();
  const std::pair<const char*, std::string> scripts[] = {
      {"gd.bash", built("gd.bash")}, {"_gd", built("_gd")}, {"gd.fish", built("gd.fish")}};
  for (const auto& [name, text] : scripts) {
    ASSERT_FALSE(text.empty()) << name << " was not built";
    for (const OptionInfo& option : table) {
      // fish names options without their dashes: "-l format".
      const std::string flag =
          std::string(name) == "gd.fish" ? "-l " + option.flag.substr(2) + " " : option.flag;
      EXPECT_NE(text.find(flag), std::string::npos) << name << ": " << option.flag;
      std::string choices;  // all of them, in order
      for (const std::string& choice : option.choices)
        choices += (choices.empty() ? "" : " ") + choice;
      if (!choices.empty()) {
        EXPECT_NE(text.find(choices), std::string::npos) << name << ": " << option.flag;
      }
    }
  }
  EXPECT_EQ(built("gd.bash"), bash_completion(table));  // the build wrote today's table
  EXPECT_EQ(built("_gd"), zsh_completion(table));
  EXPECT_EQ(built("gd.fish"), fish_completion(table));
}

/// Runs `script` in bash with the completion loaded; its stdout.
std::string in_bash(const std::string& script) {
  const std::string out = testing::TempDir() + "gd_completion_" + std::to_string(getpid());
  const std::string command = "bash -c 'source \"" + std::string(GD_COMPLETIONS_DIR) +
                              "/gd.bash\"; " + script + "' > " + out;
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  std::remove(out.c_str());
  return text.str();
}

TEST(Completions, BashCompletesOptionsAndTheirValues) {
  EXPECT_EQ(in_bash("COMP_WORDS=(gd --optimizer a); COMP_CWORD=2; _gd; echo ${COMPREPLY[*]}"),
            "adagrad adam\n");
  EXPECT_EQ(in_bash("COMP_WORDS=(gd --for); COMP_CWORD=1; _gd; echo ${COMPREPLY[*]}"),
            "--format\n");
  EXPECT_EQ(in_bash("COMP_WORDS=(gd --steps 1); COMP_CWORD=2; _gd; echo ${#COMPREPLY[*]}"),
            "0\n");  // a number: nothing to offer
}

/// Whether `shell` is installed; the syntax check skips (and says so) when not.
bool have(const std::string& shell) {
  return std::system(("command -v " + shell + " > /dev/null 2>&1").c_str()) == 0;
}

TEST(Completions, ZshAndFishReadTheirScripts) {
  bool checked = false;
  for (const auto& [shell, script] : {std::pair{"zsh", "_gd"}, std::pair{"fish", "gd.fish"}}) {
    if (!have(shell)) continue;
    checked = true;
    const std::string command =
        std::string(shell) + " -n '" + GD_COMPLETIONS_DIR + "/" + script + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
  }
  if (have("fish")) {  // and fish completes a choice from it
    const std::string out = testing::TempDir() + "gd_fish_" + std::to_string(getpid());
    const std::string command = "fish -c \"source '" + std::string(GD_COMPLETIONS_DIR) +
                                "/gd.fish'; complete -C 'gd --format j'\" > " + out;
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    std::ifstream in(out);
    std::string first;
    std::getline(in, first);
    EXPECT_EQ(first.substr(0, first.find('\t')), "jsonl");
    std::remove(out.c_str());
  }
  if (!checked) GTEST_SKIP() << "neither zsh nor fish is installed: their syntax is not checked";
}

}  // namespace
}  // namespace gd
