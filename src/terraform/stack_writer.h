#pragma once
// Writes the stack template (stack_template.h) one resource at a time: reads a planned value with
// what Terraform says beside it (after_unknown, the configuration's references) and writes it in
// CloudFormation's shape, every node with a span in the plan file.
//
// A value is written as one of three things, so that the stack readers see what the plan decides:
// - known: the plan's scalar, copied with its span (or a reference, when it equals the `id` or
//   `arn` of another planned instance);
// - a reference: `{"Ref": address}` or `{"Fn::GetAtt": [address, "Arn"]}` (stack_resource_types.h),
//   when the value is unknown but the configuration says which planned instance it comes from;
// - unknown: `{"Fn::ImportValue": "known after apply"}`, which the template evaluator, the graph and
//   every stack reader read as a value the template does not decide. Never absent: an absent value
//   means the default (an absent TargetType is `instance`), an unknown one means nothing.
// Null, "" and [] are how Terraform writes an unset attribute: absent.
//
// The first error of the builder (too many values, too deep) stops all writing; finish() returns it.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "document/document_builder.h"
#include "terraform/plan_references.h"
#include "terraform/plan_resources.h"

namespace ecslint {

// One object of the plan's planned values: `after` (or a nested block's element), its counterpart
// in after_unknown (an object, or kNoNode), and its configuration expressions (kNoNode when the
// configuration does not speak for this object alone, e.g. one of several blocks of a set).
struct PlanObject {
  NodeId after = kNoNode;
  NodeId unknown = kNoNode;
  NodeId expressions = kNoNode;
};

// One attribute of a PlanObject.
struct PlanAttribute {
  NodeId value = kNoNode;       // in after: kNoNode when missing
  NodeId unknown = kNoNode;     // in after_unknown: `true`, or an object or list of the same shape
  NodeId expression = kNoNode;  // in the configuration: `{"references": [...]}` or a block list
};

class StackWriter {
 public:
  // Whether a known value that equals another planned instance's id or ARN names it.
  enum class Names : bool { Nothing, Resources };
  // What value() wrote.
  enum class Written : unsigned char { Nothing, Known, Reference, Unknown };

  StackWriter(const Document& plan, std::span<const PlanResource> resources,
              const PlanReferences& references);

  const Document& plan() const { return plan_; }
  std::span<const PlanResource> resources() const { return resources_; }
  const PlanReferences& references() const { return references_; }

  // Reading the plan.
  PlanObject planObject(std::uint32_t resource) const;
  PlanAttribute attribute(const PlanObject& object, std::string_view name) const;
  bool unknown(const PlanAttribute& attribute) const;  // after_unknown says `true`
  bool absent(const PlanAttribute& attribute) const;   // not unknown, and missing, null, "" or []
  // The known string, or nothing (unknown, absent, another type).
  std::optional<std::string_view> knownString(const PlanAttribute& attribute) const;
  std::optional<bool> knownBoolean(const PlanAttribute& attribute) const;
  // The elements of a nested block (Terraform writes blocks as lists of objects), each with its
  // after_unknown counterpart; the configuration's block only when there is exactly one of each.
  std::vector<PlanObject> blocks(const PlanAttribute& attribute) const;
  // The first block, or nothing (a max-one block such as network_configuration).
  std::optional<PlanObject> onlyBlock(const PlanAttribute& attribute) const;
  // Where an attribute is written: its value in after, else its after_unknown mark.
  ByteRange span(const PlanAttribute& attribute) const;
  ByteRange keySpan(const PlanAttribute& attribute) const;
  ByteRange span(NodeId node) const;

  // Writing. Keys are ignored inside a sequence.
  // The resource as its type's CloudFormation resource (stack_resource_types.h), named by its address.
  void beginResource(std::uint32_t resource);
  // A resource made from part of another (a route table's inline route), named `logicalId`.
  void beginDerivedResource(std::uint32_t resource, std::string logicalId,
                            std::string_view cloudFormationType, NodeId part);
  void endResource();

  // A scalar attribute: known, a reference, or unknown; nothing when absent.
  Written value(std::string_view key, const PlanAttribute& attribute, Names names);
  // A list of scalars (or a set): each element as value() writes it; the whole list a list of
  // references or unknown when after_unknown says so.
  void list(std::string_view key, const PlanAttribute& attribute, Names names);
  // The elements of a known list (a sequence in after), written into the sequence that is open.
  void elements(const PlanAttribute& attribute, Names names);
  // A JSON-encoded string (an IAM policy) as the document it encodes, its spans mapped through the
  // string's escapes into the plan; unknown when Terraform says so or it is not JSON.
  void json(std::string_view key, const PlanAttribute& attribute);
  // A scalar copied from another document whose spans are the plan's (a task definition's view).
  void literal(std::string_view key, NodeKind kind, std::string_view text, ByteRange span, ByteRange keySpan);
  // A scalar the translation makes (AssignPublicIp's ENABLED from `true`), spanning `span`.
  void text(std::string_view key, std::string_view text, ByteRange span, ByteRange keySpan);
  void unknownValue(std::string_view key, ByteRange span, ByteRange keySpan);
  // A reference to a planned instance, or unknown when no template form gives its value.
  void reference(std::string_view key, const PlanTarget& target, ByteRange span, ByteRange keySpan);
  // A reference to the resource being written (a security group rule's `self`).
  void selfReference(std::string_view key, ByteRange span, ByteRange keySpan);
  void openMapping(std::string_view key, ByteRange span, ByteRange keySpan);
  void openSequence(std::string_view key, ByteRange span, ByteRange keySpan);
  void close();

  std::uint32_t current() const { return current_; }

  // What the plan leaves undecided that concerns resources other than the one written (see
  // stack_template.cpp): a listener forwarding to a target group the plan does not name, an ingress
  // rule of a security group it does not name.
  struct Undecided {
    bool forward = false;
    bool ingressGroup = false;
    bool association = false;          // a route table association of a subnet the plan does not name
    bool endpointRouteTables = false;  // set before writing: route tables added to endpoints elsewhere
  } undecided;

  // aws_iam_role_policy_attachment instances by the planned role they attach to (index: the role),
  // filled before writing: a role lists them in its ManagedPolicyArns (stack_translate_iam.cpp).
  std::vector<std::vector<std::uint32_t>> attachmentsOf;
  std::vector<bool> attachedToPlannedRole;  // per resource
  // Ends the template's Resources: what follows is another section of the template (Outputs).
  void endResources();
  Result<Document, DocumentError> finish() &&;

 private:
  struct Open {
    std::uint32_t end;
    bool sequence;
  };
  void key(std::string_view name, ByteRange keySpan);
  void scalar(NodeKind kind, std::string_view text, ByteRange span);
  void open(NodeKind kind, std::uint32_t begin, std::uint32_t end);
  template <class R>
  bool ok(R&& result) {
    if (!result && !error_) error_ = std::move(result.error());
    return !error_;
  }
  Written knownScalar(std::string_view key, NodeId value, Names names);
  // The planned instances an unknown value comes from, by the configuration (every one resolvable).
  std::optional<std::vector<PlanTarget>> referenced(const PlanAttribute& attribute) const;

  const Document& plan_;
  std::span<const PlanResource> resources_;
  const PlanReferences& references_;
  DocumentBuilder builder_;
  std::vector<Open> open_;
  std::uint32_t current_ = 0;
  std::string currentLogicalId_;
  std::optional<DocumentError> error_;
  bool resourcesOpen_ = true;
};

}  // namespace ecslint
