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

}  // namespace ecslint
