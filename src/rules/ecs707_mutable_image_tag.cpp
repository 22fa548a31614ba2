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
    context.report(
        valueOf(image.node), reference->tag.empty() ? "ECS707.no-tag" : "ECS707.latest",
        {{"image", std::string(image.value)}, {"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
