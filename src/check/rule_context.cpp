#include "check/rule_context.h"

#include "check/finding_limits.h"
#include "message/message_catalogue.h"

namespace ecslint {

Target missingIn(const Container& container) {
  return container.name.known() ? valueOf(container.name.node) : Target{container.node, Anchor::OpeningBrace};
}

Target missingIn(const TaskDefinition& task) {
  return task.family.known() ? valueOf(task.family.node) : Target{task.node, Anchor::OpeningBrace};
}

ByteRange resolveTarget(const Document& document, Target target) {
  // A field that is unknown because the input shape cannot hold it has no node; point at the
  // document's first byte rather than nowhere.
  if (target.node == kNoNode) target = Target{Document::rootId(), Anchor::OpeningBrace};
  const DocumentNode& node = document.node(target.node);
  switch (target.anchor) {
    case Anchor::Key:
      if (node.keySpan.end != 0) return node.keySpan;
      return node.span;
    case Anchor::OpeningBrace:
      // A YAML block mapping has no brace: its member name when it has one, else its first byte.
      if (document.source().bytes()[node.span.begin] != '{' && node.keySpan.end != 0) return node.keySpan;
      return ByteRange{node.span.begin, node.span.begin + 1};
    case Anchor::Value:
      break;
  }
  return node.span;
}

void FindingReporter::report(Target target, Severity severity, std::string_view messageId,
                             MessageArgs arguments) {
  lastDropped_ = sink_.size() >= kMaxFindingsPerFile;
  if (lastDropped_) return;
  messageId = worded(messageId);
  Finding finding;
  finding.rule = &rule_;
  finding.severity = severity;
  finding.message = renderMessage(language_, messageId, arguments);
  clipMessage(finding.message);
  finding.range = resolveTarget(document_, target);
  finding.pointer = target.node == kNoNode ? std::string() : document_.pointer(target.node);
  finding.messageData = MessageData{messageId, std::move(arguments)};
  sink_.push_back(std::move(finding));
}

void FindingReporter::relate(Target target, std::string_view messageId, MessageArgs arguments) {
  if (sink_.empty() || lastDropped_) return;
  std::string message =
      describeDetails_ ? renderMessage(language_, worded(messageId), arguments) : std::string();
  clipMessage(message);
  sink_.back().related.push_back(RelatedLocation{
      resolveTarget(document_, target),
      target.node == kNoNode ? std::string() : document_.pointer(target.node), std::move(message)});
}

void FindingReporter::offerFix(std::string_view titleId, MessageArgs arguments,
                               const std::function<void(Editor&)>& build) {
  if (sink_.empty() || lastDropped_ || !computeFixes_) return;
  const std::unique_ptr<Editor> editor = editorFor(document_, dialect_);
  build(*editor);
  sink_.back().fix = std::move(*editor).finish(describeDetails_ ? renderMessage(language_, titleId, arguments)
                                                                : std::string());
}

std::string FindingReporter::phrase(std::string_view messageId, const MessageArgs& arguments) const {
  return renderMessage(language_, worded(messageId), arguments);
}

std::string_view FindingReporter::worded(std::string_view messageId) const {
  if (!terraformWording_) return messageId;
  const std::string_view variant =
      MessageCatalogue::builtIn().storedId(std::string(messageId) + ".terraform");
  return variant.empty() ? messageId : variant;
}

std::string_view FindingReporter::sourceText(NodeId node) const {
  if (node == kNoNode) return {};
  const ByteRange span = document_.node(node).span;
  return document_.source().bytes().substr(span.begin, span.end - span.begin);
}

}  // namespace ecslint
