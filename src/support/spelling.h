#pragma once
// "Did you mean ...?": the closest candidate by edit distance, ignoring case first.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ecslint {

// `text` in lower case (ASCII letters only), for comparing names while ignoring case.
std::string lowercase(std::string_view text);

// Levenshtein distance, case-sensitive.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate equal to `word` except for case, else the one at the smallest edit distance when
// that distance is small for the word's length (at most a third of it, and at most 3); nullopt
// when nothing is close or two candidates tie.
std::optional<std::string_view> closestSpelling(std::string_view word,
                                                std::span<const std::string_view> candidates);

// Up to `count` candidates at the smallest edit distance from `word` (ignoring case, within the
// same limit as closestSpelling), ties included, in the candidates' order: "did you mean A or B?".
std::vector<std::string_view> nearestSpellings(std::string_view word,
                                               std::span<const std::string_view> candidates,
                                               std::size_t count);

}  // namespace ecslint
