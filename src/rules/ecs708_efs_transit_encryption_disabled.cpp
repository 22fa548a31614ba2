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
    const std::string which = describeEfsVolume(context, volume);
    if (efs.transitEncryption.known()) {
      context.report(valueOf(efs.transitEncryption.node), "ECS708.disabled",
                     {{"volume", which}, {"value", std::string(efs.transitEncryption.value)}});
    } else {
      context.report(keyOf(efs.node), "ECS708.missing", {{"volume", which}});
    }
  }
}

}  // namespace ecslint
