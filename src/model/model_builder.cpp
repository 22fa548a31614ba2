#include "model/model_builder.h"

#include <array>

#include "model/container_reader.h"
#include "model/field_reader.h"
#include "model/task_size.h"

namespace ecslint {
namespace {

constexpr std::array<std::pair<std::string_view, LaunchType>, 4> kLaunchTypes = {{
    {"EC2", LaunchType::Ec2},
    {"FARGATE", LaunchType::Fargate},
    {"EXTERNAL", LaunchType::External},
    {"MANAGED_INSTANCES", LaunchType::ManagedInstances},
}};

void readContainers(const FieldReader& reader, NodeId array, TaskDefinition& task) {
  task.containerDefinitionsNode = array;
  task.containerDefinitionsPresence = array == kNoNode ? Presence::Absent : objectListPresence(reader, array);
  task.containers = readObjects(reader, array, [&](NodeId node) { return readContainer(reader, node); });
}

EfsVolumeConfiguration readEfsVolumeConfiguration(const FieldReader& reader, NodeId node) {
  EfsVolumeConfiguration efs;
  efs.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "fileSystemId")
      efs.fileSystemId = reader.string(member);
    else if (key == "rootDirectory")
      efs.rootDirectory = reader.string(member);
    else if (key == "transitEncryption")
      efs.transitEncryption = reader.string(member);
    else if (key == "transitEncryptionPort")
      efs.transitEncryptionPort = reader.integer(member);
    else if (key == "authorizationConfig" && reader.isMapping(member)) {
      efs.authorizationConfigNode = member;
      forEachChild(reader, member, [&](NodeId m) {
        if (reader.key(m) == "accessPointId")
          efs.accessPointId = reader.string(m);
        else if (reader.key(m) == "iam")
          efs.iam = reader.string(m);
      });
    }
  });
  return efs;
}

Volume readVolume(const FieldReader& reader, NodeId node) {
  Volume volume;
  volume.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    const bool isObject = reader.isMapping(member);
    if (key == "name") {
      volume.name = reader.string(member);
      volume.nameText = reader.text(member);
    } else if (key == "configuredAtLaunch")
      volume.configuredAtLaunch = reader.boolean(member);
    else if (key == "host" && isObject) {
      volume.hostNode = member;
      const NodeId sourcePath = reader.member(member, "sourcePath");
      if (sourcePath != kNoNode) volume.hostSourcePath = reader.string(sourcePath);
    } else if (key == "dockerVolumeConfiguration" && isObject) {
      DockerVolumeConfiguration docker;
      docker.node = member;
      forEachChild(reader, member, [&](NodeId m) {
        if (reader.key(m) == "scope")
          docker.scope = reader.string(m);
        else if (reader.key(m) == "driver")
          docker.driver = reader.string(m);
        else if (reader.key(m) == "autoprovision")
          docker.autoprovision = reader.boolean(m);
      });
      volume.dockerVolumeConfiguration = docker;
    } else if (key == "efsVolumeConfiguration" && isObject) {
      volume.efsVolumeConfiguration = readEfsVolumeConfiguration(reader, member);
    } else if (key == "fsxWindowsFileServerVolumeConfiguration" && isObject) {
      volume.fsxWindowsFileServerVolumeConfigurationNode = member;
    } else if (key == "s3filesVolumeConfiguration" && isObject) {
      volume.s3filesVolumeConfigurationNode = member;
    }
  });
  return volume;
}

void readVolumes(const FieldReader& reader, NodeId array, TaskDefinition& task) {
  task.volumesPresence = objectListPresence(reader, array);
  task.volumes = readObjects(reader, array, [&](NodeId node) { return readVolume(reader, node); });
}

ProxyConfiguration readProxyConfiguration(const FieldReader& reader, NodeId node) {
  ProxyConfiguration proxy;
  proxy.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    if (reader.key(member) == "type")
      proxy.type = reader.string(member);
    else if (reader.key(member) == "containerName")
      proxy.containerName = reader.string(member);
  });
  return proxy;
}

Tag readTag(const FieldReader& reader, NodeId node) {
  Tag tag;
  tag.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    if (reader.key(member) == "key")
      tag.key = reader.string(member);
    else if (reader.key(member) == "value")
      tag.value = reader.string(member);
  });
  return tag;
}

LaunchTypes readLaunchTypes(const FieldReader& reader, NodeId node) {
  LaunchTypes types;
  types.node = node;
  if (reader.absent(node)) return types;
  types.presence = Presence::Unknown;
  if (!reader.isSequence(node)) return types;
  bool allKnown = true;
  forEachChild(reader, node, [&](NodeId element) {
    const StringField text = reader.string(element);
    const std::optional<LaunchType> type = text.known() ? parseLaunchType(text.value) : std::nullopt;
    if (type) {
      types.bits = static_cast<std::uint8_t>(types.bits | (1u << static_cast<unsigned>(*type)));
    } else {
      allKnown = false;
    }
  });
  // An empty list is "not specified" (the deploy action drops it). A placeholder element leaves
  // the set unknown unless a known element already says FARGATE.
  if (reader.firstChild(node) == kNoNode) {
    types.presence = Presence::Absent;
  } else if (allKnown || types.bits != 0) {
    types.presence = Presence::Known;
  }
  return types;
}

void readRuntimePlatform(const FieldReader& reader, NodeId node, TaskDefinition& task) {
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "operatingSystemFamily") {
      const StringField text = reader.string(member);
      task.osFamily.node = member;
      task.osFamily.presence = text.presence;
      if (text.known()) {
        if (text.value == "LINUX") {
          task.osFamily.value = OsFamily::Linux;
        } else if (text.value.starts_with("WINDOWS_SERVER_")) {
          task.osFamily.value = OsFamily::Windows;
        } else {
          task.osFamily.presence = Presence::Unknown;
        }
      }
    } else if (key == "cpuArchitecture") {
      static constexpr std::array<std::pair<std::string_view, CpuArchitecture>, 2> kNames = {
          {{"X86_64", CpuArchitecture::X86_64}, {"ARM64", CpuArchitecture::Arm64}}};
      task.cpuArchitecture = reader.enumeration(member, kNames);
    }
  });
}

void readTaskMembers(const FieldReader& reader, TaskDefinition& task) {
  static constexpr std::array<std::pair<std::string_view, NetworkMode>, 4> kNetworkModes = {
      {{"bridge", NetworkMode::Bridge},
       {"host", NetworkMode::Host},
       {"awsvpc", NetworkMode::Awsvpc},
       {"none", NetworkMode::None}}};
  // Members repeat only in files with duplicate keys (ECS002); the last one wins, as in the AWS CLI.
  forEachChild(reader, task.node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "family")
      task.family = reader.string(member);
    else if (key == "taskRoleArn") {
      task.taskRoleArn = reader.string(member);
      task.taskRole = reader.roleReference(member);
    } else if (key == "executionRoleArn") {
      task.executionRoleArn = reader.string(member);
      task.executionRole = reader.roleReference(member);
    } else if (key == "networkMode")
      task.networkMode = reader.enumeration(member, kNetworkModes);
    else if (key == "requiresCompatibilities")
      task.launchTypes = readLaunchTypes(reader, member);
    else if (key == "cpu")
      task.cpu = reader.taskSize(member, parseTaskCpu);
    else if (key == "memory")
      task.memory = reader.taskSize(member, parseTaskMemory);
    else if (key == "runtimePlatform")
      readRuntimePlatform(reader, member, task);
    else if (key == "containerDefinitions")
      readContainers(reader, member, task);
    else if (key == "volumes")
      readVolumes(reader, member, task);
    else if (key == "pidMode")
      task.pidMode = reader.string(member);
    else if (key == "ipcMode")
      task.ipcMode = reader.string(member);
    else if (key == "tags")
      task.tags = readObjects(reader, member, [&](NodeId n) { return readTag(reader, n); });
    else if (key == "placementConstraints")
      task.placementConstraintsNode = nonEmptyArrayNode(reader, member);
    else if (key == "inferenceAccelerators")
      task.inferenceAcceleratorsNode = nonEmptyArrayNode(reader, member);
    else if (key == "proxyConfiguration") {
      task.proxyConfiguration.reset();
      if (reader.isMapping(member)) task.proxyConfiguration = readProxyConfiguration(reader, member);
    } else if (key == "ephemeralStorage") {
      task.ephemeralStorageNode = reader.isMapping(member) ? member : kNoNode;
      const NodeId size = task.ephemeralStorageNode == kNoNode ? kNoNode : reader.member(member, "sizeInGiB");
      task.ephemeralStorageSize = size == kNoNode ? IntField{} : reader.integer(size);
    } else if (isDescribeOnlyMember(key))
      task.readOnlyFields.push_back(member);
  });
}

// Task-level settings a bare container list cannot know.
void markTaskLevelUnknown(TaskDefinition& task) {
  for (StringField* field : {&task.family, &task.taskRoleArn, &task.executionRoleArn}) {
    field->presence = Presence::Unknown;
  }
  task.networkMode.presence = Presence::Unknown;
  task.cpu.presence = Presence::Unknown;
  task.memory.presence = Presence::Unknown;
  task.osFamily.presence = Presence::Unknown;
  task.cpuArchitecture.presence = Presence::Unknown;
  task.launchTypes.presence = Presence::Unknown;
  task.volumesPresence = Presence::Unknown;
}

}  // namespace

std::string_view launchTypeName(LaunchType type) {
  for (const auto& [name, value] : kLaunchTypes) {
    if (value == type) return name;
  }
  return {};
}

std::optional<LaunchType> parseLaunchType(std::string_view name) {
  for (const auto& [text, value] : kLaunchTypes) {
    if (text == name) return value;
  }
  return std::nullopt;
}

const LogOption* LogConfiguration::option(std::string_view name) const {
  const LogOption* found = nullptr;
  for (const LogOption& option : options) {
    if (option.name == name) found = &option;
  }
  return found;
}

const Container* TaskDefinition::container(std::string_view name) const {
  const auto it = containerIndex.find(name);
  return it == containerIndex.end() ? nullptr : &containers[it->second];
}

const Volume* TaskDefinition::volume(std::string_view name) const {
  const auto it = volumeIndex.find(name);
  return it == volumeIndex.end() ? nullptr : &volumes[it->second];
}

std::optional<NetworkMode> TaskDefinition::effectiveNetworkMode() const {
  if (networkMode.known()) return networkMode.value;
  // Omitted means bridge on Linux; Windows uses its own "default" (NAT) mode.
  if (networkMode.absent() && hasTaskLevel() && osFamily.absent()) return NetworkMode::Bridge;
  if (networkMode.absent() && osFamily.is(OsFamily::Linux)) return NetworkMode::Bridge;
  return std::nullopt;
}

namespace {

// Whether every element of a list of containers or volumes is a mapping with a known name, so a
// name that is not among them is truly unknown.
template <class Item>
bool namesComplete(const FieldReader& reader, NodeId list, const std::vector<Item>& items) {
  if (list != kNoNode && objectListPresence(reader, list) == Presence::Unknown) return false;
  for (const Item& item : items) {
    if (!item.name.known()) return false;
  }
  return true;
}

}  // namespace

TaskDefinition buildTaskDefinition(const Document& document, const InputShapeInfo& shape,
                                   std::optional<LaunchType> assumedLaunchType, Dialect dialect,
                                   const ValueResolver* resolver) {
  TaskDefinition task;
  const FieldReader reader(document, dialect, resolver, task);
  task.shape = shape.shape;
  task.node = shape.taskNode;
  task.describeWrapper = shape.wrapperMember;
  if (shape.shape == InputShape::ContainerList) {
    markTaskLevelUnknown(task);
    readContainers(reader, shape.taskNode, task);
  } else {
    readTaskMembers(reader, task);
  }
  for (std::size_t i = 0; i < task.containers.size(); ++i) {
    if (task.containers[i].name.known()) task.containerIndex[task.containers[i].name.value] = i;
  }
  for (std::size_t i = 0; i < task.volumes.size(); ++i) {
    if (task.volumes[i].name.known()) task.volumeIndex[task.volumes[i].name.value] = i;
  }
  task.containerNamesComplete = namesComplete(reader, task.containerDefinitionsNode, task.containers);
  task.volumeNamesComplete =
      task.volumesPresence != Presence::Unknown && namesComplete(reader, kNoNode, task.volumes);
  // --launch-type fills in what the file does not say; a placeholder in requiresCompatibilities
  // says something ecslint cannot read, so it stays unknown.
  const bool fileIsSilent = task.launchTypes.absent() || !task.hasTaskLevel();
  if (fileIsSilent && assumedLaunchType) {
    task.launchTypes.presence = Presence::Known;
    task.launchTypes.bits = static_cast<std::uint8_t>(1u << static_cast<unsigned>(*assumedLaunchType));
    task.launchTypes.assumed = true;
  }
  return task;
}

}  // namespace ecslint
