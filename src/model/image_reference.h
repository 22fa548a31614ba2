#pragma once
// What ecslint needs to know about a container image reference: which registry serves it.

#include <string_view>

namespace ecslint {

enum class ImageRegistry {
  PrivateEcr,  // <account>.dkr.ecr.<region>.amazonaws.com[.cn]/repo: pulled with the execution role
  PublicEcr,   // public.ecr.aws/...: anonymous pulls
  Other,       // Docker Hub, GHCR, Quay, a private registry, ...
  Unknown,     // the registry part is a template placeholder
};

ImageRegistry classifyImageRegistry(std::string_view image);

// The AWS Region of a private ECR image's registry ("us-east-1" for
// 123456789012.dkr.ecr.us-east-1.amazonaws.com/app), or "" for any other image.
std::string_view ecrImageRegion(std::string_view image);

// The registry host of an image reference ("" for Docker Hub short names like "nginx" or
// "library/nginx").
std::string_view imageRegistryHost(std::string_view image);

}  // namespace ecslint
