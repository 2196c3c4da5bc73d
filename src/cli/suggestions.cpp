#include "cli/suggestions.h"

#include <algorithm>
#include <cctype>

namespace gd {
namespace {

/// Lower case, with '_' as '-': "Tol_Grad" is a spelling of "tol-grad".
std::string folded(const std::string& text) {
  std::string out = text;
  for (char& c : out)
    c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// The only name `typed` begins ("form" for "format"), if there is one.
std::optional<std::string> only_completion(const std::string& typed,
                                           const std::vector<std::string>& names) {
  std::optional<std::string> found;
  for (const std::string& name : names) {
    if (folded(name).rfind(typed, 0) != 0) continue;
    if (found) return std::nullopt;
    found = name;
  }
  return found;
}

}  // namespace

std::size_t edit_distance(const std::string& a, const std::string& b) {
  // d[i][j]: edits from a's first i characters to b's first j.
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::optional<std::string> nearest_name(const std::string& typed,
                                        const std::vector<std::string>& names) {
  const std::string text = folded(typed);
  if (text.size() < 2) return std::nullopt;
  if (auto completion = only_completion(text, names)) return completion;
  const std::size_t allowed = text.size() <= 2 ? 0 : text.size() <= 5 ? 1 : 2;
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  bool tie = false;
  for (const std::string& name : names) {
    const std::size_t distance = edit_distance(text, folded(name));
    if (distance < best_distance) {
      best = name;
      best_distance = distance;
      tie = false;
    } else if (distance == best_distance) {
      tie = true;
    }
  }
  if (tie || !best) return std::nullopt;
  return best;
}

}  // namespace gd
