#include "engine/linter.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "check/finding_limits.h"
#include "cloudformation/condition_branches.h"
#include "cloudformation/template_resolver.h"
#include "cloudformation/template_resources.h"
#include "fix/editor.h"
#include "json/json_loader.h"
#include "message/message_catalogue.h"
#include "model/input_shape.h"
#include "model/model_builder.h"
#include "schema/schema_check.h"
#include "schema/task_definition_schema.h"
#include "stack/ecs_service.h"
#include "stack/stack_context.h"
#include "stack/template_graph.h"
#include "support/thousands.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

// How much of a file over the size limit is kept (see Linter::lint).
constexpr std::size_t kOversizedPrefix = 64 * 1024;

// "16 MiB", or "300 bytes" for limits that are not whole mebibytes (tests lower them).
std::string sizeName(Language language, std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (bytes % kMiB == 0)
    return renderMessage(language, "ECS015.size-mib", {{"size", std::to_string(bytes / kMiB)}});
  return renderMessage(language, "ECS015.size-bytes", {{"size", std::to_string(bytes)}});
}

}  // namespace

Linter::Linter(const RuleCatalogue& catalogue, RuleSelection selection, LintOptions options)
    : catalogue_(&catalogue), selection_(std::move(selection)), options_(std::move(options)) {
  for (const RuleImplementation& implementation : ruleImplementations()) {
    const RuleInfo* rule = catalogue.find(implementation.id);
    if (rule == nullptr || !selection_.enabled(*rule)) continue;
    if (implementation.stage == RuleStage::Check) checks_.push_back({rule, implementation.check});
    if (implementation.stage == RuleStage::Stack) stackChecks_.push_back({rule, implementation.stackCheck});
    if (implementation.stage == RuleStage::Schema) schemaEnabled_ = true;
  }
}

bool Linter::add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
                 std::string message) const {
  if (report.findings.size() >= kMaxFindingsPerFile) return false;
  const RuleInfo* rule = catalogue_->find(ruleId);
  if (rule == nullptr || !selection_.enabled(*rule)) return true;
  clipMessage(message);
  report.findings.push_back(Finding{rule, rule->severity, std::move(message), range, std::move(pointer), {}});
  return true;
}

bool Linter::add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
                 std::string_view messageId, MessageArgs arguments) const {
  const std::size_t before = report.findings.size();
  if (!add(report, ruleId, range, std::move(pointer), renderMessage(options_.language, messageId, arguments)))
    return false;
  if (report.findings.size() > before) report.findings.back().messageData = {messageId, std::move(arguments)};
  return true;
}

// Input that could not be read (ECS001, ECS014, ECS015 for the file) is an error whatever the
// selection, the configuration's severities and per_file_ignores say: a file ecslint could not
// check must never pass for a clean one. No tag in it can apply (it was not read), and the
// per_file_ignores entries for it are not judged unused (ECS012): nothing is known of the file.
void Linter::reportUnreadable(FileReport& report, std::string_view ruleId, ByteRange range,
                              MessageData message, std::span<const ExternalIgnore> ignores) const {
  const RuleInfo* rule = catalogue_->find(ruleId);
  if (rule == nullptr) throw std::logic_error("the catalogue has no " + std::string(ruleId));
  std::string text = renderMessage(options_.language, message.id, message.arguments);
  clipMessage(text);
  report.findings.push_back(Finding{rule, Severity::Error, std::move(text), range, "", {}});
  report.findings.back().messageData = std::move(message);
  report.externalIgnoresUsed.assign(ignores.size(), true);
}

void Linter::reportUnreadableValue(FileReport& report, const DocumentError& error,
                                   std::string_view wrapId) const {
  if (report.findings.size() >= kMaxFindingsPerFile) return;
  const std::string_view ruleId = error.kind == DocumentError::Kind::TooDeep    ? "ECS014"
                                  : error.kind == DocumentError::Kind::TooLarge ? "ECS015"
                                                                                : "ECS001";
  const RuleInfo* rule = catalogue_->find(ruleId);
  if (rule == nullptr) throw std::logic_error("the catalogue has no " + std::string(ruleId));
  MessageData message = messageDataIn(error, options_.language);
  if (!wrapId.empty()) {
    // Says which value could not be read, around what the loader says is wrong with it.
    MessageArgs wrapped{{"message", renderMessage(options_.language, message.id, message.arguments)}};
    message = MessageData{wrapId, std::move(wrapped)};
  }
  std::string text = renderMessage(options_.language, message.id, message.arguments);
  clipMessage(text);
  report.findings.push_back(Finding{rule, Severity::Error, std::move(text), error.range, "", {}});
  report.findings.back().messageData = std::move(message);
}

// Says so when the file reached kMaxFindingsPerFile (RuleContext and add() drop the rest).
void Linter::noteFindingLimit(FileReport& report) const {
  if (report.findings.size() < kMaxFindingsPerFile) return;
  const RuleInfo* rule = catalogue_->find("ECS015");
  if (rule == nullptr || !selection_.enabled(*rule)) return;
  MessageArgs arguments{{"limit", withThousands(kMaxFindingsPerFile)}};
  report.findings.push_back(Finding{rule,
                                    rule->severity,
                                    renderMessage(options_.language, "ECS015.finding-limit", arguments),
                                    ByteRange{0, 0},
                                    "",
                                    {}});
  report.findings.back().messageData = {"ECS015.finding-limit", std::move(arguments)};
}

namespace {

// RULES.md names two problems twice: a non-string awslogs option is both a wrong type (ECS004)
// and an invalid log option (ECS305); a malformed containerPortRange both an invalid format
// (ECS008) and an invalid port range (ECS110). Each is reported once, by the check, which explains
// it in its own terms: the schema finding on exactly the span the check reported is dropped. The
// pairs are explicit because sharing a span proves nothing in general (a finding about something
// missing points at the container's name, which may also have a bad format).
struct ExplainedBy {
  std::string_view schemaRule;
  std::string_view checkRule;
};
constexpr ExplainedBy kExplainedBy[] = {{"ECS004", "ECS305"}, {"ECS008", "ECS110"}};

void dropSchemaFindingsExplainedByChecks(std::vector<Finding>& findings, std::size_t schemaEnd) {
  // (span, schema rule it explains) for every explaining check finding, sorted for lookup.
  std::vector<std::pair<std::uint64_t, std::string_view>> explaining;
  const auto key = [](ByteRange range) { return (std::uint64_t{range.begin} << 32) | range.end; };
  for (std::size_t i = schemaEnd; i < findings.size(); ++i) {
    for (const ExplainedBy& pair : kExplainedBy) {
      if (findings[i].rule->id == pair.checkRule)
        explaining.emplace_back(key(findings[i].range), pair.schemaRule);
    }
  }
  if (explaining.empty()) return;
  std::sort(explaining.begin(), explaining.end());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const bool explained =
        i < schemaEnd && std::binary_search(explaining.begin(), explaining.end(),
                                            std::pair{key(findings[i].range), findings[i].rule->id});
    if (explained) continue;
    if (kept != i) findings[kept] = std::move(findings[i]);
    ++kept;
  }
  findings.resize(kept);
}

// ECS003: rename the misspelt key; ECS005: write the enum value in the case ECS expects.
// `language`: of the fix's title; null when no output shows titles (LintOptions::describeDetails).
std::optional<Fix> schemaFix(const Document& document, Dialect dialect, const Language* language,
                             const SchemaFinding& finding) {
  const std::unique_ptr<Editor> editor = editorFor(document, dialect);
  const std::string_view was =
      finding.rule == "ECS003" ? document.keyName(finding.target.node) : document.text(finding.target.node);
  if (finding.rule == "ECS003") {
    editor->renameKey(finding.target.node, finding.replacement);
  } else {
    editor->replaceString(finding.target.node, finding.replacement);
  }
  const MessageArgs arguments{{"written", std::string(was)}, {"replacement", finding.replacement}};
  if (!language) return std::move(*editor).finish(std::string());
  return std::move(*editor).finish(
      renderMessage(*language, finding.rule == "ECS003" ? "ECS003.fix" : "ECS005.fix", arguments));
}

// ECS010 for the null members of one object: each one a related location (when there are
// several), and one safe fix that removes them all, which is what the deploy action sends and the
// only way the AWS CLI accepts the file. Related locations stop at kMaxRelatedNulls: an object of
// a million nulls must not cost a million pointers (the message gives the count).
void addNullMembers(const Document& document, Dialect dialect, const Language* language,
                    const std::vector<NodeId>& members, bool withFix, Finding& finding) {
  constexpr std::size_t kMaxRelatedNulls = 100;
  if (members.size() > 1) {
    for (NodeId member : std::span(members).first(std::min(members.size(), kMaxRelatedNulls))) {
      std::string message = language ? renderMessage(*language, "ECS010.related.null",
                                                     {{"key", std::string(document.keyName(member))}})
                                     : std::string();
      clipMessage(message);
      finding.related.push_back(
          RelatedLocation{document.node(member).span, document.pointer(member), std::move(message)});
    }
  }
  if (!withFix) return;
  const std::unique_ptr<Editor> editor = editorFor(document, dialect);
  editor->removeMembers(members);
  if (!language) {
    finding.fix = std::move(*editor).finish(std::string());
  } else if (members.size() == 1) {
    finding.fix = std::move(*editor).finish(
        renderMessage(*language, "ECS010.fix", {{"key", std::string(document.keyName(members.front()))}}));
  } else {
    finding.fix = std::move(*editor).finish(
        renderMessage(*language, "ECS010.fix.members", {{"count", std::to_string(members.size())}}));
  }
}

// How a file is read. Its extension decides (`.yaml`, `.yml`; `.json`, CDK's `.template.json`);
// otherwise (`.template`, standard input) a file starting with '{' or '[' is JSON, and one that
// reads like a template is YAML. Anything else is read as JSON, whose errors explain the most.
Syntax syntaxOf(const SourceText& source) {
  const std::string_view name = source.name();
  if (name.ends_with(".yaml") || name.ends_with(".yml")) return Syntax::Yaml;
  if (name.ends_with(".json")) return Syntax::Json;
  const std::string_view bytes = source.bytes().substr(source.contentStart());
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || bytes[first] == '{' || bytes[first] == '[') return Syntax::Json;
  const bool template_ = bytes.find("AWSTemplateFormatVersion") != std::string_view::npos ||
                         bytes.find("Resources:") != std::string_view::npos;
  return template_ ? Syntax::Yaml : Syntax::Json;
}

// The duplicate key's arguments (what the repeat does depends on who reads the file: the id).
MessageArgs duplicateArguments(const Document& document, const DuplicateMember& duplicate) {
  const auto first = document.source().position(document.node(duplicate.first).keySpan.begin);
  return {{"key", std::string(document.keyName(duplicate.repeated))}, {"line", std::to_string(first.line)}};
}

// A finding about a template value ecslint knows only through a parameter's `Default` holds only
// for deployments that keep it: a warning that says so. Found by the spans the finding points at.
void noteParameterDefaults(const Document& document, const TaskDefinition& task, Language language,
                           std::span<Finding> findings) {
  if (task.parameterDefaults.empty()) return;
  for (Finding& finding : findings) {
    std::vector<std::string_view> parameters;
    for (const auto& [node, parameter] : task.parameterDefaults) {
      const ByteRange span = document.node(node).span;
      const auto inside = [&](ByteRange range) { return range.begin >= span.begin && range.end <= span.end; };
      bool used = inside(finding.range);
      for (const RelatedLocation& related : finding.related) used = used || inside(related.range);
      if (used && std::find(parameters.begin(), parameters.end(), parameter) == parameters.end())
        parameters.push_back(parameter);
    }
    if (parameters.empty()) continue;
    // The note wraps the finding's message: the message data says the whole text.
    std::string names;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
      names += (i == 0 ? "" : ", ") + std::string(parameters[i]);
    }
    const std::string_view id =
        parameters.size() == 1 ? "input.with-parameter-default" : "input.with-parameter-defaults";
    MessageArgs arguments{{"message", std::move(finding.message)},
                          {parameters.size() == 1 ? "parameter" : "parameters", std::move(names)}};
    finding.message = renderMessage(language, id, arguments);
    finding.messageData = {id, std::move(arguments)};
    clipMessage(finding.message);
    // A fix made for the default could be wrong for the value a deployment passes.
    finding.fix.reset();
    if (finding.severity == Severity::Error) finding.severity = Severity::Warning;
  }
}

}  // namespace

// The steps every report ends with, whatever stage stopped the pipeline: suppressions (and ECS012),
// then the configuration's severities.
void Linter::finish(FileReport& report, const Document* document, std::span<const TaskDefinition> tasks,
                    std::span<const ExternalIgnore> ignores) const {
  applySuppressions(*catalogue_, selection_, options_.language, document, tasks, ignores, report.findings,
                    report.suppressed, report.externalIgnoresUsed);
  for (const auto& [rule, severity] : options_.severities) {
    for (Finding& finding : report.findings) {
      if (finding.rule == rule) finding.severity = severity;
    }
    for (SuppressedFinding& entry : report.suppressed) {
      if (entry.finding.rule == rule) entry.finding.severity = severity;
    }
  }
}

void Linter::reportDuplicates(FileReport& report, const Document& document) const {
  for (const DuplicateMember& duplicate : document.duplicateMembers()) {
    if (!add(report, "ECS002", document.node(duplicate.repeated).keySpan,
             document.pointer(duplicate.repeated),
             document.syntax() == Syntax::Yaml ? "ECS002.yaml-loaders" : "ECS002.json-parsers",
             duplicateArguments(document, duplicate))) {
      break;
    }
  }
}

FileReport Linter::lint(std::string name, std::string bytes, std::span<const ExternalIgnore> ignores) const {
  FileReport report;
  if (bytes.size() > options_.limits.maxBytes) {
    // Not parsed: keep only the start, enough to show line 1 and to tell whether a file found in a
    // directory was meant to be a task definition (cli/run.cpp).
    bytes.resize(std::min<std::size_t>(bytes.size(), kOversizedPrefix));
    report.source = std::make_unique<SourceText>(std::move(name), std::move(bytes));
    reportUnreadable(report, "ECS015", ByteRange{0, 0},
                     MessageData{"ECS015.file-too-large",
                                 {{"limit", sizeName(options_.language, options_.limits.maxBytes)}}},
                     ignores);
    return report;
  }
  report.source = std::make_unique<SourceText>(std::move(name), std::move(bytes));
  const SourceText& source = *report.source;

  std::optional<Document> loaded;
  const auto failed = [&](const DocumentError& error) {
    const std::string_view rule = error.kind == DocumentError::Kind::TooDeep    ? "ECS014"
                                  : error.kind == DocumentError::Kind::TooLarge ? "ECS015"
                                                                                : "ECS001";
    reportUnreadable(report, rule, error.range, messageDataIn(error, options_.language), ignores);
  };
  auto parsed = syntaxOf(source) == Syntax::Yaml ? loadYaml(source, options_.limits.maxValues)
                                                 : loadJson(source, options_.limits.maxValues);
  if (!parsed) {
    failed(parsed.error());
    return report;
  }
  loaded.emplace(std::move(*parsed));
  const Document& document = *loaded;
  reportDuplicates(report, document);

  std::vector<TaskDefinition> tasks;
  if (const std::optional<InputShapeInfo> shape = detectInputShape(document)) {
    report.isTaskDefinition = true;
    tasks.push_back(buildTaskDefinition(document, *shape, options_.launchType));
    checkTask(report, document, tasks.back(), Dialect::EcsApi);
  } else if (const std::optional<TerraformOutput> terraform = terraformOutputKind(document)) {
    lintTerraform(report, document, *terraform);
  } else if (isCloudFormationTemplate(document)) {
    lintTemplate(report, document, tasks);
  } else {
    add(report, "ECS013",
        document.empty() ? ByteRange{0, 0}
                         : ByteRange{document.node(0).span.begin, document.node(0).span.begin + 1},
        "", document.syntax() == Syntax::Yaml ? "ECS013.yaml-input" : "ECS013.json-input", {});
  }
  noteFindingLimit(report);

  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.rule->id < b.rule->id;
  });
  finish(report, &document, tasks, ignores);
  return report;
}

void Linter::lintTemplate(FileReport& report, const Document& document,
                          std::vector<TaskDefinition>& tasks) const {
  const TemplateOutline outline(document);
  const TemplateResolver resolver(document, outline);
  const TemplateGraph graph(document, outline, resolver.evaluator());
  const std::vector<EcsService> services = readEcsServices(graph);
  std::vector<std::string_view> launchTypeFrom;  // per task: the service whose launch type it assumes
  for (const TemplateResource& resource : outline.resources()) {
    if (resource.type != "AWS::ECS::TaskDefinition" || resource.properties == kNoNode) continue;
    const InputShapeInfo shape{InputShape::TaskDefinition, resource.properties, kNoNode};
    // A service's launch type is what the task runs with: it acts as --launch-type (RULES.md, ECS8xx).
    const std::optional<ServiceLaunchType> serviceLaunchType = serviceLaunchTypeFor(services, resource);
    const std::optional<LaunchType> launchType =
        serviceLaunchType ? std::optional(serviceLaunchType->type) : options_.launchType;
    tasks.push_back(buildTaskDefinition(document, shape, launchType, Dialect::CloudFormation, &resolver));
    tasks.back().origin = TaskOrigin{resource.logicalId, resource.constructPath, resource.node};
    if (serviceLaunchType && tasks.back().launchTypes.assumed)
      tasks.back().launchTypes.assumedFrom = serviceLaunchType->service->resource->logicalId;
  }
  report.isTaskDefinition = !tasks.empty();
  report.isTemplate = true;
  for (const TaskDefinition& task : tasks) {
    const std::size_t begin = report.findings.size();
    checkTemplateTask(report, document, outline, task);
    const auto location = std::make_shared<const ResourceLocation>(
        ResourceLocation{"AWS::ECS::TaskDefinition", std::string(task.origin.logicalId),
                         std::string(task.origin.constructPath)});
    const std::span<Finding> added = std::span(report.findings).subspan(begin);
    for (Finding& finding : added) finding.resource = location;
    noteParameterDefaults(document, task, options_.language, added);
  }
  if (!tasks.empty()) checkStack(report, Stack{graph, services, tasks});
}

// The stack rules, once per template, after every task definition's own checks. Each finding is
// about the resource it points into (a service, a role, a task definition).
void Linter::checkStack(FileReport& report, const Stack& stack) const {
  const std::size_t begin = report.findings.size();
  for (const EnabledStackCheck& enabled : stackChecks_) {
    StackContext context(stack, *enabled.rule, report.findings, options_.ruleOptions, options_.computeFixes,
                         options_.language, options_.describeDetails);
    enabled.check(context);
  }
  const std::vector<TemplateResource>& resources = stack.graph.outline().resources();
  const Document& document = stack.graph.document();
  std::vector<std::shared_ptr<const ResourceLocation>> locations(resources.size());
  for (Finding& finding : std::span(report.findings).subspan(begin)) {
    // Resources are in the document's order: the last that starts at or before the finding holds it.
    const auto after = std::upper_bound(resources.begin(), resources.end(), finding.range.begin,
                                        [&](std::uint32_t offset, const TemplateResource& resource) {
                                          return offset < document.node(resource.node).span.begin;
                                        });
    if (after == resources.begin()) continue;
    const std::size_t index = static_cast<std::size_t>(after - resources.begin()) - 1;
    if (finding.range.begin >= document.node(resources[index].node).span.end) continue;
    if (!locations[index]) {
      locations[index] = std::make_shared<const ResourceLocation>(
          ResourceLocation{std::string(resources[index].type), std::string(resources[index].logicalId),
                           std::string(resources[index].constructPath)});
    }
    finding.resource = locations[index];
  }
}

// A template task definition whose Fn::If functions name conditions is checked once per outcome
// of them (condition_branches.h), and only what every outcome finds is reported: a finding in a
// branch counts as the same when the other outcome finds the same rule at the same Fn::If. Beyond
// kMaxConditions conditions (2^n checks) it is checked once, its differing branches unknown.
void Linter::checkTemplateTask(FileReport& report, const Document& document, const TemplateOutline& outline,
                               const TaskDefinition& task) const {
  constexpr std::size_t kMaxConditions = 4;
  const ConditionalValues conditional = findConditionalValues(document, task.node);
  if (conditional.conditions.empty() || conditional.conditions.size() > kMaxConditions) {
    return checkTask(report, document, task, Dialect::CloudFormation);
  }
  // The outermost Fn::If around a finding (pre-order: the first that holds it), or kNoNode.
  const auto enclosingIf = [&](const Finding& finding) {
    for (const NodeId node : conditional.ifNodes) {
      const ByteRange span = document.node(node).span;
      if (span.begin <= finding.range.begin && finding.range.end <= span.end) return node;
    }
    return kNoNode;
  };
  // Where a finding is, for matching across outcomes: its range, or its Fn::If's.
  const auto place = [&](const Finding& finding) {
    const NodeId node = enclosingIf(finding);
    const ByteRange range = node == kNoNode ? finding.range : document.node(node).span;
    return std::tuple(std::string_view(finding.rule->id), range.begin, range.end);
  };
  const InputShapeInfo shape{InputShape::TaskDefinition, task.node, kNoNode};
  // The launch type the task was built with (from --launch-type or the service that runs it).
  std::optional<LaunchType> launchType = options_.launchType;
  for (const LaunchType type :
       {LaunchType::Ec2, LaunchType::Fargate, LaunchType::External, LaunchType::ManagedInstances}) {
    if (task.launchTypes.assumed && task.launchTypes.includes(type)) launchType = type;
  }
  const std::size_t outcomes = std::size_t{1} << conditional.conditions.size();
  std::vector<Finding> kept;
  for (std::size_t mask = 0; mask < outcomes; ++mask) {
    std::vector<std::pair<std::string_view, bool>> choices;
    for (std::size_t i = 0; i < conditional.conditions.size(); ++i) {
      choices.emplace_back(conditional.conditions[i], ((mask >> i) & 1U) != 0);
    }
    const TemplateResolver resolver(document, outline, ConditionChoices(std::move(choices)));
    TaskDefinition variant =
        buildTaskDefinition(document, shape, launchType, Dialect::CloudFormation, &resolver);
    variant.origin = task.origin;
    if (variant.launchTypes.assumed) variant.launchTypes.assumedFrom = task.launchTypes.assumedFrom;
    FileReport found;
    checkTask(found, document, variant, Dialect::CloudFormation);
    noteParameterDefaults(document, variant, options_.language, found.findings);
    std::vector<std::tuple<std::string_view, std::uint32_t, std::uint32_t>> here;
    for (const Finding& finding : found.findings) here.push_back(place(finding));
    std::sort(here.begin(), here.end());
    if (mask == 0) {
      kept = std::move(found.findings);
      continue;
    }
    std::erase_if(kept, [&](const Finding& finding) {
      return !std::binary_search(here.begin(), here.end(), place(finding));
    });
  }
  for (Finding& finding : kept) {
    // Found whichever way the condition goes: the Fn::If itself is the place, and a fix inside one
    // branch would leave the other as it was.
    if (const NodeId node = enclosingIf(finding); node != kNoNode) {
      finding.range = document.node(node).span;
      finding.pointer = document.pointer(node);
      finding.fix.reset();
    }
    if (report.findings.size() >= kMaxFindingsPerFile) break;
    report.findings.push_back(std::move(finding));
  }
}

void Linter::checkTask(FileReport& report, const Document& document, const TaskDefinition& task,
                       Dialect dialect) const {
  // The deploy action deletes every empty value before it registers the file (engine/registered_with.h).
  const bool emptyValuesDropped = options_.ruleOptions.registeredWith == RegisteredWith::DeployAction;
  const Language* detailLanguage = options_.describeDetails ? &options_.language : nullptr;
  if (schemaEnabled_) {
    const InputShapeInfo shape{task.shape, task.node, task.describeWrapper};
    std::vector<SchemaFinding> findings =
        dialect == Dialect::EcsApi
            ? checkApiInput(document, shape, options_.language)
            : checkSchema(document, task.node, SchemaScope::Kind::TaskDefinition, dialect, options_.language);
    for (SchemaFinding& finding : findings) {
      if (emptyValuesDropped && finding.rule == "ECS010") continue;
      const std::string pointer = finding.target.node == kNoNode ? "" : document.pointer(finding.target.node);
      const std::size_t before = report.findings.size();
      if (!add(report, finding.rule, resolveTarget(document, finding.target), pointer,
               std::move(finding.message))) {
        break;
      }
      if (report.findings.size() == before) continue;
      report.findings.back().messageData = std::move(finding.messageData);
      if (!finding.replacement.empty())
        report.findings.back().fix = schemaFix(document, dialect, detailLanguage, finding);
      if (!finding.nullMembers.empty()) {
        addNullMembers(document, dialect, detailLanguage, finding.nullMembers, options_.computeFixes,
                       report.findings.back());
      }
    }
  }

  const std::size_t schemaEnd = report.findings.size();
  for (const EnabledCheck& enabled : checks_) {
    RuleContext context(document, task, *enabled.rule, report.findings, options_.ruleOptions,
                        options_.computeFixes, dialect, options_.language, options_.describeDetails);
    enabled.check(context);
  }
  // Checks write API names; a template writes its own (the schema stage spells them so itself).
  if (dialect != Dialect::EcsApi) {
    const std::vector<std::string_view>& apiNames = TaskDefinitionSchema::instance().memberNames();
    for (Finding& finding : std::span(report.findings).subspan(schemaEnd)) {
      finding.message = respellMemberNames(finding.message, dialect, apiNames);
      for (MessageArg& argument : finding.messageData.arguments) {
        argument.value = respellMemberNames(argument.value, dialect, apiNames);
      }
      for (RelatedLocation& related : finding.related) {
        related.message = respellMemberNames(related.message, dialect, apiNames);
      }
    }
  }
  dropSchemaFindingsExplainedByChecks(report.findings, schemaEnd);
}

}  // namespace ecslint
