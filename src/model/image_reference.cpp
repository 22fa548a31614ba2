#include "model/image_reference.h"

#include "model/placeholder.h"

namespace ecslint {

std::string_view imageRegistryHost(std::string_view image) {
  const std::size_t slash = image.find('/');
  if (slash == std::string_view::npos) return {};
  const std::string_view first = image.substr(0, slash);
  // Docker's rule: the first component is a registry when it looks like a host name.
  if (first.find('.') != std::string_view::npos || first.find(':') != std::string_view::npos ||
      first == "localhost") {
    return first;
  }
  return {};
}

ImageRegistry classifyImageRegistry(std::string_view image) {
  const std::string_view host = imageRegistryHost(image);
  // ECR private registry endpoints, including FIPS and the dual-stack (IPv6) form:
  //   123456789012.dkr.ecr.us-east-1.amazonaws.com, ...dkr.ecr-fips..., ...amazonaws.com.cn,
  //   123456789012.dkr-ecr.us-east-1.on.aws
  const bool ecrService = host.find(".dkr.ecr.") != std::string_view::npos ||
                          host.find(".dkr.ecr-fips.") != std::string_view::npos;
  if ((ecrService && (host.ends_with(".amazonaws.com") || host.ends_with(".amazonaws.com.cn"))) ||
      (host.find(".dkr-ecr.") != std::string_view::npos && host.ends_with(".on.aws"))) {
    return ImageRegistry::PrivateEcr;
  }
  if (host == "public.ecr.aws") return ImageRegistry::PublicEcr;
  // "${REGISTRY}/app:1" or "<IMAGE1_NAME>": the registry is not known.
  if (containsPlaceholder(host.empty() ? image.substr(0, image.find('/')) : host)) {
    return ImageRegistry::Unknown;
  }
  return ImageRegistry::Other;
}

std::string_view ecrImageRegion(std::string_view image) {
  if (classifyImageRegistry(image) != ImageRegistry::PrivateEcr) return {};
  const std::string_view host = imageRegistryHost(image);
  for (const std::string_view marker : {".dkr.ecr.", ".dkr.ecr-fips.", ".dkr-ecr."}) {
    const std::size_t at = host.find(marker);
    if (at == std::string_view::npos) continue;
    const std::string_view rest = host.substr(at + marker.size());
    const std::string_view region = rest.substr(0, rest.find('.'));
    const bool plausible = !region.empty() && region.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") ==
                                                  std::string_view::npos;
    return plausible ? region : std::string_view{};
  }
  return {};
}

}  // namespace ecslint
