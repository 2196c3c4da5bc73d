#include "cli/completions.h"

#include <fmt/format.h>

namespace gd {
namespace {

const char* const kGenerated = "generated from gd's option table when gd is built";

/// `text` inside '...' for a shell: ' becomes '\'' (bash, zsh) or \' (fish).
std::string quoted(const std::string& text, const std::string& quote_escape) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? quote_escape : std::string(1, c);
  return out + "'";
}

/// zsh's _arguments reads [...] and : in a description.
std::string zsh_description(const std::string& help) {
  std::string out;
  for (char c : help) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string bash_completion(const std::vector<OptionInfo>& options) {
  std::string text = fmt::format(
      "# bash completion for gd(1), {}.\n"
      "_gd() {{\n"
      "  local cur prev\n"
      "  cur=${{COMP_WORDS[COMP_CWORD]}}\n"
      "  prev=${{COMP_WORDS[COMP_CWORD-1]}}\n"
      "  case $prev in\n",
      kGenerated);
  std::vector<std::string> flags, free;
  for (const OptionInfo& o : options) {
    flags.push_back(o.flag);
    if (!o.choices.empty())
      text += fmt::format("    {}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;\n",
                          o.flag, fmt::join(o.choices, " "));
    else if (o.files == OptionInfo::Files::names)
      text += fmt::format("    {}) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", o.flag);
    else if (o.files == OptionInfo::Files::at_names)
      text += fmt::format(
          "    {})\n"
          "      if [[ $cur == @* ]]; then\n"
          "        COMPREPLY=($(compgen -f -- \"${{cur#@}}\")); "
          "COMPREPLY=(\"${{COMPREPLY[@]/#/@}}\")\n"
          "      fi\n"
          "      return ;;\n",
          o.flag);
    else if (o.takes_value)
      free.push_back(o.flag);
  }
  if (!free.empty()) text += fmt::format("    {}) return ;;\n", fmt::join(free, "|"));
  return text + fmt::format(
                    "  esac\n"
                    "  COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))\n"
                    "}}\n"
                    "complete -F _gd gd\n",
                    fmt::join(flags, " "));
}

std::string zsh_completion(const std::vector<OptionInfo>& options) {
  std::string text =
      fmt::format("#compdef gd\n# zsh completion for gd(1), {}.\n_arguments \\\n", kGenerated);
  for (const OptionInfo& o : options) {
    std::string spec = o.flag + (o.takes_value ? "=" : "") + "[" + zsh_description(o.help) + "]";
    if (!o.choices.empty())
      spec += fmt::format(":{}:({})", o.flag.substr(2), fmt::join(o.choices, " "));
    else if (o.files != OptionInfo::Files::none)
      spec += ":file:_files";
    else if (o.takes_value)
      spec += ":" + o.flag.substr(2) + ": ";
    text += "  " + quoted(spec, "'\\''") + " \\\n";
  }
  text.erase(text.size() - 3);  // the last " \\\n"
  return text + "\n";
}

std::string fish_completion(const std::vector<OptionInfo>& options) {
  std::string text =
      fmt::format("# fish completion for gd(1), {}.\ncomplete -c gd -f\n", kGenerated);
  for (const OptionInfo& o : options) {
    std::string line = "complete -c gd -l " + o.flag.substr(2);
    if (!o.choices.empty())
      line += " -x -a " + quoted(fmt::format("{}", fmt::join(o.choices, " ")), "\\'");
    else if (o.files == OptionInfo::Files::names)
      line += " -r -F";
    else if (o.takes_value)
      line += " -x";
    text += line + " -d " + quoted(o.help, "\\'") + "\n";
  }
  return text;
}

}  // namespace gd
