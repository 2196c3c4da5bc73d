#include "cli/function_help.h"

#include <gtest/gtest.h>
#include <muParser.h>

#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace gd {
namespace {

/// The words of the function list's entries: the names before each meaning.
std::set<std::string> listed_words() {
  std::set<std::string> words;
  std::istringstream lines(function_help());
  const std::regex word("[A-Za-z_][A-Za-z0-9_]*");
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  ", 0) != 0) continue;
    const std::string names = line.substr(0, 20);  // the entries' first column
    for (std::sregex_iterator it(names.begin(), names.end(), word), end; it != end; ++it)
      words.insert(it->str());
  }
  return words;
}

TEST(FunctionHelp, ListsEveryFunctionAndConstantOfMuParser) {
  const mu::Parser parser;
  const std::set<std::string> words = listed_words();
  for (const auto& entry : parser.GetFunDef()) EXPECT_TRUE(words.count(entry.first)) << entry.first;
  for (const auto& entry : parser.GetConst()) EXPECT_TRUE(words.count(entry.first)) << entry.first;
  for (const char* gd_own : {"pi", "e"}) EXPECT_TRUE(words.count(gd_own)) << gd_own;
}

TEST(FunctionHelp, ListsOnlyWhatMuParserHas) {
  const mu::Parser parser;
  for (const std::string& word : listed_words()) {
    const bool known = parser.GetFunDef().count(word) || parser.GetConst().count(word) ||
                       word == "pi" || word == "e" || word == "a" || word == "b" || word == "c" ||
                       word == "x" || word == "y";  // operands in the examples
    EXPECT_TRUE(known) << word;
  }
}

TEST(FunctionHelp, ListsEveryOperatorAndFitsEightyColumns) {
  const std::string text = function_help();
  for (const char* op :
       {"?", ":", "||", "&&", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "^"})
    EXPECT_NE(text.find(op), std::string::npos) << op;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 80u) << line;
}

}  // namespace
}  // namespace gd
