#include "model/key_spelling.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <type_traits>

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

// The words of `message` outside double quotes, each replaced by what `spell` gives for it
// (nullopt: kept). `spell` learns whether the word follows a respelt name and a '.'.
template <class Spell>
std::string respellWords(std::string_view message, Spell spell) {
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
    const std::optional<std::string> respelt = quoted ? std::nullopt : spell(word, afterRespelt);
    out += respelt ? *respelt : std::string(word);
    afterRespelt = respelt.has_value();
    i = end;
  }
  return out;
}

struct TerraformName {
  std::string_view api;
  std::string_view terraform;
};

// Task-level members whose Terraform attribute is not the API's name (aws_ecs_task_definition in
// the AWS provider: snake_case, `volume` and `inference_accelerator` blocks, `host_path`), sorted by
// API name. Names inside `container_definitions` are the API's: that string is the API's JSON.
// Left out on purpose: `containerName` (a proxy configuration's, but also every `dependsOn`
// entry's) and single words (`family`, `cpu`), which read the same either way.
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition
constexpr std::array<TerraformName, 30> kTerraformNames{{
    {"accessPointId", "access_point_id"},
    {"authorizationConfig", "authorization_config"},
    {"configuredAtLaunch", "configure_at_launch"},
    {"containerDefinitions", "container_definitions"},
    {"cpuArchitecture", "cpu_architecture"},
    {"credentialsParameter", "credentials_parameter"},
    {"deviceName", "device_name"},
    {"deviceType", "device_type"},
    {"dockerVolumeConfiguration", "docker_volume_configuration"},
    {"driverOpts", "driver_opts"},
    {"efsVolumeConfiguration", "efs_volume_configuration"},
    {"enableFaultInjection", "enable_fault_injection"},
    {"ephemeralStorage", "ephemeral_storage"},
    {"executionRoleArn", "execution_role_arn"},
    {"fileSystemId", "file_system_id"},
    {"fsxWindowsFileServerVolumeConfiguration", "fsx_windows_file_server_volume_configuration"},
    {"inferenceAccelerators", "inference_accelerator"},
    {"ipcMode", "ipc_mode"},
    {"networkMode", "network_mode"},
    {"operatingSystemFamily", "operating_system_family"},
    {"pidMode", "pid_mode"},
    {"placementConstraints", "placement_constraints"},
    {"proxyConfiguration", "proxy_configuration"},
    {"requiresCompatibilities", "requires_compatibilities"},
    {"rootDirectory", "root_directory"},
    {"runtimePlatform", "runtime_platform"},
    {"sizeInGiB", "size_in_gib"},
    {"taskRoleArn", "task_role_arn"},
    {"transitEncryption", "transit_encryption"},
    {"transitEncryptionPort", "transit_encryption_port"},
}};

}  // namespace

std::string respellMemberNames(std::string_view message, Dialect dialect,
                               const std::vector<std::string_view>& apiNames) {
  if (dialect == Dialect::EcsApi) return std::string(message);
  return respellWords(message, [&](std::string_view word, bool afterRespelt) -> std::optional<std::string> {
    const bool member = std::binary_search(apiNames.begin(), apiNames.end(), word);
    if (member && (camelCase(word) || afterRespelt)) return spellKey(dialect, word);
    return std::nullopt;
  });
}

std::string respellNames(std::string_view message,
                         const std::function<std::optional<std::string>(std::string_view)>& spell) {
  return respellWords(message, [&](std::string_view word, bool) { return spell(word); });
}

std::string respellForTerraform(std::string_view message) {
  static_assert(std::is_sorted(kTerraformNames.begin(), kTerraformNames.end(),
                               [](const TerraformName& a, const TerraformName& b) { return a.api < b.api; }));
  return respellWords(message, [](std::string_view word, bool) -> std::optional<std::string> {
    const auto found =
        std::lower_bound(kTerraformNames.begin(), kTerraformNames.end(), word,
                         [](const TerraformName& name, std::string_view w) { return name.api < w; });
    if (found == kTerraformNames.end() || found->api != word) return std::nullopt;
    return std::string(found->terraform);
  });
}

}  // namespace ecslint
