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

class FargateReporter {
 public:
  explicit FargateReporter(RuleContext& context) : context_(context) {}

  // "Fargate does not support 'privileged' (container 'web'): <detail>"; `what` is written as is.
  void report(Target target, const std::string& what, const Container* container, const std::string& detail) {
    context_.reportUntranslated(target, "Fargate" + std::string(assumedNote(context_.task.launchTypes)) +
                                " does not support " + what +
                                (container != nullptr ? " (" + describeContainer(*container) + ")" : "") +
                                ": " + detail);
  }

 private:
  RuleContext& context_;
};

void checkLinuxParameters(FargateReporter& out, const Container& container, const LinuxParameters& linux) {
  for (const StringField& capability : linux.capabilitiesAdd) {
    if (!capability.known() || capability.value == "SYS_PTRACE" || capability.value == "CAP_SYS_PTRACE")
      continue;
    out.report(valueOf(capability.node), "adding the capability '" + std::string(capability.value) + "'",
               &container,
               "the only capability a Fargate task may add is SYS_PTRACE. Remove '" +
                   std::string(capability.value) + "', or run the task on EC2 if the container needs it");
  }
  const std::string onlyEc2 = "Fargate tasks cannot change it. Remove it, or run the task on EC2";
  if (linux.devicesNode != kNoNode) {
    out.report(keyOf(linux.devicesNode), "'linuxParameters.devices'", &container,
               "a Fargate task has no access to host devices. Remove it, or run the task on EC2");
  }
  if (linux.sharedMemorySize.present()) {
    out.report(keyOf(linux.sharedMemorySize.node), "'linuxParameters.sharedMemorySize'", &container,
               "the size of /dev/shm is fixed on Fargate. Remove it, or run the task on EC2");
  }
  if (linux.tmpfsNode != kNoNode) {
    out.report(keyOf(linux.tmpfsNode), "'linuxParameters.tmpfs'", &container,
               "Fargate does not mount tmpfs file systems. Remove it (use a bind-mount volume for "
               "scratch space), or run the task on EC2");
  }
  if (linux.maxSwap.present()) {
    out.report(keyOf(linux.maxSwap.node), "'linuxParameters.maxSwap'", &container,
               "Fargate tasks have no swap. " + onlyEc2);
  }
  if (linux.swappiness.present()) {
    out.report(keyOf(linux.swappiness.node), "'linuxParameters.swappiness'", &container,
               "Fargate tasks have no swap. " + onlyEc2);
  }
}

void checkContainer(FargateReporter& out, const TaskDefinition& task, const Container& container) {
  if (container.privileged.is(true)) {
    out.report(valueOf(container.privileged.node), "'privileged'", &container,
               "Fargate never gives a container elevated privileges on its host. Remove \"privileged\", "
               "or run the task on EC2 if the container really needs them");
  }
  if (container.dockerSecurityOptionsNode != kNoNode) {
    out.report(keyOf(container.dockerSecurityOptionsNode), "'dockerSecurityOptions'", &container,
               "SELinux, AppArmor and credential-spec options are for EC2 container instances. Remove it");
  }
  if (container.disableNetworking.is(true)) {
    out.report(valueOf(container.disableNetworking.node), "'disableNetworking'", &container,
               "every Fargate container shares the task's network interface. Remove it");
  }
  if (container.dnsServersNode != kNoNode) {
    out.report(keyOf(container.dnsServersNode), "'dnsServers'", &container,
               "Fargate tasks use the VPC's DNS settings. Remove it and configure DNS in the VPC (DHCP "
               "options set or Route 53 Resolver)");
  }
  if (container.dnsSearchDomainsNode != kNoNode) {
    out.report(keyOf(container.dnsSearchDomainsNode), "'dnsSearchDomains'", &container,
               "Fargate tasks use the VPC's DNS settings. Remove it and set search domains in the VPC's "
               "DHCP options set");
  }
  if (container.linuxParameters && !task.windows())
    checkLinuxParameters(out, container, *container.linuxParameters);
  for (const ResourceRequirement& requirement : container.resourceRequirements) {
    if (!requirement.type.is("GPU") && !requirement.type.is("InferenceAccelerator")) continue;
    out.report(valueOf(requirement.type.node),
               "'" + std::string(requirement.type.value) + "' resource requirements", &container,
               requirement.type.is("GPU")
                   ? "Fargate has no GPUs. Remove the requirement, or run the task on EC2 GPU instances"
                   : "Elastic Inference accelerators attach only to EC2 instances. Remove the requirement");
  }
  for (const IntField* timeout : {&container.startTimeout, &container.stopTimeout}) {
    if (!timeout->known() || timeout->value <= kFargateMaxTimeout) continue;
    const std::string name = timeout == &container.startTimeout ? "startTimeout" : "stopTimeout";
    out.report(valueOf(timeout->node),
               "'" + name + "' above " + std::to_string(kFargateMaxTimeout) + " seconds", &container,
               name + " is " + std::to_string(timeout->value) + ", but Fargate accepts 2 to " +
                   std::to_string(kFargateMaxTimeout) + " seconds. Use at most " +
                   std::to_string(kFargateMaxTimeout));
  }
  if (container.firelensConfiguration && !task.windows()) {
    for (const LogOption& option : container.firelensConfiguration->options) {
      if (option.name != "config-file-type" || !option.value.is("s3")) continue;
      out.report(valueOf(option.value.node), "FireLens \"config-file-type\": \"s3\"", &container,
                 "on Fargate FireLens reads its configuration only from a file inside the router image "
                 "(\"config-file-type\": \"file\"). Build the configuration into the image, or copy it "
                 "from S3 at start-up in an init step");
    }
  }
}

void checkTask(FargateReporter& out, const TaskDefinition& task) {
  if (task.ipcMode.known() && !task.ipcMode.value.empty()) {
    out.report(valueOf(task.ipcMode.node), "'ipcMode'", nullptr,
               "AWS rejects it with \"Tasks using the Fargate launch type do not support ipcMode.\" "
               "Remove \"ipcMode\"");
  }
  if (task.pidMode.is("host")) {
    out.report(valueOf(task.pidMode.node), "\"pidMode\": \"host\"", nullptr,
               "a Fargate task cannot share the host's process namespace; only \"task\" is accepted (to "
               "share processes between the task's containers). Use \"task\" or remove \"pidMode\"");
  }
  if (task.placementConstraintsNode != kNoNode) {
    out.report(keyOf(task.placementConstraintsNode), "'placementConstraints'", nullptr,
               "Fargate places tasks itself, there are no container instances to constrain. Remove it");
  }
  if (task.inferenceAcceleratorsNode != kNoNode) {
    out.report(keyOf(task.inferenceAcceleratorsNode), "'inferenceAccelerators'", nullptr,
               "Elastic Inference accelerators attach only to EC2 instances. Remove it");
  }
  for (const Volume& volume : task.volumes) {
    const std::string which = " (" + describeVolume(volume) + ")";
    if (volume.dockerVolumeConfiguration) {
      out.report(keyOf(volume.dockerVolumeConfiguration->node), "'dockerVolumeConfiguration'", nullptr,
                 "Fargate supports only bind mounts and EFS volumes" + which +
                     ". Use an EFS volume for shared or persistent data, or a bind mount (a volume with "
                     "only a name) for scratch space");
    }
    if (volume.hostSourcePath.known() && !volume.hostSourcePath.value.empty()) {
      out.report(valueOf(volume.hostSourcePath.node), "'host.sourcePath'", nullptr,
                 "a Fargate task cannot see its host's file system" + which +
                     "; AWS rejects it with \"Fargate compatible task definitions do not support "
                     "sourcePath\". Remove \"host\" (a volume with only a name is a bind mount on the "
                     "task's own storage), or use an EFS volume");
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
