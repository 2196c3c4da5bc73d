#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace gd {

/// `text`'s words in lines of at most `width` columns (a longer word has a
/// line of its own).
std::vector<std::string> wrap(const std::string& text, std::size_t width);

/// gd --help, at most `width` columns a line: the usage, each option group
/// with its options (value, description, default), then the footer, whose
/// paragraphs are wrapped and whose indented lines (examples) are kept.
/// Written here rather than by CLI11's formatter, which wraps nothing and
/// shows defaults as "N=100" and flags' defaults as "{false}".
std::string help_text(const CLI::App& app, std::size_t width);

}  // namespace gd
