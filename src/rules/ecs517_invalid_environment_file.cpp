// ECS517 invalid-environment-file: an environmentFiles value that is not the ARN of an S3 object,
// or more than ten files.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

constexpr std::size_t kMaxEnvironmentFiles = 10;

// arn:<partition>:s3:::<bucket>/<key>: S3 ARNs have no Region or account.
bool isS3ObjectArn(std::string_view value) {
  if (!value.starts_with("arn:")) return false;
  const std::size_t partitionEnd = value.find(':', 4);
  if (partitionEnd == std::string_view::npos || partitionEnd == 4) return false;
  const std::string_view rest = value.substr(partitionEnd + 1);
  if (!rest.starts_with("s3:::")) return false;
  const std::string_view path = rest.substr(5);
  const std::size_t slash = path.find('/');
  return slash != std::string_view::npos && slash > 0 && slash + 1 < path.size();
}

// The message for a value that is not an S3 object's ARN: what it is instead.
std::string_view notAnObjectArn(std::string_view value) {
  if (value.starts_with("s3://")) return "ECS517.s3-url";
  if (value.starts_with("arn:") && value.find(":s3:::") != std::string_view::npos) return "ECS517.bucket-arn";
  if (value.starts_with("arn:")) return "ECS517.other-arn";
  return "ECS517.not-arn";
}

}  // namespace

void checkInvalidEnvironmentFile(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    for (const EnvironmentFile& file : container.environmentFiles) {
      if (!file.value.known() || file.value.value.empty() || isS3ObjectArn(file.value.value)) continue;
      context.report(
          valueOf(file.value.node), notAnObjectArn(file.value.value),
          {{"value", std::string(file.value.value)}, {"container", describeContainer(context, container)}});
    }
    if (container.environmentFiles.size() > kMaxEnvironmentFiles) {
      const EnvironmentFile& eleventh = container.environmentFiles[kMaxEnvironmentFiles];
      context.report(valueOf(eleventh.node), "ECS517.too-many",
                     {{"container", describeContainer(context, container)},
                      {"count", std::to_string(container.environmentFiles.size())},
                      {"limit", std::to_string(kMaxEnvironmentFiles)}});
    }
  }
}

}  // namespace ecslint
