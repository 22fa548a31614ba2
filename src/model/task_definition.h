#pragma once
// The typed view of a task definition that rules read. It is built once from the JSON document
// (model_builder.cpp) and never touches formatting; every value keeps the NodeId it came from so
// a finding can point at its exact span.
//
// Input shapes differ in what they can know: a bare array of container definitions (Terraform's
// container_definitions file) has no task level, so task-level fields are Unknown there, not
// Absent, and rules about missing task-level settings stay silent.

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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
  NodeId node = kNoNode;  // the requiresCompatibilities array
  bool assumed = false;   // from --launch-type, not from the file
  // When assumed from a template's service that runs the task (its LaunchType), that service's
  // logical id; "" when assumed from --launch-type.
  std::string_view assumedFrom;

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

// {name, value}-shaped list entries: environment, secrets, secretOptions, systemControls...
struct NameValue {
  NodeId node = kNoNode;  // the entry object
  StringField name;
  StringField value;  // `value`, or `valueFrom` for secrets
};

struct LogOption {
  std::string_view name;
  StringField value;       // value.node is the option's member node
  bool notString = false;  // a number, boolean, object or array where the driver wants a string
};

struct LogConfiguration {
  NodeId node = kNoNode;  // the logConfiguration object
  StringField logDriver;
  Presence optionsPresence = Presence::Absent;
  NodeId optionsNode = kNoNode;  // the options object, when it is one
  std::vector<LogOption> options;
  NodeId secretOptionsNode = kNoNode;                 // the secretOptions member, when a non-empty array
  Presence secretOptionsPresence = Presence::Absent;  // Unknown when not an array
  std::vector<NameValue> secretOptions;               // value = valueFrom

  const LogOption* option(std::string_view name) const;
};

struct EnvironmentFile {
  NodeId node = kNoNode;
  StringField value;
  StringField type;
};

struct ContainerDependency {
  NodeId node = kNoNode;
  StringField containerName;
  StringField condition;
};

struct MountPoint {
  NodeId node = kNoNode;
  StringField sourceVolume;
  StringField containerPath;
};

struct VolumeFrom {
  NodeId node = kNoNode;
  StringField sourceContainer;
};

struct HealthCheck {
  NodeId node = kNoNode;
  NodeId commandNode = kNoNode;      // the command array
  std::vector<StringField> command;  // its elements
  IntField interval;
  IntField timeout;
  IntField retries;
  IntField startPeriod;
};

struct Ulimit {
  NodeId node = kNoNode;
  StringField name;
  IntField softLimit;
  IntField hardLimit;
};

struct ResourceRequirement {
  NodeId node = kNoNode;
  StringField type;
  StringField value;
};

struct LinuxParameters {
  NodeId node = kNoNode;
  NodeId capabilitiesAddNode = kNoNode;  // capabilities.add, when a non-empty array
  std::vector<StringField> capabilitiesAdd;
  NodeId devicesNode = kNoNode;  // non-empty arrays only
  NodeId tmpfsNode = kNoNode;
  IntField sharedMemorySize;
  IntField maxSwap;
  IntField swappiness;
  BoolField initProcessEnabled;
};

struct FirelensConfiguration {
  NodeId node = kNoNode;
  StringField type;
  std::vector<LogOption> options;
};

struct Container {
  NodeId node = kNoNode;  // the container object
  StringField name;
  std::string_view nameText;  // the name as written when it is a string, even a template: for messages
  StringField image;
  // A template image unknown as a whole whose registry can still be read (FieldReader::imageShape),
  // pseudo parameters written `${AWS::Region}`; "" otherwise.
  std::string_view imageShape;
  IntField cpu;
  IntField memory;
  IntField memoryReservation;
  BoolField essential;
  std::vector<PortMapping> portMappings;
  NodeId portMappingsNode = kNoNode;  // the portMappings member, when a non-empty array
  std::optional<LogConfiguration> logConfiguration;
  Presence logConfigurationPresence = Presence::Absent;
  NodeId secretsNode = kNoNode;                // `secrets` member, when a non-empty array
  NodeId repositoryCredentialsNode = kNoNode;  // `repositoryCredentials` member, when an object

  std::vector<NameValue> environment;
  std::vector<NameValue> secrets;         // value = valueFrom
  NodeId environmentFilesNode = kNoNode;  // when a non-empty array
  std::vector<EnvironmentFile> environmentFiles;
  NodeId linksNode = kNoNode;  // when a non-empty array
  std::vector<StringField> links;
  std::vector<ContainerDependency> dependsOn;
  std::vector<MountPoint> mountPoints;
  Presence mountPointsPresence = Presence::Absent;  // see objectListPresence
  std::vector<VolumeFrom> volumesFrom;
  std::optional<HealthCheck> healthCheck;
  Presence healthCheckPresence = Presence::Absent;  // Unknown: a placeholder, not an object
  std::vector<Ulimit> ulimits;
  std::vector<ResourceRequirement> resourceRequirements;
  std::optional<LinuxParameters> linuxParameters;
  std::optional<FirelensConfiguration> firelensConfiguration;
  StringField hostname;
  StringField user;
  BoolField privileged;
  BoolField readonlyRootFilesystem;
  BoolField disableNetworking;
  IntField startTimeout;
  IntField stopTimeout;
  // Members whose presence alone matters to some rule: the member node when the value is a
  // non-empty array (or, for objects, present at all); kNoNode otherwise.
  NodeId extraHostsNode = kNoNode;
  NodeId dnsServersNode = kNoNode;
  NodeId dnsSearchDomainsNode = kNoNode;
  NodeId dockerSecurityOptionsNode = kNoNode;
  NodeId credentialSpecsNode = kNoNode;
  NodeId systemControlsNode = kNoNode;
  NodeId ulimitsNode = kNoNode;

  // Where a finding about something this container lacks points: its name, else its '{'.
  NodeId anchorNode() const { return name.known() ? name.node : node; }
  // How messages name the container.
  std::string_view displayName() const { return name.known() ? name.value : std::string_view{}; }
  // `essential` defaults to true.
  bool isEssential() const { return !essential.is(false); }
};

struct EfsVolumeConfiguration {
  NodeId node = kNoNode;
  StringField fileSystemId;
  StringField rootDirectory;
  StringField transitEncryption;
  IntField transitEncryptionPort;
  NodeId authorizationConfigNode = kNoNode;
  StringField accessPointId;
  StringField iam;
};

struct DockerVolumeConfiguration {
  NodeId node = kNoNode;
  StringField scope;
  StringField driver;
  BoolField autoprovision;
};

struct Volume {
  NodeId node = kNoNode;
  StringField name;
  std::string_view nameText;  // the name as written when it is a string, even a template: for messages
  NodeId hostNode = kNoNode;  // `host`, when an object
  StringField hostSourcePath;
  std::optional<DockerVolumeConfiguration> dockerVolumeConfiguration;
  std::optional<EfsVolumeConfiguration> efsVolumeConfiguration;
  NodeId fsxWindowsFileServerVolumeConfigurationNode = kNoNode;
  NodeId s3filesVolumeConfigurationNode = kNoNode;
  BoolField configuredAtLaunch;
};

struct ProxyConfiguration {
  NodeId node = kNoNode;
  StringField type;
  StringField containerName;
};

struct Tag {
  NodeId node = kNoNode;
  StringField key;
  StringField value;
};

// Where a task definition was written, beyond its file: in a template, the resource.
struct TaskOrigin {
  std::string_view logicalId;      // "WebTask"; "" outside templates
  std::string_view constructPath;  // CDK's `Metadata."aws:cdk:path"`, else ""
  NodeId resource = kNoNode;       // the resource's mapping (its Properties are the task definition)
};

struct TaskDefinition {
  InputShape shape = InputShape::TaskDefinition;
  TaskOrigin origin;
  NodeId node = kNoNode;               // the task definition object (the array for ContainerList)
  NodeId describeWrapper = kNoNode;    // the "taskDefinition" member of describe output
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
  NodeId containerDefinitionsNode = kNoNode;
  // Unknown when the list is a placeholder or an expression (a plan's container_definitions known
  // only after apply): it may hold any container, mounting any volume.
  Presence containerDefinitionsPresence = Presence::Absent;

  std::vector<Volume> volumes;
  Presence volumesPresence = Presence::Absent;  // Unknown when a placeholder may hide volumes
  StringField pidMode;
  StringField ipcMode;
  std::optional<ProxyConfiguration> proxyConfiguration;
  std::vector<Tag> tags;
  NodeId placementConstraintsNode = kNoNode;   // when a non-empty array
  NodeId inferenceAcceleratorsNode = kNoNode;  // when a non-empty array
  NodeId ephemeralStorageNode = kNoNode;       // when an object
  IntField ephemeralStorageSize;               // ephemeralStorage.sizeInGiB

  bool hasTaskLevel() const { return shape != InputShape::ContainerList; }
  // Where a finding about something the task lacks points: the family value, else the '{'.
  NodeId anchorNode() const { return family.known() ? family.node : node; }
  // The network mode in force: the file's, or bridge (the default on Linux) when it says none.
  std::optional<NetworkMode> effectiveNetworkMode() const;
  bool windows() const { return osFamily.is(OsFamily::Windows); }
  // The container or volume with a known name, or nullptr (the last one when names repeat). O(1):
  // graph rules look names up once per reference, and a task may have thousands of containers.
  const Container* container(std::string_view name) const;
  const Volume* volume(std::string_view name) const;

  // Whether a name may belong to a container or volume of the task: false only when every
  // container (volume) has a known name and none is `name`. A placeholder or intrinsic name, or an
  // element that is not a plain object, may be anything, and a check must not call a name unknown.
  bool mayHaveContainer(std::string_view name) const {
    return !containerNamesComplete || container(name) != nullptr;
  }
  bool mayHaveVolume(std::string_view name) const { return !volumeNamesComplete || volume(name) != nullptr; }

  // Built by the model builder: name -> index in containers / volumes.
  std::unordered_map<std::string_view, std::size_t> containerIndex;
  std::unordered_map<std::string_view, std::size_t> volumeIndex;
  bool containerNamesComplete = true;
  bool volumeNamesComplete = true;

  // Templates. A role slot that names a role of the same template (`!GetAtt TaskRole.Arn`): its
  // logical id, and its `RoleName` or else the logical id. Empty otherwise.
  struct RoleReference {
    std::string_view resource;
    std::string_view name;
  };
  RoleReference taskRole;
  RoleReference executionRole;
  // Values known only through a parameter's `Default` (value node, parameter name): a finding that
  // rests on one holds only for deployments that keep the default.
  std::vector<std::pair<NodeId, std::string_view>> parameterDefaults;
  // The text of evaluated values (a substituted `Fn::Sub`, a default); fields point into it. Held
  // by pointer, so the strings stay where they are whatever happens to the TaskDefinition (a
  // vector of them may copy its elements when it grows: a deque's move may throw).
  std::shared_ptr<std::deque<std::string>> evaluatedText;
  // Keeps `text` for as long as this task definition (or a copy of it) lives.
  std::string_view keepText(std::string text) {
    if (!evaluatedText) evaluatedText = std::make_shared<std::deque<std::string>>();
    return evaluatedText->emplace_back(std::move(text));
  }
};

}  // namespace ecslint
