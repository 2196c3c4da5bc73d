#include "cli/config_file.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <set>
#include <sstream>

#include "cli/options.h"

namespace gd {
namespace {

/// Throws CLI::ConfigError when a key is given twice.
void refuse_repeated_keys(const std::string& text) {
  std::set<std::string> seen;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const auto begin = line.find_first_not_of(" \t");
    const auto equals = line.find('=');
    if (begin == std::string::npos || line[begin] == '#' || line[begin] == '[' ||
        equals == std::string::npos || equals < begin)
      continue;
    std::string key = line.substr(begin, equals - begin);
    key.erase(key.find_last_not_of(" \t") + 1);
    if (!seen.insert(key).second)
      throw CLI::ConfigError("key \"" + key + "\" is given more than once");
  }
}

}  // namespace

std::vector<CLI::ConfigItem> ConfigFile::from_config(std::istream& input) const {
  std::string text(static_cast<std::size_t>(kMaxConfigBytes) + 1, '\0');
  input.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(input.gcount()));
  if (text.size() > static_cast<std::size_t>(kMaxConfigBytes))
    throw CLI::ConfigError("is over 1 MiB");
  refuse_repeated_keys(text);
  std::istringstream bounded(text);
  std::vector<CLI::ConfigItem> parsed = CLI::ConfigBase::from_config(bounded);
  for (auto& item : parsed)
    if (item.inputs.size() > 1) item.inputs = {fmt::format("{}", fmt::join(item.inputs, ","))};
  return parsed;
}

std::string config_path(const std::vector<std::string>& args) {
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--config" && i + 1 < args.size()) return args[i + 1];
    if (args[i].rfind("--config=", 0) == 0) return args[i].substr(9);
  }
  return "";
}

std::string config_problem(const std::string& path) {
  struct stat status {};
  if (path.empty() || ::stat(path.c_str(), &status) != 0) return "";
  return S_ISDIR(status.st_mode) ? "is a directory" : "";
}

}  // namespace gd
