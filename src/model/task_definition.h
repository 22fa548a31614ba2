#pragma once
// The typed view of a task definition that rules read. It is built once from the JSON document
// (model_builder.cpp) and never touches formatting; every value keeps the NodeId it came from so
// a finding can point at its exact span.
//
// Input shapes differ in what they can know: a bare array of container definitions (Terraform's
// container_definitions file) has no task level, so task-level fields are Unknown there, not
// Absent, and rules about missing task-level settings stay silent.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/field.h"

namespace ecslint {

enum class InputShape : std::uint8_t {
  TaskDefinition,  // RegisterTaskDefinition input
  DescribeOutput,  // aws ecs describe-task-definition output: {"taskDefinition": {...}}
  ContainerList,   // a bare array of container definitions
};

enum class LaunchType : std::uint8_t { Ec2, Fargate, External, ManagedInstances };

// Which launch types the task must be compatible with (requiresCompatibilities, or the
// --launch-type assumption when the file does not say).
struct LaunchTypes {
  Presence presence = Presence::Absent;
  std::uint8_t bits = 0;
  NodeId node = kNoNode;     // the requiresCompatibilities array
  bool assumed = false;      // from --launch-type, not from the file

  bool known() const { return presence == Presence::Known; }
  bool unknown() const { return presence == Presence::Unknown; }
  bool absent() const { return presence == Presence::Absent; }
  bool includes(LaunchType type) const {
    return known() && (bits & (1u << static_cast<unsigned>(type))) != 0;
  }
  bool fargate() const { return includes(LaunchType::Fargate); }
  // EXTERNAL or MANAGED_INSTANCES: the ECS agent on those pulls private images and secrets with
  // the execution role, as Fargate does.
  bool agentUsesExecutionRole() const {
    return fargate() || includes(LaunchType::External) || includes(LaunchType::ManagedInstances);
  }
};

enum class NetworkMode : std::uint8_t { Bridge, Host, Awsvpc, None };
enum class OsFamily : std::uint8_t { Linux, Windows };
enum class CpuArchitecture : std::uint8_t { X86_64, Arm64 };

// Task cpu or memory, normalised to CPU units / MiB.
struct TaskSizeField : IntField {
  bool malformed = false;  // a string that is none of the documented forms (ECS403)
};

struct PortMapping {
  NodeId node = kNoNode;
  IntField containerPort;
  IntField hostPort;
  StringField protocol;
  StringField name;
  StringField appProtocol;
  StringField containerPortRange;
};

struct LogOption {
  std::string_view name;
  StringField value;
};

struct LogConfiguration {
  NodeId node = kNoNode;  // the logConfiguration object
  StringField logDriver;
  Presence optionsPresence = Presence::Absent;
  NodeId optionsNode = kNoNode;  // the options object, when it is one
  std::vector<LogOption> options;
  NodeId secretOptionsNode = kNoNode;  // the secretOptions member, when a non-empty array

  const LogOption* option(std::string_view name) const;
};

struct Container {
  NodeId node = kNoNode;  // the container object
  StringField name;
  StringField image;
  IntField cpu;
  IntField memory;
  IntField memoryReservation;
  BoolField essential;
  std::vector<PortMapping> portMappings;
  std::optional<LogConfiguration> logConfiguration;
  Presence logConfigurationPresence = Presence::Absent;
  NodeId secretsNode = kNoNode;                // `secrets` member, when a non-empty array
  NodeId repositoryCredentialsNode = kNoNode;  // `repositoryCredentials` member, when an object

  // Where a finding about something this container lacks points: its name, else its '{'.
  NodeId anchorNode() const { return name.known() ? name.node : node; }
  // How messages name the container.
  std::string_view displayName() const { return name.known() ? name.value : std::string_view{}; }
};

struct TaskDefinition {
  InputShape shape = InputShape::TaskDefinition;
  NodeId node = kNoNode;             // the task definition object (the array for ContainerList)
  NodeId describeWrapper = kNoNode;  // the "taskDefinition" member of describe output
  std::vector<NodeId> readOnlyFields;  // describe-only members (taskDefinitionArn, revision, ...)

  StringField family;
  StringField taskRoleArn;
  StringField executionRoleArn;
  Field<NetworkMode> networkMode;
  LaunchTypes launchTypes;
  TaskSizeField cpu;
  TaskSizeField memory;
  Field<OsFamily> osFamily;
  Field<CpuArchitecture> cpuArchitecture;
  std::vector<Container> containers;

  bool hasTaskLevel() const { return shape != InputShape::ContainerList; }
  // Where a finding about something the task lacks points: the family value, else the '{'.
  NodeId anchorNode() const { return family.known() ? family.node : node; }
  // The network mode in force: the file's, or bridge (the default on Linux) when it says none.
  std::optional<NetworkMode> effectiveNetworkMode() const;
};

}  // namespace ecslint
