// aws_ecs_task_definition -> AWS::ECS::TaskDefinition, as the linter models a template's task
// definition (the stack rules read the model: network mode, compatibilities, containers, roles).
#include "json/embedded_json.h"
#include "model/key_spelling.h"
#include "terraform/api_respelling.h"
#include "terraform/stack_translations.h"
#include "terraform/task_definition_view.h"

namespace ecslint {
namespace {

using Names = StackWriter::Names;

// container_definitions, a JSON-encoded string, parsed out of it into a document of its own whose
// spans are the plan's, then copied respelt. Unknown when Terraform says so or it does not parse
// (the view reports that; here it only decides nothing).
void containerDefinitions(StackWriter& writer, const PlanAttribute& attribute) {
  if (writer.absent(attribute)) return;
  const Document& plan = writer.plan();
  const ByteRange keySpan = writer.keySpan(attribute);
  if (writer.unknown(attribute) || plan.kind(attribute.value) != NodeKind::String)
    return writer.unknownValue("ContainerDefinitions", writer.span(attribute), keySpan);
  DocumentBuilder scratch(plan.source(), Syntax::Json);
  const EscapedStringMap map(plan.source().bytes(), plan.node(attribute.value).span);
  if (!loadEmbeddedJson(scratch, plan.text(attribute.value), map))
    return writer.unknownValue("ContainerDefinitions", writer.span(attribute), keySpan);
  const Document containers = std::move(scratch).finish();
  if (containers.empty()) return writer.unknownValue("ContainerDefinitions", writer.span(attribute), keySpan);
  // The list keeps the plan's key span (the attribute's name) beside its own value span.
  if (containers.kind(Document::rootId()) != NodeKind::Sequence) {
    copyRespelt(writer, "ContainerDefinitions", containers, Document::rootId(), "containerDefinitions");
    return;
  }
  writer.openSequence("ContainerDefinitions", containers.node(Document::rootId()).span, keySpan);
  for (NodeId item = containers.firstChild(Document::rootId()); item != kNoNode;
       item = containers.nextSibling(item)) {
    copyRespelt(writer, "", containers, item, "containerDefinitions[]");
  }
  writer.close();
}

// The roles name planned roles (ECS801, ECS802): references, not the view's placeholders.
void roles(StackWriter& writer, const PlanObject& after) {
  writer.value("ExecutionRoleArn", writer.attribute(after, "execution_role_arn"), Names::Resources);
  writer.value("TaskRoleArn", writer.attribute(after, "task_role_arn"), Names::Resources);
}

// The task definition as the ECS API receives it (terraform/task_definition_view.h), respelt; its
// roles from the plan, as references.
bool fromView(StackWriter& writer, const PlanResource& planned, const PlanObject& after) {
  const auto view = buildTaskDefinitionView(writer.plan(), planned.values);
  if (!view || view->document.empty()) return false;
  const Document& api = view->document;
  const NodeId root = Document::rootId();
  if (api.kind(root) != NodeKind::Mapping) return false;
  for (NodeId member = api.firstChild(root); member != kNoNode; member = api.nextSibling(member)) {
    const std::string_view name = api.keyName(member);
    if (name == "executionRoleArn" || name == "taskRoleArn") continue;
    copyRespelt(writer, spellKey(Dialect::CloudFormation, name), api, member, name);
  }
  roles(writer, after);
  return true;
}

// Without the view (a plan past the value limit): the members the stack rules read, directly.
void direct(StackWriter& writer, const PlanObject& after) {
  writer.value("NetworkMode", writer.attribute(after, "network_mode"), Names::Nothing);
  writer.list("RequiresCompatibilities", writer.attribute(after, "requires_compatibilities"), Names::Nothing);
  writer.value("Cpu", writer.attribute(after, "cpu"), Names::Nothing);
  writer.value("Memory", writer.attribute(after, "memory"), Names::Nothing);
  roles(writer, after);
  containerDefinitions(writer, writer.attribute(after, "container_definitions"));
}

}  // namespace

bool translateTaskDefinition(StackWriter& writer, std::uint32_t resource, std::string_view type) {
  if (type != "aws_ecs_task_definition") return false;
  writer.beginResource(resource);
  const PlanObject after = writer.planObject(resource);
  if (!fromView(writer, writer.resources()[resource], after)) direct(writer, after);
  writer.endResource();
  return true;
}

}  // namespace ecslint
