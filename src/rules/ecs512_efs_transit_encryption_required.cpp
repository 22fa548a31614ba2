// ECS512 efs-transit-encryption-required: EFS IAM authorization or an access point without
// transit encryption, and an access point combined with a root directory other than "/".
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

void checkTransitEncryption(RuleContext& context, const Volume& volume, const EfsVolumeConfiguration& efs) {
  if (efs.transitEncryption.is("ENABLED") || efs.transitEncryption.unknown()) return;
  // Why transit encryption is needed: IAM authorization first, else an access point.
  const bool iam = efs.iam.is("ENABLED");
  if (!iam && (!efs.accessPointId.known() || efs.accessPointId.value.empty())) return;
  const std::string volumeText = describeEfsVolume(context, volume);
  if (efs.transitEncryption.known()) {
    context.report(valueOf(efs.transitEncryption.node), iam ? "ECS512.iam" : "ECS512.access-point",
                   {{"volume", volumeText}, {"value", std::string(efs.transitEncryption.value)}});
  } else {
    context.report(keyOf(efs.node), iam ? "ECS512.iam.not-set" : "ECS512.access-point.not-set",
                   {{"volume", volumeText}});
  }
}

void checkRootDirectory(RuleContext& context, const Volume& volume, const EfsVolumeConfiguration& efs) {
  if (!efs.accessPointId.known() || efs.accessPointId.value.empty()) return;
  if (!efs.rootDirectory.known() || efs.rootDirectory.value.empty() || efs.rootDirectory.value == "/") return;
  context.report(valueOf(efs.rootDirectory.node), "ECS512.root-directory",
                 {{"volume", describeEfsVolume(context, volume)},
                  {"root_directory", std::string(efs.rootDirectory.value)},
                  {"access_point", std::string(efs.accessPointId.value)}});
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
