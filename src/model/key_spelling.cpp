#include "model/key_spelling.h"

#include <array>

namespace ecslint {

namespace {

struct Exception {
  std::string_view canonicalPath;
  std::string_view cloudFormation;
};

// Where CloudFormation's name is not the API's with its first letter upper-cased.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-taskdefinition.html
constexpr std::array<Exception, 6> kCloudFormationExceptions{{
    {"volumes[].efsVolumeConfiguration", "EFSVolumeConfiguration"},
    {"volumes[].efsVolumeConfiguration.fileSystemId", "FilesystemId"},
    {"volumes[].efsVolumeConfiguration.authorizationConfig.iam", "IAM"},
    {"volumes[].fsxWindowsFileServerVolumeConfiguration", "FSxWindowsFileServerVolumeConfiguration"},
    {"volumes[].s3filesVolumeConfiguration", "S3FilesVolumeConfiguration"},
    {"proxyConfiguration.properties", "ProxyConfigurationProperties"},
}};

std::string_view lastSegment(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string spellKey(Dialect dialect, std::string_view canonicalPath) {
  std::string name(lastSegment(canonicalPath));
  if (dialect == Dialect::EcsApi || name.empty()) return name;
  for (const Exception& e : kCloudFormationExceptions) {
    if (e.canonicalPath == canonicalPath) return std::string(e.cloudFormation);
  }
  name[0] = upper(name[0]);
  return name;
}

std::string canonicalKey(Dialect dialect, std::string_view parentPath, std::string_view written) {
  if (dialect == Dialect::EcsApi || written.empty()) return std::string(written);
  for (const Exception& e : kCloudFormationExceptions) {
    const std::string_view path = e.canonicalPath;
    const std::size_t dot = path.rfind('.');
    const std::string_view parent = dot == std::string_view::npos ? std::string_view{} : path.substr(0, dot);
    if (parent == parentPath && e.cloudFormation == written) return std::string(lastSegment(path));
  }
  std::string name(written);
  name[0] = lower(name[0]);
  return name;
}

std::string canonicalKeyAnywhere(Dialect dialect, std::string_view written) {
  if (dialect == Dialect::EcsApi || written.empty()) return std::string(written);
  for (const Exception& e : kCloudFormationExceptions) {
    if (e.cloudFormation == written) return std::string(lastSegment(e.canonicalPath));
  }
  std::string name(written);
  name[0] = lower(name[0]);
  return name;
}

}  // namespace ecslint
