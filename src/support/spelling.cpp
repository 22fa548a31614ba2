#include "support/spelling.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace ecslint {
std::string lowercase(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  // Two rows of the Levenshtein table; on the stack for the short words this is used on.
  constexpr std::size_t kStackRow = 64;
  std::array<std::size_t, kStackRow + 1> previousStack;
  std::array<std::size_t, kStackRow + 1> currentStack;
  std::vector<std::size_t> previousHeap;
  std::vector<std::size_t> currentHeap;
  std::size_t* previous = previousStack.data();
  std::size_t* current = currentStack.data();
  if (b.size() > kStackRow) {
    previousHeap.resize(b.size() + 1);
    currentHeap.resize(b.size() + 1);
    previous = previousHeap.data();
    current = currentHeap.data();
  }
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
  const std::string lowered = lowercase(word);
  std::vector<std::string> loweredCandidates;
  loweredCandidates.reserve(candidates.size());
  for (std::string_view candidate : candidates) {
    loweredCandidates.push_back(lowercase(candidate));
    if (loweredCandidates.back() == lowered) return candidate;
  }
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  std::optional<std::string_view> best;
  std::size_t bestDistance = limit + 1;
  bool tie = false;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::string& candidate = loweredCandidates[i];
    // The distance is at least the difference in length: a candidate farther than `limit` can
    // neither win nor tie, so it is not measured.
    const std::size_t lengthDifference = candidate.size() > lowered.size()
                                             ? candidate.size() - lowered.size()
                                             : lowered.size() - candidate.size();
    if (lengthDifference > limit) continue;
    const std::size_t distance = editDistance(lowered, candidate);
    if (distance < bestDistance) {
      best = candidates[i];
      bestDistance = distance;
      tie = false;
    } else if (distance == bestDistance && best && *best != candidates[i]) {
      tie = true;
    }
  }
  if (tie) return std::nullopt;
  return best;
}

std::vector<std::string_view> nearestSpellings(std::string_view word,
                                               std::span<const std::string_view> candidates,
                                               std::size_t count) {
  const std::string lowered = lowercase(word);
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  std::vector<std::string_view> nearest;
  std::size_t nearestDistance = limit + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = editDistance(lowered, lowercase(candidate));
    if (distance > nearestDistance) continue;
    if (distance < nearestDistance) nearest.clear();
    nearestDistance = distance;
    if (nearest.size() < count && std::find(nearest.begin(), nearest.end(), candidate) == nearest.end())
      nearest.push_back(candidate);
  }
  return nearest;
}

}  // namespace ecslint
