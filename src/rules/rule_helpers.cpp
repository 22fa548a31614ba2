#include "rules/rule_helpers.h"

namespace ecslint {

namespace {

// The message ids of one kind of name: a known name, or a templated one ('app-{{ env }}': the name
// the author wrote, unknown to ecslint but not missing); a name with no text to quote (a template's
// `!Join`); no name at all.
struct NamePhrases {
  std::string_view named;
  std::string_view unevaluated;
  std::string_view unnamed;
};

std::string describeNamed(const FindingReporter& context, const NamePhrases& phrases, const StringField& name,
                          std::string_view text) {
  if (name.known() && !name.value.empty())
    return context.phrase(phrases.named, {{"name", std::string(name.value)}});
  if (name.unknown() && !text.empty()) return context.phrase(phrases.named, {{"name", std::string(text)}});
  return context.phrase(name.unknown() ? phrases.unevaluated : phrases.unnamed);
}

}  // namespace

std::string describeContainer(const FindingReporter& context, const Container& container) {
  static constexpr NamePhrases kPhrases{"common.container.named", "common.container.unevaluated",
                                        "common.container.unnamed"};
  return describeNamed(context, kPhrases, container.name, container.nameText);
}

std::string describeVolume(const FindingReporter& context, const Volume& volume) {
  static constexpr NamePhrases kPhrases{"common.volume.named", "common.volume.unevaluated",
                                        "common.volume.unnamed"};
  return describeNamed(context, kPhrases, volume.name, volume.nameText);
}

std::string describeEfsVolume(const FindingReporter& context, const Volume& volume) {
  static constexpr NamePhrases kPhrases{"common.efs-volume.named", "common.efs-volume.unevaluated",
                                        "common.efs-volume.unnamed"};
  return describeNamed(context, kPhrases, volume.name, volume.nameText);
}

std::string assumedNote(const FindingReporter& context, const LaunchTypes& types) {
  if (!types.assumed) return {};
  if (!types.assumedFrom.empty())
    return " " + context.phrase("common.service-launch-type", {{"service", std::string(types.assumedFrom)}});
  return " " + context.phrase("common.assumed-launch-type");
}

}  // namespace ecslint
