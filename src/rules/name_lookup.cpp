#include "rules/name_lookup.h"

#include <algorithm>
#include <optional>

#include "support/spelling.h"

namespace ecslint {
namespace {

// Spelling suggestions cost an edit distance per candidate. ECS allows 10 containers per task
// definition; past a few hundred names a task is synthetic, and listing or comparing them all
// would make each finding cost as much as the whole file.
constexpr std::size_t kMaxSuggestionCandidates = 256;
constexpr std::size_t kMaxListed = 5;
constexpr std::size_t kMinContainedLength = 3;

// The one candidate that contains `name` or is contained in it (ignoring case), if exactly one does.
std::optional<std::string_view> onlyNameContaining(std::string_view name,
                                                   const std::vector<std::string_view>& candidates) {
  const std::string word = lowercase(name);
  std::optional<std::string_view> found;
  for (const std::string_view candidate : candidates) {
    const std::string other = lowercase(candidate);
    const bool related = std::min(word.size(), other.size()) >= kMinContainedLength &&
                         (word.find(other) != std::string::npos || other.find(word) != std::string::npos);
    if (!related) continue;
    if (found) return std::nullopt;
    found = candidate;
  }
  return found;
}

}  // namespace

std::vector<std::string_view> containerNames(const TaskDefinition& task, const Container* except) {
  std::vector<std::string_view> names;
  for (const Container& container : task.containers) {
    if (&container == except || !container.name.known() || container.name.value.empty()) continue;
    if (except != nullptr && except->name.is(container.name.value)) continue;
    names.push_back(container.name.value);
  }
  return names;
}

std::vector<std::string_view> volumeNames(const TaskDefinition& task) {
  std::vector<std::string_view> names;
  for (const Volume& volume : task.volumes) {
    if (volume.name.known() && !volume.name.value.empty()) names.push_back(volume.name.value);
  }
  return names;
}

std::string closestNameHint(const FindingReporter& context, std::string_view name,
                            const std::vector<std::string_view>& candidates, NameKind kind) {
  const bool containers = kind == NameKind::Container;
  if (candidates.empty())
    return context.phrase(containers ? "common.name-hint.no-containers" : "common.name-hint.no-volumes");
  if (candidates.size() <= kMaxSuggestionCandidates) {
    if (const auto closest = closestSpelling(name, candidates)) {
      return context.phrase("common.name-hint.did-you-mean", {{"name", std::string(*closest)}});
    }
    // "envoy-proxy" for "envoy", "app" for "app-container": one name inside the other.
    if (const auto part = onlyNameContaining(name, candidates)) {
      return context.phrase("common.name-hint.did-you-mean", {{"name", std::string(*part)}});
    }
  }
  if (candidates.size() > kMaxListed) return "";
  std::string list;
  for (const std::string_view candidate : candidates) {
    list += (list.empty() ? "'" : ", '") + std::string(candidate) + "'";
  }
  return context.phrase(containers ? "common.name-hint.containers" : "common.name-hint.volumes",
                        {{"names", list}});
}

void reportWithHint(FindingReporter& context, Target target, std::string_view plainId,
                    std::string_view hintId, MessageArgs arguments, std::string hint) {
  if (hint.empty()) {
    context.report(target, plainId, std::move(arguments));
    return;
  }
  arguments.push_back({"hint", std::move(hint)});
  context.report(target, hintId, std::move(arguments));
}

}  // namespace ecslint
