#include "cli/help_text.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <sstream>

namespace gd {
namespace {

constexpr std::size_t kIndent = 2;              // before an option's name
constexpr std::size_t kDescriptionColumn = 30;  // where its description begins
constexpr char kGlue = '\x1f';                  // a space that wrap() does not break at

/// "  --steps N            Number of steps at most ... (default: 100)".
std::string option_entry(const CLI::Option& option, std::size_t width) {
  std::string name = option.get_name();
  if (option.get_items_expected_max() > 0 && !option.get_type_name().empty())
    name += " " + option.get_type_name();
  else if (!option.get_type_name().empty())  // a flag's optional value: "--watch[=RATE]"
    name += option.get_type_name();
  std::string description = option.get_description();
  if (!option.get_default_str().empty())  // kept on one line
    description += fmt::format(" (default:{}{})", kGlue, option.get_default_str());
  std::string entry = std::string(kIndent, ' ') + name;
  const std::string margin(kDescriptionColumn, ' ');
  bool first = true;
  for (std::string line : wrap(description, width - kDescriptionColumn)) {
    std::replace(line.begin(), line.end(), kGlue, ' ');
    if (first && entry.size() + 2 <= kDescriptionColumn)
      entry += std::string(kDescriptionColumn - entry.size(), ' ') + line;
    else
      entry += "\n" + margin + line;
    first = false;
  }
  return entry + "\n";
}

/// The footer: its paragraphs wrapped, its indented lines as written.
std::string footer(const std::string& text, std::size_t width) {
  std::istringstream lines(text);
  std::string out, paragraph;
  const auto flush = [&] {
    for (const std::string& line : wrap(paragraph, width)) out += line + "\n";
    paragraph.clear();
  };
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] != ' ') {
      paragraph += (paragraph.empty() ? "" : " ") + line;
      continue;
    }
    flush();
    out += line + "\n";
  }
  flush();
  return out;
}

}  // namespace

std::vector<std::string> wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::istringstream words(text);
  std::string line;
  for (std::string word; words >> word;) {
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string help_text(const CLI::App& app, std::size_t width) {
  std::string text;
  for (const std::string& line : wrap(app.get_description(), width)) text += line + "\n";
  text += "Usage: gd --expr EXPR --start A[,B,...] [OPTIONS]\n";
  for (const std::string& group : app.get_groups()) {
    if (group.empty()) continue;  // CLI11's hidden options
    text += "\n" + group + ":\n";
    for (const CLI::Option* option :
         app.get_options([&](const CLI::Option* o) { return o->get_group() == group; }))
      text += option_entry(*option, width);
  }
  return text + "\n" + footer(app.get_footer(), width);
}

}  // namespace gd
