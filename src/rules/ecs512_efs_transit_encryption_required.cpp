// ECS512 efs-transit-encryption-required: EFS IAM authorization or an access point without
// transit encryption, and an access point combined with a root directory other than "/".
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

std::string volumeLabel(const Volume& volume) { return describeVolume(volume, "EFS"); }

void checkTransitEncryption(RuleContext& context, const Volume& volume, const EfsVolumeConfiguration& efs) {
  if (efs.transitEncryption.is("ENABLED") || efs.transitEncryption.unknown()) return;
  std::string reason;
  if (efs.iam.is("ENABLED"))
    reason = "IAM authorization (authorizationConfig.iam: ENABLED)";
  else if (efs.accessPointId.known() && !efs.accessPointId.value.empty())
    reason = "an access point";
  else
    return;
  const Target target = efs.transitEncryption.known() ? valueOf(efs.transitEncryption.node) : keyOf(efs.node);
  context.reportUntranslated(target,
                 volumeLabel(volume) + " uses " + reason + " but transitEncryption is " +
                     (efs.transitEncryption.known() ? "'" + std::string(efs.transitEncryption.value) + "'"
                                                    : std::string("not set (DISABLED by default)")) +
                     ": ECS documents that \"transit encryption must be turned on\" when EFS IAM "
                     "authorization or an access point is used, and the mount fails without it. Set "
                     "\"transitEncryption\": \"ENABLED\" in efsVolumeConfiguration");
}

void checkRootDirectory(RuleContext& context, const Volume& volume, const EfsVolumeConfiguration& efs) {
  if (!efs.accessPointId.known() || efs.accessPointId.value.empty()) return;
  if (!efs.rootDirectory.known() || efs.rootDirectory.value.empty() || efs.rootDirectory.value == "/") return;
  context.reportUntranslated(valueOf(efs.rootDirectory.node),
                 volumeLabel(volume) + " sets rootDirectory '" + std::string(efs.rootDirectory.value) +
                     "' together with access point '" + std::string(efs.accessPointId.value) +
                     "': with an access point the root directory \"must either be omitted or set to /\", "
                     "because the access point's own path is the root. Remove rootDirectory (set the "
                     "path on the access point instead)");
}

}  // namespace

void checkEfsTransitEncryptionRequired(RuleContext& context) {
  for (const Volume& volume : context.task.volumes) {
    if (!volume.efsVolumeConfiguration) continue;
    checkTransitEncryption(context, volume, *volume.efsVolumeConfiguration);
    checkRootDirectory(context, volume, *volume.efsVolumeConfiguration);
  }
}

}  // namespace ecslint
