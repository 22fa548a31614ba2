// ECS707 mutable-image-tag: an image pinned to nothing, by ":latest" or by having no tag at all.
#include "model/image_reference.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkMutableImageTag(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    const StringField& image = container.image;
    if (!image.known() || image.value.empty()) continue;  // placeholders; "" is ECS010's
    const std::optional<ImageReference> reference = parseImageReference(image.value);
    // Not a well-formed reference ("IMAGE_URI", "my image"): a placeholder or ECS008's finding.
    if (!reference || !reference->digest.empty()) continue;
    if (!reference->tag.empty() && reference->tag != "latest") continue;
    // A registry the configuration trusts never moves a tag (rule_options.ECS707.trusted_registries).
    if (context.options().trustsImage(image.value)) continue;
    const std::string what =
        reference->tag.empty() ? "has no tag, so Docker pulls ':latest'" : "uses the tag ':latest'";
    context.reportUntranslated(valueOf(image.node),
                   "image '" + std::string(image.value) + "' of " + describeContainer(container) + " " +
                       what +
                       ": what runs is whatever the tag points to when a deployment starts (ECS resolves it "
                       "to a digest only then), so the next deployment of this same revision may run "
                       "different code, and rolling back to this revision does not bring the old image "
                       "back. Pin a version tag (for example the git commit) or a digest (@sha256:...)");
  }
}

}  // namespace ecslint
