#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gd {

/// Edits that turn `a` into `b`: insertions, deletions, substitutions and
/// swaps of neighbours count one each (optimal string alignment).
std::size_t edit_distance(const std::string& a, const std::string& b);

/// The one name of `names` that `typed` most likely misspells: the only one
/// `typed` begins, else the only closest within 1 edit (up to 5
/// characters) or 2 (longer). Case and '_' for '-' do not count. None when
/// nothing is that close, or two names are equally close.
std::optional<std::string> nearest_name(const std::string& typed,
                                        const std::vector<std::string>& names);

}  // namespace gd
