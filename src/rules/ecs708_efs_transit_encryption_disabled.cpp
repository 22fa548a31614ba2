// ECS708 efs-transit-encryption-disabled: EFS traffic that crosses the network unencrypted.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEfsTransitEncryptionDisabled(RuleContext& context) {
  for (const Volume& volume : context.task.volumes) {
    if (!volume.efsVolumeConfiguration) continue;
    const EfsVolumeConfiguration& efs = *volume.efsVolumeConfiguration;
    // "fileSystemId": "" is a skeleton (generate-cli-skeleton output), not a file system yet.
    if (efs.fileSystemId.known() && efs.fileSystemId.value.empty()) continue;
    if (efs.transitEncryption.unknown() || efs.transitEncryption.is("ENABLED")) continue;
    // With IAM authorization or an access point, transit encryption is required: ECS512's error.
    if (efs.iam.is("ENABLED") || (efs.accessPointId.known() && !efs.accessPointId.value.empty())) continue;
    const std::string which = describeVolume(volume, "EFS");
    const std::string why =
        ": file data travels between the task and the file system in clear text, readable by anything "
        "that can see the network traffic. Set \"transitEncryption\": \"ENABLED\" (TLS between the task "
        "and EFS; needed anyway for IAM authorization and access points)";
    if (efs.transitEncryption.known()) {
      context.reportUntranslated(
          valueOf(efs.transitEncryption.node),
          which + " sets transitEncryption to '" + std::string(efs.transitEncryption.value) + "'" + why);
    } else {
      context.reportUntranslated(keyOf(efs.node),
                     which + " does not enable transitEncryption (the default is DISABLED)" + why);
    }
  }
}

}  // namespace ecslint
