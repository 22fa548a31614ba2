#pragma once
// What a rule check sees: the task definition model, and a way to report findings at NodeIds.
// Checks never read raw JSON and never format output.

#include <functional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/rule_options.h"
#include "document/document.h"
#include "fix/editor.h"
#include "message/language.h"
#include "message/message.h"
#include "model/key_spelling.h"
#include "model/task_definition.h"

namespace ecslint {

// Where in a node a finding points.
enum class Anchor : std::uint8_t {
  Value,         // the value's text
  Key,           // the member name (for "this member should not be here")
  OpeningBrace,  // the '{' of an object that lacks something and has no name to point at
};

struct Target {
  NodeId node = kNoNode;
  Anchor anchor = Anchor::Value;
};

inline Target valueOf(NodeId node) { return Target{node, Anchor::Value}; }
inline Target keyOf(NodeId node) { return Target{node, Anchor::Key}; }
// For findings about something missing: the name value when the object has one, else its '{'.
Target missingIn(const Container& container);
Target missingIn(const TaskDefinition& task);

// How a check reports: findings at NodeIds of the document, their related locations and fixes, in
// the run's language. Task checks (RuleContext) and stack checks (StackContext) both report so.
class FindingReporter {
 public:
  // `computeFixes` false: offerFix() does nothing (no output asked for fixes).
  FindingReporter(const Document& document, const RuleInfo& rule, std::vector<Finding>& sink,
                  const RuleOptions& options = noRuleOptions(), bool computeFixes = true,
                  Dialect dialect = Dialect::EcsApi, Language language = Language::English,
                  bool describeDetails = true)
      : document_(document),
        dialect_(dialect),
        language_(language),
        describeDetails_(describeDetails),
        rule_(rule),
        sink_(sink),
        options_(options),
        computeFixes_(computeFixes) {}

  // The configuration's rule options (empty unless .ecslint.json sets `rule_options`).
  const RuleOptions& options() const { return options_; }

  // Messages are data: a check names a message of the catalogue (rules/messages/*.txt), "ECS101.awsvpc",
  // and its arguments; the text is rendered in the run's language. The id is a string literal: the
  // finding keeps a view of it (MessageData), so it must outlive the run.
  //
  // Reports at the rule's default severity.
  void report(Target target, std::string_view messageId, MessageArgs arguments = {}) {
    report(target, rule_.severity, messageId, std::move(arguments));
  }
  // Reports at another severity, for rules whose severity depends on the case (RULES.md).
  void report(Target target, Severity severity, std::string_view messageId, MessageArgs arguments = {});
  // Adds a related location to the finding reported last.
  void relate(Target target, std::string_view messageId, MessageArgs arguments = {});
  // Offers a safe fix for the finding reported last: `build` describes it as edits of the
  // document's values (an Editor for the file's syntax), and it is attached unless the editor
  // declined, the finding was dropped (over kMaxFindingsPerFile), or fixes are not being computed.
  // The fix's title is the message `titleId`.
  void offerFix(std::string_view titleId, MessageArgs arguments, const std::function<void(Editor&)>& build);

  // A phrase of the catalogue rendered in the run's language, to pass as another message's argument
  // ("container 'web'", 「コンテナ 'web'」).
  std::string phrase(std::string_view messageId, const MessageArgs& arguments = {}) const;
  Language language() const { return language_; }

  // Messages, related messages and phrases are taken from their `<id>.terraform` variant where the
  // catalogue has one: the stack as a Terraform plan, where advice is in the provider's resources
  // and blocks rather than a template's ("add an aws_cloudwatch_log_group", not an
  // AWS::Logs::LogGroup). The variant takes the same arguments.
  void preferTerraformWording() { terraformWording_ = true; }

  // Text of a node as written in the file (for messages quoting a value).
  std::string_view sourceText(NodeId node) const;
  // The member name of a node (for messages about a member that should not be there).
  std::string_view keyName(NodeId node) const { return document_.keyName(node); }

 protected:
  const Document& document_;

 private:
  Dialect dialect_;
  Language language_;
  bool describeDetails_;  // false: fix titles and related messages are left empty (LintOptions)
  const RuleInfo& rule_;
  std::vector<Finding>& sink_;
  const RuleOptions& options_;
  bool computeFixes_;
  bool lastDropped_ =
      false;  // the last report() was over kMaxFindingsPerFile: relate() and offerFix() drop too
  bool terraformWording_ = false;
  // `messageId`, or its Terraform variant when one is preferred and the catalogue has it.
  std::string_view worded(std::string_view messageId) const;
};

// What a task check sees: one task definition's model.
class RuleContext : public FindingReporter {
 public:
  RuleContext(const Document& document, const TaskDefinition& taskDefinition, const RuleInfo& rule,
              std::vector<Finding>& sink, const RuleOptions& options = noRuleOptions(),
              bool computeFixes = true, Dialect dialect = Dialect::EcsApi,
              Language language = Language::English, bool describeDetails = true)
      : FindingReporter(document, rule, sink, options, computeFixes, dialect, language, describeDetails),
        task(taskDefinition) {}

  const TaskDefinition& task;
};

// The byte range a target designates.
ByteRange resolveTarget(const Document& document, Target target);

}  // namespace ecslint
