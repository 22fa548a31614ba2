// ECS601 fargate-unsupported-parameter: a parameter that Fargate rejects or cannot honour.
//
// Sources: "Amazon ECS task definition differences for Fargate" and the ECS API reference
// (ContainerDefinition, LinuxParameters, KernelCapabilities, FirelensConfiguration). On Windows,
// linuxParameters and FireLens are not supported at all: ECS602 reports them whole, so they are
// not taken apart here.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// Fargate accepts startTimeout and stopTimeout from 2 to 120 seconds.
constexpr std::int64_t kFargateMaxTimeout = 120;

// Every message starts "Fargate does not support ...": the launch type's name, with a note when it
// came from --launch-type rather than the file, is the argument {launch_type}.
class FargateReporter {
 public:
  explicit FargateReporter(RuleContext& context) : context_(context) {}

  void report(Target target, std::string_view messageId, MessageArgs arguments = {}) {
    const bool assumed = context_.task.launchTypes.assumed;
    arguments.push_back({"launch_type", context_.phrase(assumed ? "ECS601.launch-type.assumed"
                                                                : "ECS601.launch-type.fargate")});
    context_.report(target, messageId, std::move(arguments));
  }
  // A container's or a volume's parameter: the message names it as {container} or {volume}.
  void report(Target target, std::string_view messageId, const Container& container,
              MessageArgs arguments = {}) {
    arguments.push_back({"container", describeContainer(context_, container)});
    report(target, messageId, std::move(arguments));
  }
  void report(Target target, std::string_view messageId, const Volume& volume) {
    report(target, messageId, {{"volume", describeVolume(context_, volume)}});
  }

 private:
  RuleContext& context_;
};

void checkLinuxParameters(FargateReporter& out, const Container& container, const LinuxParameters& linux) {
  for (const StringField& capability : linux.capabilitiesAdd) {
    if (!capability.known() || capability.value == "SYS_PTRACE" || capability.value == "CAP_SYS_PTRACE")
      continue;
    out.report(valueOf(capability.node), "ECS601.capability", container,
               {{"capability", std::string(capability.value)}});
  }
  if (linux.devicesNode != kNoNode) out.report(keyOf(linux.devicesNode), "ECS601.devices", container);
  if (linux.sharedMemorySize.present()) {
    out.report(keyOf(linux.sharedMemorySize.node), "ECS601.shared-memory-size", container);
  }
  if (linux.tmpfsNode != kNoNode) out.report(keyOf(linux.tmpfsNode), "ECS601.tmpfs", container);
  if (linux.maxSwap.present()) out.report(keyOf(linux.maxSwap.node), "ECS601.max-swap", container);
  if (linux.swappiness.present()) out.report(keyOf(linux.swappiness.node), "ECS601.swappiness", container);
}

void checkContainer(FargateReporter& out, const TaskDefinition& task, const Container& container) {
  if (container.privileged.is(true)) {
    out.report(valueOf(container.privileged.node), "ECS601.privileged", container);
  }
  if (container.dockerSecurityOptionsNode != kNoNode) {
    out.report(keyOf(container.dockerSecurityOptionsNode), "ECS601.docker-security-options", container);
  }
  if (container.disableNetworking.is(true)) {
    out.report(valueOf(container.disableNetworking.node), "ECS601.disable-networking", container);
  }
  if (container.dnsServersNode != kNoNode) {
    out.report(keyOf(container.dnsServersNode), "ECS601.dns-servers", container);
  }
  if (container.dnsSearchDomainsNode != kNoNode) {
    out.report(keyOf(container.dnsSearchDomainsNode), "ECS601.dns-search-domains", container);
  }
  if (container.linuxParameters && !task.windows())
    checkLinuxParameters(out, container, *container.linuxParameters);
  for (const ResourceRequirement& requirement : container.resourceRequirements) {
    if (requirement.type.is("GPU")) {
      out.report(valueOf(requirement.type.node), "ECS601.gpu", container);
    } else if (requirement.type.is("InferenceAccelerator")) {
      out.report(valueOf(requirement.type.node), "ECS601.inference-accelerator-requirement", container);
    }
  }
  for (const IntField* timeout : {&container.startTimeout, &container.stopTimeout}) {
    if (!timeout->known() || timeout->value <= kFargateMaxTimeout) continue;
    out.report(valueOf(timeout->node), "ECS601.timeout", container,
               {{"field", timeout == &container.startTimeout ? "startTimeout" : "stopTimeout"},
                {"value", std::to_string(timeout->value)},
                {"limit", std::to_string(kFargateMaxTimeout)}});
  }
  if (container.firelensConfiguration && !task.windows()) {
    for (const LogOption& option : container.firelensConfiguration->options) {
      if (option.name != "config-file-type" || !option.value.is("s3")) continue;
      out.report(valueOf(option.value.node), "ECS601.firelens-s3-config", container);
    }
  }
}

void checkTask(FargateReporter& out, const TaskDefinition& task) {
  if (task.ipcMode.known() && !task.ipcMode.value.empty()) {
    out.report(valueOf(task.ipcMode.node), "ECS601.ipc-mode");
  }
  if (task.pidMode.is("host")) out.report(valueOf(task.pidMode.node), "ECS601.pid-mode-host");
  if (task.placementConstraintsNode != kNoNode) {
    out.report(keyOf(task.placementConstraintsNode), "ECS601.placement-constraints");
  }
  if (task.inferenceAcceleratorsNode != kNoNode) {
    out.report(keyOf(task.inferenceAcceleratorsNode), "ECS601.inference-accelerators");
  }
  for (const Volume& volume : task.volumes) {
    if (volume.dockerVolumeConfiguration) {
      out.report(keyOf(volume.dockerVolumeConfiguration->node), "ECS601.docker-volume", volume);
    }
    if (volume.hostSourcePath.known() && !volume.hostSourcePath.value.empty()) {
      out.report(valueOf(volume.hostSourcePath.node), "ECS601.host-source-path", volume);
    }
  }
}

}  // namespace

void checkFargateUnsupportedParameter(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.launchTypes.fargate()) return;
  FargateReporter out(context);
  checkTask(out, task);
  for (const Container& container : task.containers) checkContainer(out, task, container);
}

}  // namespace ecslint
