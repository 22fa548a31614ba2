#include "model/model_builder.h"

#include <array>

#include "model/placeholder.h"
#include "model/task_size.h"

namespace ecslint {
namespace {

constexpr std::array<std::pair<std::string_view, LaunchType>, 4> kLaunchTypes = {{
    {"EC2", LaunchType::Ec2},
    {"FARGATE", LaunchType::Fargate},
    {"EXTERNAL", LaunchType::External},
    {"MANAGED_INSTANCES", LaunchType::ManagedInstances},
}};

// Reads member values into fields. A null reads as absent; a placeholder or a value of another
// JSON type reads as unknown (the schema check reports wrong types).
class FieldReader {
 public:
  explicit FieldReader(const JsonDocument& document) : document_(document) {}

  StringField string(NodeId node) const {
    StringField field;
    field.node = node;
    const rapidjson::Value& value = document_.value(node);
    if (value.IsNull()) {
      field.presence = Presence::Absent;
    } else if (value.IsString() && !containsPlaceholder(stringValue(value))) {
      field.presence = Presence::Known;
      field.value = stringValue(value);
    } else {
      field.presence = Presence::Unknown;
    }
    return field;
  }

  IntField integer(NodeId node) const {
    IntField field;
    field.node = node;
    const rapidjson::Value& value = document_.value(node);
    if (value.IsNull()) {
      field.presence = Presence::Absent;
    } else if (value.IsInt64()) {
      field.presence = Presence::Known;
      field.value = value.GetInt64();
    } else {
      field.presence = Presence::Unknown;
    }
    return field;
  }

  BoolField boolean(NodeId node) const {
    BoolField field;
    field.node = node;
    const rapidjson::Value& value = document_.value(node);
    if (value.IsNull()) {
      field.presence = Presence::Absent;
    } else if (value.IsBool()) {
      field.presence = Presence::Known;
      field.value = value.GetBool();
    } else {
      field.presence = Presence::Unknown;
    }
    return field;
  }

  // A string that maps onto an enum; any other spelling reads as unknown (ECS005 reports it).
  template <class E, std::size_t N>
  Field<E> enumeration(NodeId node, const std::array<std::pair<std::string_view, E>, N>& names) const {
    const StringField text = string(node);
    Field<E> field;
    field.node = node;
    field.presence = text.presence;
    if (text.known()) {
      field.presence = Presence::Unknown;
      for (const auto& [name, value] : names) {
        if (text.value == name) {
          field.presence = Presence::Known;
          field.value = value;
        }
      }
    }
    return field;
  }

  TaskSizeField taskSize(NodeId node, std::optional<std::int64_t> (*parse)(std::string_view)) const {
    TaskSizeField field;
    field.node = node;
    const StringField text = string(node);
    field.presence = text.presence;
    if (text.known()) {
      if (const auto amount = parse(text.value)) {
        field.value = *amount;
      } else {
        // "" is an empty value (ECS010's finding), not a malformed size.
        field.presence = Presence::Unknown;
        field.malformed = !text.value.empty();
      }
    }
    return field;
  }

  const rapidjson::Value& value(NodeId node) const { return document_.value(node); }
  std::string_view key(NodeId node) const { return document_.keyName(node); }
  NodeId firstChild(NodeId node) const { return document_.firstChild(node); }
  NodeId next(NodeId node) const { return document_.nextSibling(node); }
  // Non-empty arrays and objects: the forms in which a list or structure says anything.
  bool nonEmptyArray(NodeId node) const { return value(node).IsArray() && !value(node).Empty(); }

 private:
  const JsonDocument& document_;
};

// for (NodeId child : children(reader, node)) -- members or elements in document order.
template <class F>
void forEachChild(const FieldReader& reader, NodeId node, F&& visit) {
  if (!reader.value(node).IsObject() && !reader.value(node).IsArray()) return;
  for (NodeId child = reader.firstChild(node); child != kNoNode; child = reader.next(child)) visit(child);
}

PortMapping readPortMapping(const FieldReader& reader, NodeId node) {
  PortMapping mapping;
  mapping.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "containerPort") mapping.containerPort = reader.integer(member);
    else if (key == "hostPort") mapping.hostPort = reader.integer(member);
    else if (key == "protocol") mapping.protocol = reader.string(member);
    else if (key == "name") mapping.name = reader.string(member);
    else if (key == "appProtocol") mapping.appProtocol = reader.string(member);
    else if (key == "containerPortRange") mapping.containerPortRange = reader.string(member);
  });
  return mapping;
}

LogConfiguration readLogConfiguration(const FieldReader& reader, NodeId node) {
  LogConfiguration log;
  log.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "logDriver") {
      log.logDriver = reader.string(member);
    } else if (key == "options") {
      log.optionsNode = kNoNode;
      log.options.clear();
      log.optionsPresence = reader.value(member).IsNull() ? Presence::Absent : Presence::Unknown;
      if (!reader.value(member).IsObject()) return;
      log.optionsPresence = Presence::Known;
      log.optionsNode = member;
      forEachChild(reader, member, [&](NodeId option) {
        log.options.push_back(LogOption{reader.key(option), reader.string(option)});
      });
    } else if (key == "secretOptions" && reader.nonEmptyArray(member)) {
      log.secretOptionsNode = member;
    }
  });
  return log;
}

Container readContainer(const FieldReader& reader, NodeId node) {
  Container container;
  container.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "name") container.name = reader.string(member);
    else if (key == "image") container.image = reader.string(member);
    else if (key == "cpu") container.cpu = reader.integer(member);
    else if (key == "memory") container.memory = reader.integer(member);
    else if (key == "memoryReservation") container.memoryReservation = reader.integer(member);
    else if (key == "essential") container.essential = reader.boolean(member);
    else if (key == "portMappings") {
      container.portMappings.clear();
      forEachChild(reader, member, [&](NodeId mapping) {
        if (reader.value(mapping).IsObject()) container.portMappings.push_back(readPortMapping(reader, mapping));
      });
    } else if (key == "logConfiguration") {
      const rapidjson::Value& value = reader.value(member);
      container.logConfiguration.reset();
      container.logConfigurationPresence = value.IsNull() ? Presence::Absent : Presence::Unknown;
      if (value.IsObject()) {
        container.logConfigurationPresence = Presence::Known;
        container.logConfiguration = readLogConfiguration(reader, member);
      }
    } else if (key == "secrets") {
      container.secretsNode = reader.nonEmptyArray(member) ? member : kNoNode;
    } else if (key == "repositoryCredentials") {
      container.repositoryCredentialsNode = reader.value(member).IsObject() ? member : kNoNode;
    }
  });
  return container;
}

void readContainers(const FieldReader& reader, NodeId array, TaskDefinition& task) {
  task.containers.clear();
  forEachChild(reader, array, [&](NodeId element) {
    if (reader.value(element).IsObject()) task.containers.push_back(readContainer(reader, element));
  });
}

LaunchTypes readLaunchTypes(const FieldReader& reader, NodeId node) {
  LaunchTypes types;
  types.node = node;
  const rapidjson::Value& value = reader.value(node);
  if (value.IsNull()) return types;
  types.presence = Presence::Unknown;
  if (!value.IsArray()) return types;
  bool allKnown = true;
  forEachChild(reader, node, [&](NodeId element) {
    const std::optional<LaunchType> type = parseLaunchType(stringValue(reader.value(element)));
    if (type) {
      types.bits = static_cast<std::uint8_t>(types.bits | (1u << static_cast<unsigned>(*type)));
    } else {
      allKnown = false;
    }
  });
  // An empty list is "not specified" (the deploy action drops it). A placeholder element leaves
  // the set unknown unless a known element already says FARGATE.
  if (value.Empty()) {
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
      static constexpr std::array<std::pair<std::string_view, CpuArchitecture>, 2> kNames = {{
          {"X86_64", CpuArchitecture::X86_64}, {"ARM64", CpuArchitecture::Arm64}}};
      task.cpuArchitecture = reader.enumeration(member, kNames);
    }
  });
}

void readTaskMembers(const FieldReader& reader, TaskDefinition& task) {
  static constexpr std::array<std::pair<std::string_view, NetworkMode>, 4> kNetworkModes = {{
      {"bridge", NetworkMode::Bridge},
      {"host", NetworkMode::Host},
      {"awsvpc", NetworkMode::Awsvpc},
      {"none", NetworkMode::None}}};
  // Members repeat only in files with duplicate keys (ECS002); the last one wins, as in the AWS CLI.
  forEachChild(reader, task.node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "family") task.family = reader.string(member);
    else if (key == "taskRoleArn") task.taskRoleArn = reader.string(member);
    else if (key == "executionRoleArn") task.executionRoleArn = reader.string(member);
    else if (key == "networkMode") task.networkMode = reader.enumeration(member, kNetworkModes);
    else if (key == "requiresCompatibilities") task.launchTypes = readLaunchTypes(reader, member);
    else if (key == "cpu") task.cpu = reader.taskSize(member, parseTaskCpu);
    else if (key == "memory") task.memory = reader.taskSize(member, parseTaskMemory);
    else if (key == "runtimePlatform") readRuntimePlatform(reader, member, task);
    else if (key == "containerDefinitions") readContainers(reader, member, task);
    else if (isDescribeOnlyMember(key)) task.readOnlyFields.push_back(member);
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

std::optional<NetworkMode> TaskDefinition::effectiveNetworkMode() const {
  if (networkMode.known()) return networkMode.value;
  // Omitted means bridge on Linux; Windows uses its own "default" (NAT) mode.
  if (networkMode.absent() && hasTaskLevel() && osFamily.absent()) return NetworkMode::Bridge;
  if (networkMode.absent() && osFamily.is(OsFamily::Linux)) return NetworkMode::Bridge;
  return std::nullopt;
}

TaskDefinition buildTaskDefinition(const JsonDocument& document, const InputShapeInfo& shape,
                                   std::optional<LaunchType> assumedLaunchType) {
  const FieldReader reader(document);
  TaskDefinition task;
  task.shape = shape.shape;
  task.node = shape.taskNode;
  task.describeWrapper = shape.wrapperMember;
  if (shape.shape == InputShape::ContainerList) {
    markTaskLevelUnknown(task);
    readContainers(reader, shape.taskNode, task);
  } else {
    readTaskMembers(reader, task);
  }
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
