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

class WindowsReporter {
 public:
  explicit WindowsReporter(RuleContext& context) : context_(context) {}

  // "Windows containers do not support 'user' (container 'web'): <detail>"; `where` names the
  // container or volume, or is empty for task-level parameters.
  void report(Target target, std::string_view what, const std::string& where, const std::string& detail) {
    context_.reportUntranslated(target, "Windows containers do not support " + std::string(what) +
                                (where.empty() ? "" : " (" + where + ")") + ": " + detail);
  }

 private:
  RuleContext& context_;
};

void checkContainer(WindowsReporter& out, const TaskDefinition& task, const Container& container) {
  const bool fargate = task.launchTypes.fargate();
  const std::string where = describeContainer(container);
  const std::string remove = "Remove it from the Windows task definition";
  if (container.linuxParameters) {
    out.report(
        keyOf(container.linuxParameters->node), "'linuxParameters'", where,
        "they are Linux kernel settings (capabilities, devices, init process, swap, tmpfs). " + remove);
  }
  if (container.user.known() && !container.user.value.empty()) {
    out.report(valueOf(container.user.node), "'user'", where,
               "ECS cannot set the user of a Windows container. Remove \"user\" and set the user in the "
               "image (USER in the Dockerfile, for example ContainerUser)");
  }
  if (container.readonlyRootFilesystem.is(true)) {
    out.report(valueOf(container.readonlyRootFilesystem.node), "'readonlyRootFilesystem'", where,
               "Windows needs write access to its root file system for the registry and system processes. " +
                   remove);
  }
  if (container.ulimitsNode != kNoNode) {
    out.report(keyOf(container.ulimitsNode), "'ulimits'", where, "ulimits are a Linux feature. " + remove);
  }
  if (!fargate && container.privileged.is(true)) {
    out.report(valueOf(container.privileged.node), "'privileged'", where,
               "privileged mode exists only for Linux containers. " + remove);
  }
  if (!fargate && container.disableNetworking.is(true)) {
    out.report(valueOf(container.disableNetworking.node), "'disableNetworking'", where,
               "a Windows container always joins the task's network. " + remove);
  }
  if (!fargate && container.dnsServersNode != kNoNode) {
    out.report(keyOf(container.dnsServersNode), "'dnsServers'", where,
               "Windows containers use the DNS settings of their network. " + remove);
  }
  if (!fargate && container.dnsSearchDomainsNode != kNoNode) {
    out.report(keyOf(container.dnsSearchDomainsNode), "'dnsSearchDomains'", where,
               "Windows containers use the DNS settings of their network. " + remove);
  }
  if (container.extraHostsNode != kNoNode && !task.networkMode.is(NetworkMode::Awsvpc)) {
    out.report(keyOf(container.extraHostsNode), "'extraHosts'", where,
               "ECS cannot add /etc/hosts entries to a Windows container. " + remove);
  }
  const bool otherMode = task.networkMode.known() && !task.networkMode.is(NetworkMode::Bridge);
  if (container.linksNode != kNoNode && !otherMode) {
    out.report(keyOf(container.linksNode), "'links'", where,
               "containers of a Windows task reach each other by name through the task's network. " + remove);
  }
  if (fargate && container.firelensConfiguration) {
    out.report(keyOf(container.firelensConfiguration->node), "FireLens on Fargate", where,
               "Windows tasks on Fargate cannot route logs through a FireLens container. Use the awslogs "
               "log driver");
  }
}

void checkTask(WindowsReporter& out, const TaskDefinition& task) {
  const bool fargate = task.launchTypes.fargate();
  if (task.proxyConfiguration) {
    out.report(keyOf(task.proxyConfiguration->node), "'proxyConfiguration'", "",
               "the App Mesh proxy integration is available to Linux tasks only. Remove it");
  }
  if (!fargate && task.ipcMode.known() && !task.ipcMode.value.empty()) {
    out.report(valueOf(task.ipcMode.node), "'ipcMode'", "",
               "IPC namespaces cannot be shared between Windows containers. Remove \"ipcMode\"");
  }
  if (task.pidMode.known() && !task.pidMode.value.empty() && !(fargate && task.pidMode.is("host"))) {
    out.report(valueOf(task.pidMode.node), "'pidMode'", "",
               "process namespaces cannot be shared between Windows containers. Remove \"pidMode\"");
  }
  for (const Volume& volume : task.volumes) {
    const std::string where = describeVolume(volume);
    const auto& docker = volume.dockerVolumeConfiguration;
    if (!fargate && docker && docker->driver.known() && docker->driver.value != "local") {
      out.report(valueOf(docker->driver.node),
                 "the Docker volume driver '" + std::string(docker->driver.value) + "'", where,
                 "Windows containers support only the \"local\" driver");
    }
    if (fargate && volume.efsVolumeConfiguration) {
      out.report(
          keyOf(volume.efsVolumeConfiguration->node), "EFS volumes on Fargate", where,
          "Windows tasks on Fargate cannot mount Amazon EFS. Run the task on EC2 Windows instances, or "
          "use another storage service");
    }
    if (fargate && volume.fsxWindowsFileServerVolumeConfigurationNode != kNoNode) {
      out.report(keyOf(volume.fsxWindowsFileServerVolumeConfigurationNode),
                 "FSx for Windows File Server on Fargate", where,
                 "FSx volumes are available to Windows tasks on EC2 only");
    }
  }
}

}  // namespace

void checkWindowsUnsupportedParameter(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.windows()) return;
  WindowsReporter out(context);
  checkTask(out, task);
  for (const Container& container : task.containers) checkContainer(out, task, container);
}

}  // namespace ecslint
