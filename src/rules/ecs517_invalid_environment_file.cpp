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

std::string whatItIs(std::string_view value) {
  if (value.starts_with("s3://")) return "an S3 URL, not an ARN: write it as arn:aws:s3:::bucket/key";
  if (value.starts_with("arn:") && value.find(":s3:::") != std::string_view::npos) {
    return "the ARN of a bucket, not of an object: add the object key (arn:aws:s3:::bucket/path/file.env)";
  }
  if (value.starts_with("arn:")) return "the ARN of something other than an S3 object";
  return "not an ARN";
}

}  // namespace

void checkInvalidEnvironmentFile(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    for (const EnvironmentFile& file : container.environmentFiles) {
      if (!file.value.known() || file.value.value.empty() || isS3ObjectArn(file.value.value)) continue;
      context.reportUntranslated(valueOf(file.value.node),
                     "environmentFiles value '" + std::string(file.value.value) + "' of " +
                         describeContainer(container) + " is " + whatItIs(file.value.value) +
                         ". ECS reads environment files from Amazon S3 and needs the object's ARN, "
                         "for example arn:aws:s3:::my-bucket/app/production.env");
    }
    if (container.environmentFiles.size() > kMaxEnvironmentFiles) {
      const EnvironmentFile& eleventh = container.environmentFiles[kMaxEnvironmentFiles];
      context.reportUntranslated(valueOf(eleventh.node), describeContainer(container) + " lists " +
                                                 std::to_string(container.environmentFiles.size()) +
                                                 " environment files, but ECS accepts at most " +
                                                 std::to_string(kMaxEnvironmentFiles) +
                                                 " per container. Merge some of them");
    }
  }
}

}  // namespace ecslint
