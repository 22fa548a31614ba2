#include "model/image_reference.h"

#include "model/placeholder.h"

namespace ecslint {
namespace {

bool isLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool isAlnum(char c) { return isLowerAlnum(c) || (c >= 'A' && c <= 'Z'); }

// A path component: lower-case letters and digits, separated by '.', '_', "__" or runs of '-'.
bool isPathComponent(std::string_view part) {
  if (part.empty() || !isLowerAlnum(part.front()) || !isLowerAlnum(part.back())) return false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    const char c = part[i];
    if (isLowerAlnum(c) || c == '-') continue;
    if (c != '.' && c != '_') return false;
    // A separator sits between alphanumerics ("__" counts as one).
    const bool doubleUnderscore = c == '_' && i + 1 < part.size() && part[i + 1] == '_';
    if (doubleUnderscore) ++i;
    if (!isLowerAlnum(part[i + 1])) return false;
  }
  return true;
}

bool isHost(std::string_view host) {
  const std::size_t colon = host.find(':');
  const std::string_view name = host.substr(0, colon);
  if (name.empty()) return false;
  for (const char c : name) {
    if (!isAlnum(c) && c != '.' && c != '-' && c != '_') return false;
  }
  if (colon == std::string_view::npos) return true;
  const std::string_view port = host.substr(colon + 1);
  if (port.empty()) return false;
  for (const char c : port) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
bool isTag(std::string_view tag) {
  if (tag.empty() || tag.size() > 128 || tag.front() == '.' || tag.front() == '-') return false;
  for (const char c : tag) {
    if (!isAlnum(c) && c != '_' && c != '.' && c != '-') return false;
  }
  return true;
}

// algorithm:hex, the hex part at least 32 characters.
bool isDigest(std::string_view digest) {
  const std::size_t colon = digest.find(':');
  if (colon == std::string_view::npos || colon == 0 || digest.size() - colon - 1 < 32) return false;
  for (const char c : digest.substr(0, colon)) {
    if (!isAlnum(c) && c != '+' && c != '.' && c != '_' && c != '-') return false;
  }
  for (const char c : digest.substr(colon + 1)) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  }
  return true;
}

}  // namespace

std::optional<ImageReference> parseImageReference(std::string_view image) {
  ImageReference reference;
  std::string_view name = image;
  if (const std::size_t at = name.find('@'); at != std::string_view::npos) {
    reference.digest = name.substr(at + 1);
    if (!isDigest(reference.digest)) return std::nullopt;
    name = name.substr(0, at);
  }
  reference.registry = imageRegistryHost(name);
  if (!reference.registry.empty()) {
    if (!isHost(reference.registry)) return std::nullopt;
    name = name.substr(reference.registry.size() + 1);
  }
  // The tag follows the last ':' of the repository path (a registry port was removed above).
  if (const std::size_t colon = name.rfind(':'); colon != std::string_view::npos) {
    reference.tag = name.substr(colon + 1);
    if (!isTag(reference.tag)) return std::nullopt;
    name = name.substr(0, colon);
  }
  reference.repository = name;
  for (std::size_t start = 0;;) {
    const std::size_t slash = name.find('/', start);
    if (!isPathComponent(
            name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start))) {
      return std::nullopt;
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return reference;
}

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
  // In a CloudFormation template the domain may be `${AWS::URLSuffix}` (Fn::Sub syntax, as cdk synth
  // writes asset images), which is always amazonaws.com or amazonaws.com.cn; `${AWS::AccountId}` and
  // `${AWS::Region}` stand for an account and a region like any other placeholder there.
  const bool ecrService = host.find(".dkr.ecr.") != std::string_view::npos ||
                          host.find(".dkr.ecr-fips.") != std::string_view::npos;
  const bool awsDomain = host.ends_with(".amazonaws.com") || host.ends_with(".amazonaws.com.cn") ||
                         host.ends_with(".${AWS::URLSuffix}");
  if ((ecrService && awsDomain) ||
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
    const bool plausible =
        !region.empty() &&
        region.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos;
    return plausible ? region : std::string_view{};
  }
  return {};
}

}  // namespace ecslint
