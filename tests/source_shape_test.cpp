// The shape docs/design.md describes, checked on the sources themselves:
// which folder may include which, where CLI11 is used, and how long a
// function may be.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Source {
  std::string path;    // from src/, e.g. "core/descent.cpp"
  std::string folder;  // "core", or "" for main.cpp
  std::string text;
};

std::vector<Source> sources() {
  std::vector<Source> all;
  const fs::path root = fs::path(GD_SOURCE_DIR) / "src";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    Source source;
    source.path = fs::relative(entry.path(), root).string();
    const auto slash = source.path.find('/');
    source.folder = slash == std::string::npos ? "" : source.path.substr(0, slash);
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    source.text = text.str();
    all.push_back(source);
  }
  EXPECT_GT(all.size(), 50u);
  return all;
}

/// The folders each folder's files may include (their own included).
const std::map<std::string, std::set<std::string>> kMayInclude{
    {"", {"app", "base"}},
    {"app", {"app", "cli", "observers", "output", "plot", "core", "base"}},
    {"cli", {"cli", "output", "plot", "core", "base"}},
    {"observers", {"observers", "output", "plot", "core", "base"}},
    {"output", {"output", "plot", "core", "base"}},
    {"plot", {"plot", "base"}},
    {"core", {"core"}},
    {"base", {"base"}},
};

TEST(SourceShape, EachFolderIncludesOnlyTheFoldersBelowIt) {
  const std::regex include("#include \"([a-z_]+)/[^\"]+\"");
  for (const Source& source : sources()) {
    const auto allowed = kMayInclude.find(source.folder);
    ASSERT_NE(allowed, kMayInclude.end()) << "a new folder: " << source.path;
    for (std::sregex_iterator it(source.text.begin(), source.text.end(), include), end; it != end;
         ++it)
      EXPECT_TRUE(allowed->second.count((*it)[1]))
          << source.path << " includes " << (*it)[0] << ": see docs/design.md";
  }
}

TEST(SourceShape, OnlyTheCliUsesCli11AndItsOptionsHeaderHasNone) {
  for (const Source& source : sources()) {
    if (source.text.find("#include <CLI/") != std::string::npos) {
      EXPECT_EQ(source.folder, "cli") << source.path;
    }
    if (source.path == "cli/options.h") {
      EXPECT_EQ(source.text.find("CLI/"), std::string::npos) << "options.h uses CLI11";
    }
  }
}

/// `text` with comments, strings, characters and preprocessor lines blanked,
/// newlines kept: what is left is code to count braces in.
std::string code_of(const std::string& text) {
  std::string code = text;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const auto blank_to = [&](std::size_t end) {
      for (; i < end && i < code.size(); ++i)
        if (code[i] != '\n') code[i] = ' ';
      --i;
    };
    if (code.compare(i, 2, "//") == 0 || (code[i] == '#' && (i == 0 || code[i - 1] == '\n'))) {
      blank_to(code.find('\n', i));
    } else if (code.compare(i, 2, "/*") == 0) {
      const std::size_t end = code.find("*/", i);
      blank_to(end == std::string::npos ? code.size() : end + 2);
    } else if (code.compare(i, 3, "R\"(") == 0) {
      const std::size_t end = code.find(")\"", i);
      blank_to(end == std::string::npos ? code.size() : end + 2);
    } else if (code[i] == '"' || code[i] == '\'') {
      std::size_t end = i + 1;
      while (end < code.size() && code[end] != code[i]) end += code[end] == '\\' ? 2 : 1;
      blank_to(end + 1);
    }
  }
  return code;
}

/// Each function body's length in lines, signature to closing brace, with
/// where it begins. A body is a brace whose enclosing braces are all
/// namespaces, classes or structs, after text with a parenthesis that is
/// not an initializer.
std::vector<std::pair<int, std::string>> function_lengths(const Source& source) {
  const std::string code = code_of(source.text);
  const std::regex scope("\\s*(namespace|class|struct|enum|union|extern)\\b[^(]*");
  struct Open {
    bool scope, function;
    std::size_t start;
  };
  std::vector<Open> open;
  std::vector<std::pair<int, std::string>> lengths;
  std::size_t statement = 0;  // where the text before the next brace begins
  const auto line_of = [&](std::size_t at) {
    return 1 + static_cast<int>(
                   std::count(code.begin(), code.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  };
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c != '{' && c != '}' && c != ';') continue;
    if (c == '{') {
      const std::string head = code.substr(statement, i - statement);
      const bool in_scope =
          std::all_of(open.begin(), open.end(), [](const Open& o) { return o.scope; });
      const bool is_scope = std::regex_match(head, scope);
      const std::size_t first = head.find_first_not_of(" \n");
      const bool function = in_scope && !is_scope && head.find(')') != std::string::npos &&
                            head.substr(0, head.find('(')).find('=') == std::string::npos;
      open.push_back({is_scope, function, statement + (first == std::string::npos ? 0 : first)});
    } else if (c == '}' && !open.empty()) {
      if (open.back().function)
        lengths.push_back({line_of(i) - line_of(open.back().start) + 1,
                           source.path + ":" + std::to_string(line_of(open.back().start))});
      open.pop_back();
    }
    statement = i + 1;
  }
  return lengths;
}

TEST(SourceShape, NoFunctionIsOverSixtyLines) {
  std::size_t functions = 0;
  for (const Source& source : sources())
    for (const auto& [length, where] : function_lengths(source)) {
      ++functions;
      EXPECT_LE(length, 60) << where << " is " << length << " lines long";
    }
  EXPECT_GT(functions, 200u);  // the count itself works
}

TEST(SourceShape, TheCounterCountsWhatItShould) {
  const Source sample{"x.cpp", "",
                      "namespace gd {\n"
                      "int f(int a) {\n"
                      "  if (a) { return 1; }\n"
                      "  const char* s = \"{\";\n"
                      "  return 0;\n"
                      "}\n"
                      "struct S {\n"
                      "  int g() const { return 2; }\n"
                      "  int v = {3};\n"
                      "};\n"
                      "}  // namespace gd\n"};
  const auto lengths = function_lengths(sample);
  ASSERT_EQ(lengths.size(), 2u);
  EXPECT_EQ(lengths[0], (std::pair<int, std::string>{5, "x.cpp:2"}));
  EXPECT_EQ(lengths[1], (std::pair<int, std::string>{1, "x.cpp:8"}));
}

}  // namespace
