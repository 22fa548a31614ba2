// ECS602 windows-unsupported-parameter: a parameter that Windows containers do not support.
//
// Sources: the ECS API reference ("This parameter is not supported for Windows containers" on
// links, linuxParameters, user, disableNetworking, privileged, readonlyRootFilesystem, dnsServers,
// dnsSearchDomains, extraHosts, ulimits, pidMode, ipcMode; "Windows containers only support the use
// of the local driver" for Docker volumes), the Developer Guide's "Amazon EC2 Windows task definition
// considerations" (also proxyConfiguration), and "Windows containers on AWS Fargate considerations"
// (no FSx, FireLens or EFS volumes on Fargate). A parameter that another rule already reports at the
// same place is left to it: ECS601 on Fargate, ECS104 for links and ECS106 for extraHosts under
// awsvpc.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

void checkContainer(RuleContext& context, const Container& container) {
  const TaskDefinition& task = context.task;
  const bool fargate = task.launchTypes.fargate();
  const MessageArgs where{{"container", describeContainer(context, container)}};
  if (container.linuxParameters) {
    context.report(keyOf(container.linuxParameters->node), "ECS602.linux-parameters", where);
  }
  if (container.user.known() && !container.user.value.empty()) {
    context.report(valueOf(container.user.node), "ECS602.user", where);
  }
  if (container.readonlyRootFilesystem.is(true)) {
    context.report(valueOf(container.readonlyRootFilesystem.node), "ECS602.readonly-root-filesystem", where);
  }
  if (container.ulimitsNode != kNoNode) context.report(keyOf(container.ulimitsNode), "ECS602.ulimits", where);
  if (!fargate && container.privileged.is(true)) {
    context.report(valueOf(container.privileged.node), "ECS602.privileged", where);
  }
  if (!fargate && container.disableNetworking.is(true)) {
    context.report(valueOf(container.disableNetworking.node), "ECS602.disable-networking", where);
  }
  if (!fargate && container.dnsServersNode != kNoNode) {
    context.report(keyOf(container.dnsServersNode), "ECS602.dns-servers", where);
  }
  if (!fargate && container.dnsSearchDomainsNode != kNoNode) {
    context.report(keyOf(container.dnsSearchDomainsNode), "ECS602.dns-search-domains", where);
  }
  if (container.extraHostsNode != kNoNode && !task.networkMode.is(NetworkMode::Awsvpc)) {
    context.report(keyOf(container.extraHostsNode), "ECS602.extra-hosts", where);
  }
  const bool otherMode = task.networkMode.known() && !task.networkMode.is(NetworkMode::Bridge);
  if (container.linksNode != kNoNode && !otherMode) {
    context.report(keyOf(container.linksNode), "ECS602.links", where);
  }
  if (fargate && container.firelensConfiguration) {
    context.report(keyOf(container.firelensConfiguration->node), "ECS602.firelens-fargate", where);
  }
}

void checkTask(RuleContext& context) {
  const TaskDefinition& task = context.task;
  const bool fargate = task.launchTypes.fargate();
  if (task.proxyConfiguration) {
    context.report(keyOf(task.proxyConfiguration->node), "ECS602.proxy-configuration");
  }
  if (!fargate && task.ipcMode.known() && !task.ipcMode.value.empty()) {
    context.report(valueOf(task.ipcMode.node), "ECS602.ipc-mode");
  }
  if (task.pidMode.known() && !task.pidMode.value.empty() && !(fargate && task.pidMode.is("host"))) {
    context.report(valueOf(task.pidMode.node), "ECS602.pid-mode");
  }
  for (const Volume& volume : task.volumes) {
    const std::string where = describeVolume(context, volume);
    const auto& docker = volume.dockerVolumeConfiguration;
    if (!fargate && docker && docker->driver.known() && docker->driver.value != "local") {
      context.report(valueOf(docker->driver.node), "ECS602.docker-volume-driver",
                     {{"driver", std::string(docker->driver.value)}, {"volume", where}});
    }
    if (fargate && volume.efsVolumeConfiguration) {
      context.report(keyOf(volume.efsVolumeConfiguration->node), "ECS602.efs-fargate", {{"volume", where}});
    }
    if (fargate && volume.fsxWindowsFileServerVolumeConfigurationNode != kNoNode) {
      context.report(keyOf(volume.fsxWindowsFileServerVolumeConfigurationNode), "ECS602.fsx-fargate",
                     {{"volume", where}});
    }
  }
}

}  // namespace

void checkWindowsUnsupportedParameter(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.windows()) return;
  checkTask(context);
  for (const Container& container : task.containers) checkContainer(context, container);
}

}  // namespace ecslint
