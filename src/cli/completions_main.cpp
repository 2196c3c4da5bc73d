// Writes gd's shell completions, made from its option table, into the
// directory given: gd.bash, _gd (zsh), gd.fish. Run by the build.
#include <fstream>
#include <iostream>
#include <string>

#include "cli/completions.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gd_completions DIRECTORY\n";
    return 2;
  }
  const std::string directory = argv[1];
  const auto table = gd::option_table();
  const std::pair<const char*, std::string> scripts[] = {{"gd.bash", gd::bash_completion(table)},
                                                         {"_gd", gd::zsh_completion(table)},
                                                         {"gd.fish", gd::fish_completion(table)}};
  for (const auto& [name, text] : scripts) {
    std::ofstream file(directory + "/" + name, std::ios::binary);
    file << text;
    if (!file) {
      std::cerr << "gd_completions: cannot write " << directory << "/" << name << "\n";
      return 1;
    }
  }
  return 0;
}
