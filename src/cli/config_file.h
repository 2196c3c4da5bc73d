#pragma once

#include <CLI/CLI.hpp>
#include <istream>
#include <string>
#include <vector>

namespace gd {

/// --config's TOML as CLI11 reads it, but bounded (at most kMaxConfigBytes,
/// whatever the file: a pipe, /dev/zero), with a key given twice refused
/// (CLI11 would merge the lines into "3,4", which nobody typed), and an
/// array (start = [-3, 4]) read as one comma-separated value, as gd's list
/// options take them on the command line.
class ConfigFile : public CLI::ConfigBase {
 public:
  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override;
};

/// The file --config names in `args` (for messages), or "".
std::string config_path(const std::vector<std::string>& args);

/// Why the --config file at `path` will not do, or "": a directory opens
/// and reads as empty, which would silently be no options at all. (Size is
/// bounded as it is read; a missing file is left to CLI11's own message.)
std::string config_problem(const std::string& path);

}  // namespace gd
