#include "model/key_spelling.h"

#include <algorithm>
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

namespace {

bool identifierCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool camelCase(std::string_view word) {
  return word.size() > 1 && word[0] >= 'a' && word[0] <= 'z' &&
         std::any_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::string respellMemberNames(std::string_view message, Dialect dialect,
                               const std::vector<std::string_view>& apiNames) {
  if (dialect == Dialect::EcsApi) return std::string(message);
  std::string out;
  out.reserve(message.size() + 16);
  bool quoted = false;        // inside "...": AWS's words, kept
  bool afterRespelt = false;  // the last word was a respelt member name, and a '.' follows it
  for (std::size_t i = 0; i < message.size();) {
    const char c = message[i];
    if (!identifierCharacter(c)) {
      if (c == '"') quoted = !quoted;
      afterRespelt = afterRespelt && c == '.';
      out += c;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < message.size() && identifierCharacter(message[end])) ++end;
    const std::string_view word = message.substr(i, end - i);
    const bool member = std::binary_search(apiNames.begin(), apiNames.end(), word);
    if (!quoted && member && (camelCase(word) || afterRespelt)) {
      out += spellKey(dialect, word);
      afterRespelt = true;
    } else {
      out += word;
      afterRespelt = false;
    }
    i = end;
  }
  return out;
}

}  // namespace ecslint
