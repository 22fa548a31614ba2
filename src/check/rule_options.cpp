#include "check/rule_options.h"

#include "model/image_reference.h"
#include "support/glob.h"

namespace ecslint {
namespace {

// "nginx:1.27" -> "docker.io/library/nginx"; "ghcr.io/acme/api@sha256:..." -> "ghcr.io/acme/api".
std::string canonicalRepository(std::string_view image) {
  if (const std::size_t at = image.find('@'); at != std::string_view::npos) image = image.substr(0, at);
  const std::size_t lastSlash = image.rfind('/');
  const std::size_t colon = image.rfind(':');
  if (colon != std::string_view::npos && (lastSlash == std::string_view::npos || colon > lastSlash)) {
    image = image.substr(0, colon);
  }
  if (!imageRegistryHost(image).empty()) return std::string(image);
  const bool official = image.find('/') == std::string_view::npos;
  return std::string(official ? "docker.io/library/" : "docker.io/") + std::string(image);
}

}  // namespace

const RuleOptions& noRuleOptions() {
  static const RuleOptions none;
  return none;
}

bool RuleOptions::trustsImage(std::string_view image) const {
  if (trustedRegistries.empty()) return false;
  const std::string repository = canonicalRepository(image);
  const GlobOptions path{true, false};
  for (std::string_view pattern : trustedRegistries) {
    while (pattern.ends_with('/')) pattern.remove_suffix(1);
    // The whole repository, or any prefix of it that ends at a '/', in one pass: matching each
    // prefix in turn was quadratic in the image's length.
    if (globMatchLeadingSegments(pattern, repository, path)) return true;
  }
  return false;
}

}  // namespace ecslint
