#include "support/spelling.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace ecslint {
namespace {

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

}  // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::optional<std::string_view> closestSpelling(std::string_view word,
                                                std::span<const std::string_view> candidates) {
  const std::string lowered = lower(word);
  for (std::string_view candidate : candidates) {
    if (lower(candidate) == lowered) return candidate;
  }
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  std::optional<std::string_view> best;
  std::size_t bestDistance = limit + 1;
  bool tie = false;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = editDistance(lowered, lower(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance == bestDistance && best && *best != candidate) {
      tie = true;
    }
  }
  if (tie) return std::nullopt;
  return best;
}

}  // namespace ecslint
