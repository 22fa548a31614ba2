#pragma once
// What ecslint needs to know about a container image reference: which registry serves it.

#include <optional>
#include <string_view>

namespace ecslint {

enum class ImageRegistry {
  PrivateEcr,  // <account>.dkr.ecr.<region>.amazonaws.com[.cn]/repo: pulled with the execution role
               // (the domain may be a template's `${AWS::URLSuffix}`)
  PublicEcr,   // public.ecr.aws/...: anonymous pulls
  Other,       // Docker Hub, GHCR, Quay, a private registry, ...
  Unknown,     // the registry part is a template placeholder
};

ImageRegistry classifyImageRegistry(std::string_view image);

// The parts of a well-formed image reference: [registry/]repository[:tag][@digest].
struct ImageReference {
  std::string_view registry;    // "" for Docker Hub short names
  std::string_view repository;  // "nginx", "library/nginx", "team/app"
  std::string_view tag;         // "" when there is none
  std::string_view digest;      // "sha256:...", "" when there is none
};

// nullopt when `image` does not follow Docker's reference grammar (upper case or other characters
// in the repository, an empty part, ...): such a value is a placeholder or a format error
// (ECS008), not a reference whose tag can be judged. The registry part is read leniently
// (host[:port] of letters, digits, '.', '-', '_'), since only the repository and tag matter here.
std::optional<ImageReference> parseImageReference(std::string_view image);

// The AWS Region of a private ECR image's registry ("us-east-1" for
// 123456789012.dkr.ecr.us-east-1.amazonaws.com/app), or "" for any other image and for a region
// that is a placeholder (`${AWS::Region}` in a template).
std::string_view ecrImageRegion(std::string_view image);

// The registry host of an image reference ("" for Docker Hub short names like "nginx" or
// "library/nginx").
std::string_view imageRegistryHost(std::string_view image);

}  // namespace ecslint
