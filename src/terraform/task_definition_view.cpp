#include "terraform/task_definition_view.h"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

#include "document/document_builder.h"
#include "json/embedded_json.h"

namespace ecslint {
namespace {

// How a Terraform attribute becomes the API's member (the AWS provider's resourceTaskDefinitionCreate
// and its expand functions, internal/service/ecs/task_definition.go).
enum class Shape : std::uint8_t {
  Scalar,      // a string, number or boolean, as it is
  Strings,     // a set or list of strings -> an array
  Map,         // a map of strings -> an object with the same keys (driver_opts, labels)
  Pairs,       // a map of strings -> [{"name": key, "value": value}] (proxy_configuration.properties)
  Block,       // a block of at most one (a list of one object) -> that object
  Blocks,      // a repeated block (a list or set of objects) -> an array of objects
  HostPath,    // volume.host_path (a string) -> host: {sourcePath}
  Containers,  // container_definitions (JSON in a string) -> containerDefinitions, as written
};

// Values the provider does not send although Terraform writes them: `d.GetOk` skips a false
// enable_fault_injection, expandEFSVolumeConfiguration a transit_encryption_port of 0, and
// expandDockerVolumeConfiguration a false autoprovision in the "task" scope.
enum class Omit : std::uint8_t { Never, False, Zero, FalseInTaskScope };

struct Attribute {
  std::string_view terraform;
  std::string_view api;
  Shape shape = Shape::Scalar;
  std::span<const Attribute> members = {};  // a block's attributes
  Omit omit = Omit::Never;
};

constexpr std::array kEfsAuthorization = {
    Attribute{"access_point_id", "accessPointId"},
    Attribute{"iam", "iam"},
};
constexpr std::array kEfsVolume = {
    Attribute{"file_system_id", "fileSystemId"},
    Attribute{"root_directory", "rootDirectory"},
    Attribute{"transit_encryption", "transitEncryption"},
    Attribute{"transit_encryption_port", "transitEncryptionPort", Shape::Scalar, {}, Omit::Zero},
    Attribute{"authorization_config", "authorizationConfig", Shape::Block, kEfsAuthorization},
};
constexpr std::array kFsxAuthorization = {
    Attribute{"credentials_parameter", "credentialsParameter"},
    Attribute{"domain", "domain"},
};
constexpr std::array kFsxVolume = {
    Attribute{"file_system_id", "fileSystemId"},
    Attribute{"root_directory", "rootDirectory"},
    Attribute{"authorization_config", "authorizationConfig", Shape::Block, kFsxAuthorization},
};
constexpr std::array kDockerVolume = {
    Attribute{"scope", "scope"},
    Attribute{"autoprovision", "autoprovision", Shape::Scalar, {}, Omit::FalseInTaskScope},
    Attribute{"driver", "driver"},
    Attribute{"driver_opts", "driverOpts", Shape::Map},
    Attribute{"labels", "labels", Shape::Map},
};
constexpr std::array kVolume = {
    Attribute{"name", "name"},
    Attribute{"host_path", "host", Shape::HostPath},
    Attribute{"configure_at_launch", "configuredAtLaunch"},
    Attribute{"docker_volume_configuration", "dockerVolumeConfiguration", Shape::Block, kDockerVolume},
    Attribute{"efs_volume_configuration", "efsVolumeConfiguration", Shape::Block, kEfsVolume},
    Attribute{"fsx_windows_file_server_volume_configuration", "fsxWindowsFileServerVolumeConfiguration",
              Shape::Block, kFsxVolume},
};
constexpr std::array kEphemeralStorage = {Attribute{"size_in_gib", "sizeInGiB"}};
constexpr std::array kRuntimePlatform = {
    Attribute{"operating_system_family", "operatingSystemFamily"},
    Attribute{"cpu_architecture", "cpuArchitecture"},
};
constexpr std::array kPlacementConstraint = {
    Attribute{"type", "type"},
    Attribute{"expression", "expression"},
};
constexpr std::array kProxyConfiguration = {
    Attribute{"type", "type"},
    Attribute{"container_name", "containerName"},
    Attribute{"properties", "properties", Shape::Pairs},
};
constexpr std::array kInferenceAccelerator = {
    Attribute{"device_name", "deviceName"},
    Attribute{"device_type", "deviceType"},
};
constexpr std::array kTaskDefinition = {
    Attribute{"family", "family"},
    Attribute{"container_definitions", "containerDefinitions", Shape::Containers},
    Attribute{"cpu", "cpu"},
    Attribute{"memory", "memory"},
    Attribute{"network_mode", "networkMode"},
    Attribute{"requires_compatibilities", "requiresCompatibilities", Shape::Strings},
    Attribute{"execution_role_arn", "executionRoleArn"},
    Attribute{"task_role_arn", "taskRoleArn"},
    Attribute{"ipc_mode", "ipcMode"},
    Attribute{"pid_mode", "pidMode"},
    Attribute{"enable_fault_injection", "enableFaultInjection", Shape::Scalar, {}, Omit::False},
    Attribute{"ephemeral_storage", "ephemeralStorage", Shape::Block, kEphemeralStorage},
    Attribute{"runtime_platform", "runtimePlatform", Shape::Block, kRuntimePlatform},
    Attribute{"placement_constraints", "placementConstraints", Shape::Blocks, kPlacementConstraint},
    Attribute{"proxy_configuration", "proxyConfiguration", Shape::Block, kProxyConfiguration},
    Attribute{"inference_accelerator", "inferenceAccelerators", Shape::Blocks, kInferenceAccelerator},
    Attribute{"volume", "volumes", Shape::Blocks, kVolume},
};

// A value of the plan with what Terraform says about it: its counterparts in after_unknown and
// after_sensitive, which have the value's shape down to where they say `true` (or kNoNode).
struct PlanValue {
  NodeId value = kNoNode;
  NodeId unknown = kNoNode;
  NodeId sensitive = kNoNode;
};

// Builds the view. The walk follows the attribute tables above, never the plan's own nesting, so its
// recursion is as deep as the tables (four levels: volume, efs_volume_configuration,
// authorization_config), whatever the plan holds; container_definitions' JSON is parsed by the JSON
// loader's routine with its depth limit.
class ViewBuilder {
 public:
  ViewBuilder(const Document& plan, std::uint32_t maxValues)
      : plan_(plan), builder_(plan.source(), Syntax::Json, maxValues), maxValues_(maxValues) {}

  Result<TaskDefinitionView, DocumentError> build(const TerraformValues& values) && {
    const PlanValue root{values.after, values.unknown, values.sensitive};
    if (isKind(root.value, NodeKind::Mapping)) {
      object(kTaskDefinition, root);
    } else {
      // Not an object: nothing to translate, but still a task definition for the schema to judge.
      const ByteRange span = root.value == kNoNode ? ByteRange{} : plan_.node(root.value).span;
      if (ok(builder_.open(NodeKind::Mapping, ScalarStyle::Flow, {}, span.begin)))
        (void)ok(builder_.close(span.end));
    }
    if (error_) return makeError(std::move(*error_));
    return TaskDefinitionView{std::move(builder_).finish(), std::move(sensitive_),
                              std::move(containerError_)};
  }

 private:
  // False once the builder refused a value (too many values), which ends the walk.
  template <class R>
  bool ok(const R& result) {
    if (!result && !error_) error_ = result.error();
    return !error_;
  }

  bool isKind(NodeId node, NodeKind kind) const { return node != kNoNode && plan_.kind(node) == kind; }
  bool isTrue(NodeId node) const { return isKind(node, NodeKind::Boolean) && plan_.text(node) == "true"; }
  bool isNull(NodeId node) const { return node == kNoNode || plan_.kind(node) == NodeKind::Null; }
  // What Terraform writes for an attribute that is not set.
  bool isUnset(NodeId node) const {
    if (isNull(node)) return true;
    if (plan_.kind(node) == NodeKind::String) return plan_.text(node).empty();
    return !plan_.isScalar(node) && plan_.firstChild(node) == kNoNode;
  }
  bool isValue(NodeId node) const {
    return node != kNoNode && plan_.isScalar(node) && plan_.kind(node) != NodeKind::Null &&
           plan_.kind(node) != NodeKind::Alias;
  }
  NodeId member(NodeId mapping, std::string_view name) const {
    return isKind(mapping, NodeKind::Mapping) ? plan_.member(mapping, name) : kNoNode;
  }
  PlanValue memberOf(const PlanValue& object, std::string_view name) const {
    return PlanValue{member(object.value, name), member(object.unknown, name),
                     member(object.sensitive, name)};
  }
  // The next element of a counterpart walked beside a list (kNoNode once it is shorter or not a list).
  NodeId nextOf(NodeId element) const { return element == kNoNode ? kNoNode : plan_.nextSibling(element); }
  NodeId firstOf(NodeId list) const {
    return isKind(list, NodeKind::Sequence) ? plan_.firstChild(list) : kNoNode;
  }

  void noteSensitive(const PlanValue& value) {
    if (isTrue(value.sensitive) && !isNull(value.value)) sensitive_.push_back(plan_.node(value.value).span);
  }

  // A value Terraform knows only after apply: null or missing in `after`, `true` in after_unknown.
  bool isUnknown(const PlanValue& value) const { return isNull(value.value) && isTrue(value.unknown); }

  // The next node's member name: the Terraform attribute's key, or its after_unknown key when
  // `after` does not have it.
  void key(std::string_view api, const PlanValue& value) {
    const NodeId named = value.value != kNoNode ? value.value : value.unknown;
    builder_.key(api, plan_.node(named).keySpan);
  }
  bool unknownValue(const PlanValue& value) {
    return ok(builder_.scalar(NodeKind::String, ScalarStyle::DoubleQuoted, kKnownAfterApply, {},
                              plan_.node(value.unknown).span));
  }
  // An unknown value of `attribute`. A block is an object whose every attribute is unknown: the
  // model reads a placeholder where it wants an object as no object at all (runtimePlatform's
  // osFamily would be absent, not unknown), but reads each member of this one as unknown, and so
  // does the schema stage. Each part spans the `true` in after_unknown and has its key.
  void unknown(const Attribute& attribute, const PlanValue& value) {
    if (attribute.shape != Shape::Block) {
      unknownValue(value);
      return;
    }
    const DocumentNode& node = plan_.node(value.unknown);
    if (!ok(builder_.open(NodeKind::Mapping, ScalarStyle::Flow, {}, node.span.begin))) return;
    for (const Attribute& member : attribute.members) {
      if (error_) return;
      builder_.key(member.api, node.keySpan);
      unknown(member, value);
    }
    if (!error_) (void)ok(builder_.close(node.span.end));
  }
  bool copy(NodeId value) {
    const DocumentNode& node = plan_.node(value);
    return ok(builder_.scalar(node.kind, node.style, plan_.text(value), {}, node.span));
  }
  // An element or map value: unknown, a scalar as it is, or nothing (a value of another type).
  bool scalarOrUnknown(const PlanValue& value) {
    if (isUnknown(value)) return unknownValue(value);
    return !isValue(value.value) || copy(value.value);
  }

  // The block's attributes that the plan has, in the plan's order (so spans grow as they do in the
  // file; Terraform writes attributes sorted by name), then those only after_unknown names.
  void object(std::span<const Attribute> attributes, const PlanValue& block) {
    const ByteRange span = plan_.node(block.value).span;
    if (!ok(builder_.open(NodeKind::Mapping, ScalarStyle::Flow, {}, span.begin))) return;
    struct Present {
      const Attribute* attribute;
      PlanValue value;
      std::uint64_t order;
    };
    std::array<Present, kTaskDefinition.size()> present{};
    std::size_t count = 0;
    for (const Attribute& attribute : attributes) {
      const PlanValue value = memberOf(block, attribute.terraform);
      if (value.value == kNoNode && value.unknown == kNoNode) continue;
      const std::uint64_t order = value.value != kNoNode
                                      ? value.value
                                      : static_cast<std::uint64_t>(plan_.nodeCount()) + value.unknown;
      present[count++] = Present{&attribute, value, order};
    }
    std::sort(present.begin(), present.begin() + static_cast<std::ptrdiff_t>(count),
              [](const Present& a, const Present& b) { return a.order < b.order; });
    for (std::size_t i = 0; i < count && !error_; ++i)
      attribute(*present[i].attribute, present[i].value, block);
    if (!error_) (void)ok(builder_.close(span.end));
  }

  bool omitted(const Attribute& attribute, NodeId value, const PlanValue& block) const {
    const std::string_view text = plan_.text(value);
    switch (attribute.omit) {
      case Omit::Never:
        return false;
      case Omit::False:
        return text == "false";
      case Omit::Zero:
        return plan_.kind(value) == NodeKind::Integer && text == "0";
      case Omit::FalseInTaskScope: {
        const NodeId scope = member(block.value, "scope");
        return text == "false" && isKind(scope, NodeKind::String) && plan_.text(scope) == "task";
      }
    }
    return false;
  }

  void attribute(const Attribute& attribute, const PlanValue& value, const PlanValue& block) {
    noteSensitive(value);
    if (isUnknown(value)) {
      key(attribute.api, value);
      unknown(attribute, value);
      return;
    }
    if (isUnset(value.value)) return;
    const NodeId node = value.value;
    switch (attribute.shape) {
      case Shape::Scalar:
        if (isValue(node) && !omitted(attribute, node, block)) {
          key(attribute.api, value);
          copy(node);
        }
        return;
      case Shape::Strings:
      case Shape::Blocks:
        if (isKind(node, NodeKind::Sequence)) list(attribute, value);
        return;
      case Shape::Map:
      case Shape::Pairs:
        if (isKind(node, NodeKind::Mapping)) map(attribute, value);
        return;
      case Shape::Block:
        block1(attribute, value);
        return;
      case Shape::HostPath:
        if (isKind(node, NodeKind::String)) hostPath(value);
        return;
      case Shape::Containers:
        if (isKind(node, NodeKind::String)) containers(value);
        return;
    }
  }

  // A list of strings or of blocks, element by element (its counterparts walked beside it).
  void list(const Attribute& attribute, const PlanValue& value) {
    const ByteRange span = plan_.node(value.value).span;
    key(attribute.api, value);
    if (!ok(builder_.open(NodeKind::Sequence, ScalarStyle::Flow, {}, span.begin))) return;
    PlanValue element{plan_.firstChild(value.value), firstOf(value.unknown), firstOf(value.sensitive)};
    for (; element.value != kNoNode && !error_;
         element = {plan_.nextSibling(element.value), nextOf(element.unknown), nextOf(element.sensitive)}) {
      noteSensitive(element);
      if (attribute.shape == Shape::Blocks && isKind(element.value, NodeKind::Mapping)) {
        object(attribute.members, element);
      } else if (attribute.shape == Shape::Strings || isUnknown(element)) {
        scalarOrUnknown(element);
      }
    }
    if (!error_) (void)ok(builder_.close(span.end));
  }

  // A map of strings: the same object, or the API's list of name and value pairs.
  void map(const Attribute& attribute, const PlanValue& value) {
    const ByteRange span = plan_.node(value.value).span;
    const bool pairs = attribute.shape == Shape::Pairs;
    key(attribute.api, value);
    if (!ok(builder_.open(pairs ? NodeKind::Sequence : NodeKind::Mapping, ScalarStyle::Flow, {}, span.begin)))
      return;
    for (NodeId entry = plan_.firstChild(value.value); entry != kNoNode && !error_;
         entry = plan_.nextSibling(entry)) {
      const std::string_view name = plan_.keyName(entry);
      const PlanValue entryValue{entry, member(value.unknown, name), member(value.sensitive, name)};
      noteSensitive(entryValue);
      if (!isUnknown(entryValue) && !isValue(entry)) continue;
      const DocumentNode& node = plan_.node(entry);
      if (!pairs) {
        builder_.key(name, node.keySpan);
        scalarOrUnknown(entryValue);
        continue;
      }
      // {"name": key, "value": value}, spanning the member; each part spans what it came from.
      if (!ok(builder_.open(NodeKind::Mapping, ScalarStyle::Flow, {}, node.keySpan.begin))) return;
      builder_.key("name", node.keySpan);
      if (!ok(builder_.scalar(NodeKind::String, ScalarStyle::DoubleQuoted, name, {}, node.keySpan))) return;
      builder_.key("value", node.keySpan);
      if (!scalarOrUnknown(entryValue) || !ok(builder_.close(node.span.end))) return;
    }
    if (!error_) (void)ok(builder_.close(span.end));
  }

  // A block of at most one: its one element (a list of one object in the plan) as an object that
  // spans the element. A block whose element Terraform knows only after apply is unknown as a whole.
  void block1(const Attribute& attribute, const PlanValue& value) {
    if (!isKind(value.value, NodeKind::Sequence)) return;
    const PlanValue element{plan_.firstChild(value.value), firstOf(value.unknown), firstOf(value.sensitive)};
    noteSensitive(element);
    if (isUnknown(element)) {
      key(attribute.api, value);
      unknown(attribute, element);
    } else if (isKind(element.value, NodeKind::Mapping)) {
      key(attribute.api, value);
      object(attribute.members, element);
    }
  }

  // host_path = "/data" is host: {sourcePath: "/data"}: both span the path, both keys the attribute's.
  void hostPath(const PlanValue& value) {
    const DocumentNode& node = plan_.node(value.value);
    key("host", value);
    if (!ok(builder_.open(NodeKind::Mapping, ScalarStyle::Flow, {}, node.span.begin))) return;
    builder_.key("sourcePath", node.keySpan);
    if (copy(value.value)) (void)ok(builder_.close(node.span.end));
  }

  // The JSON inside the string, parsed in place of it with spans in the plan. When it does not
  // parse, what it added is dropped and containerDefinitions is unknown: the error is reported once
  // (containerError), not again as a missing member.
  void containers(const PlanValue& value) {
    const DocumentNode& node = plan_.node(value.value);
    key("containerDefinitions", value);
    const DocumentBuilder::Checkpoint before = builder_.checkpoint();
    const EscapedStringMap map(plan_.source().bytes(), node.span);
    auto parsed = loadEmbeddedJson(builder_, plan_.text(value.value), map, maxValues_);
    if (parsed) return;
    builder_.restore(before);
    containerError_ = std::move(parsed.error());
    (void)ok(builder_.scalar(NodeKind::String, ScalarStyle::DoubleQuoted, kKnownAfterApply, {}, node.span));
  }

  const Document& plan_;
  DocumentBuilder builder_;
  std::uint32_t maxValues_;
  std::vector<ByteRange> sensitive_;
  std::optional<DocumentError> containerError_;
  std::optional<DocumentError> error_;
};

}  // namespace

Result<TaskDefinitionView, DocumentError> buildTaskDefinitionView(const Document& plan,
                                                                  const TerraformValues& values,
                                                                  std::uint32_t maxValues) {
  return ViewBuilder(plan, maxValues).build(values);
}

}  // namespace ecslint
