#include "config/config.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "engine/rule_selection.h"
#include "json/json_loader.h"
#include "message/message_catalogue.h"
#include "model/model_builder.h"
#include "support/glob.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

constexpr std::array<std::string_view, 8> kKeys = {"select",           "ignore",      "severity",
                                                   "per_file_ignores", "launch_type", "rule_options",
                                                   "registered_with",  "lang"};

// The rules that take options, and their option names. Names and ids are fixed by RULES.md, so
// this table does not need the rules to be in the catalogue.
struct RuleOptionKey {
  std::string_view id;
  std::string_view name;
  std::string_view option;
  std::vector<std::string> RuleOptions::*field;
};
const std::array<RuleOptionKey, 2> kRuleOptionKeys = {{
    {"ECS702", "secret-in-environment", "secret_name_patterns", &RuleOptions::secretNamePatterns},
    {"ECS707", "mutable-image-tag", "trusted_registries", &RuleOptions::trustedRegistries},
}};

// A mistake in the configuration, at a place in it.
struct Problem {
  ByteRange range;
  std::string message;
};

// `suggestedId` with the argument "suggestion" for a close spelling or an abbreviation ("warn" for
// "warning"), else `expectedId` with the list of valid values as "choices".
std::string unknownValue(Language language, std::string_view suggestedId, std::string_view expectedId,
                         MessageArgs arguments, std::string_view word,
                         std::span<const std::string_view> candidates) {
  std::optional<std::string_view> closest = closestSpelling(word, candidates);
  if (!closest && word.size() >= 3) {
    for (std::string_view candidate : candidates) {
      if (lowercase(candidate).starts_with(lowercase(word))) closest = candidate;
    }
  }
  if (closest) {
    arguments.push_back({"suggestion", std::string(*closest)});
    return renderMessage(language, suggestedId, arguments);
  }
  std::string list;
  for (std::string_view candidate : candidates) list += (list.empty() ? "" : ", ") + std::string(candidate);
  arguments.push_back({"choices", list});
  return renderMessage(language, expectedId, arguments);
}

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

class ConfigReader {
 public:
  ConfigReader(const RuleCatalogue& catalogue, const Document& document, Config& config, Language language)
      : catalogue_(catalogue), document_(document), config_(config), language_(language) {}

  void read() {
    if (!document_.duplicateMembers().empty()) {
      const NodeId repeated = document_.duplicateMembers().front().repeated;
      fail(keyOf(repeated), say("config.duplicate-key", {{"key", std::string(document_.keyName(repeated))}}));
    }
    const NodeId root = Document::rootId();
    if (document_.kind(root) != NodeKind::Mapping) fail(root, say("config.not-object"));
    for (NodeId member = document_.firstChild(root); member != kNoNode;
         member = document_.nextSibling(member)) {
      const std::string_view key = document_.keyName(member);
      if (key == "select") {
        config_.select = selectors(member, "select");
        if (config_.select->empty()) {
          fail(member, say("config.select-empty"));
        }
      } else if (key == "ignore") {
        config_.ignore = selectors(member, "ignore");
      } else if (key == "severity") {
        readSeverities(member);
      } else if (key == "per_file_ignores") {
        readPerFileIgnores(member);
      } else if (key == "launch_type") {
        readLaunchType(member);
      } else if (key == "rule_options") {
        readRuleOptions(member);
      } else if (key == "registered_with") {
        readRegisteredWith(member);
      } else if (key == "lang") {
        readLanguage(member);
      } else {
        fail(keyOf(member), unknown(say("config.what.key"), key, kKeys));
      }
    }
  }

 private:
  std::string say(std::string_view id, const MessageArgs& arguments = {}) const {
    return renderMessage(language_, id, arguments);
  }
  // "unknown WHAT 'VALUE'", with the closest choice or the list of them.
  std::string unknown(std::string what, std::string_view value,
                      std::span<const std::string_view> choices) const {
    return unknownValue(language_, "config.unknown-value.suggested", "config.unknown-value.expected",
                        {{"what", std::move(what)}, {"value", std::string(value)}}, value, choices);
  }

  [[noreturn]] void fail(ByteRange range, std::string message) { throw Problem{range, std::move(message)}; }
  [[noreturn]] void fail(NodeId node, std::string message) {
    fail(document_.node(node).span, std::move(message));
  }
  ByteRange keyOf(NodeId node) const { return document_.node(node).keySpan; }

  // The string at `node`, or a failure with the message `id` (config.string.*) about `field`.
  std::string_view string(NodeId node, std::string_view id, std::string_view field = {}) {
    if (document_.kind(node) != NodeKind::String) {
      fail(node, field.empty() ? say(id) : say(id, {{"field", std::string(field)}}));
    }
    return document_.text(node);
  }

  void requireObject(NodeId node, std::string_view what, std::string_view example) {
    if (document_.kind(node) != NodeKind::Mapping) {
      fail(node, say("config.object", {{"field", std::string(what)}, {"example", std::string(example)}}));
    }
  }

  // The rules a selector names, or a failure at `node` with the closest valid selector.
  std::vector<const RuleInfo*> rules(NodeId node, std::string_view selector, std::string_view where) {
    auto matched = matchRules(catalogue_, selector, language_);
    if (!matched)
      fail(node, say("config.in-field", {{"field", std::string(where)}, {"error", matched.error()}}));
    return std::move(*matched);
  }

  std::vector<std::string> selectors(NodeId node, std::string_view where) {
    if (document_.kind(node) != NodeKind::Sequence) {
      fail(node, say("config.selectors-array", {{"field", std::string(where)}}));
    }
    std::vector<std::string> result;
    for (NodeId item = document_.firstChild(node); item != kNoNode; item = document_.nextSibling(item)) {
      const std::string_view selector = string(item, "config.string.selector", where);
      rules(item, selector, where);
      result.emplace_back(selector);
    }
    return result;
  }

  void readSeverities(NodeId node) {
    requireObject(node, "severity", "{\"ECS301\": \"error\"}");
    static constexpr std::array<std::string_view, 3> kSeverities = {"error", "warning", "note"};
    std::vector<std::pair<const RuleInfo*, Severity>> prefixes, exact;
    for (NodeId member = document_.firstChild(node); member != kNoNode;
         member = document_.nextSibling(member)) {
      const std::string_view selector = document_.keyName(member);
      std::vector<const RuleInfo*> named = rulesAtKey(member, selector, "severity");
      const std::string_view text = string(member, "config.string.severity");
      const std::optional<Severity> severity = parseSeverity(text);
      if (!severity) fail(member, unknown(say("config.what.severity"), text, kSeverities));
      auto& list = catalogue_.find(selector) != nullptr ? exact : prefixes;
      for (const RuleInfo* rule : named) list.emplace_back(rule, *severity);
    }
    // Applied in order, so the exact ids and names, last, win over prefixes.
    config_.severities = std::move(prefixes);
    config_.severities.insert(config_.severities.end(), exact.begin(), exact.end());
  }

  std::vector<const RuleInfo*> rulesAtKey(NodeId member, std::string_view selector, std::string_view where) {
    auto matched = matchRules(catalogue_, selector, language_);
    if (!matched) {
      fail(keyOf(member),
           say("config.in-field", {{"field", std::string(where)}, {"error", matched.error()}}));
    }
    return std::move(*matched);
  }

  void readPerFileIgnores(NodeId node) {
    requireObject(node, "per_file_ignores", "{\"legacy/*.json\": [\"ECS301\"]}");
    for (NodeId member = document_.firstChild(node); member != kNoNode;
         member = document_.nextSibling(member)) {
      PerFileIgnore entry;
      entry.key = std::string(document_.keyName(member));
      const std::size_t hash = entry.key.find('#');
      entry.glob = entry.key.substr(0, hash);
      // "./web.json" is the file next to the configuration, "web.json" any file of that name.
      entry.anchored = entry.glob.find('/') != std::string::npos;
      while (entry.glob.starts_with("./")) entry.glob.erase(0, 2);
      if (hash != std::string::npos) entry.pointer = entry.key.substr(hash + 1);
      if (entry.glob.empty()) fail(keyOf(member), say("config.glob-missing"));
      if (!entry.pointer.empty() && entry.pointer.front() != '/') {
        fail(keyOf(member), say("config.pointer-slash"));
      }
      if (document_.kind(member) != NodeKind::Sequence || document_.firstChild(member) == kNoNode) {
        fail(member, say("config.ignores-array"));
      }
      for (NodeId item = document_.firstChild(member); item != kNoNode; item = document_.nextSibling(item)) {
        const std::string_view selector = string(item, "config.string.selector", "per_file_ignores");
        entry.rules.push_back(ConfigIgnoreRule{std::string(selector),
                                               rules(item, selector, "per_file_ignores"),
                                               document_.node(item).span, document_.pointer(item)});
      }
      config_.perFileIgnores.push_back(std::move(entry));
    }
  }

  void readLaunchType(NodeId node) {
    static constexpr std::array<std::string_view, 4> kNames = {"FARGATE", "EC2", "EXTERNAL",
                                                               "MANAGED_INSTANCES"};
    const std::string_view text = string(node, "config.string.field", "launch_type");
    config_.launchType = parseLaunchType(upper(text));
    if (!config_.launchType) fail(node, unknown("launch_type", text, kNames));
  }

  void readLanguage(NodeId node) {
    static constexpr std::array<std::string_view, 2> kNames = {"en", "ja"};
    const std::string_view text = string(node, "config.string.field", "lang");
    config_.language = text == "en" || text == "ja" ? parseLanguage(text) : std::nullopt;
    if (!config_.language) fail(node, unknown("lang", text, kNames));
  }

  void readRegisteredWith(NodeId node) {
    const std::string_view text = string(node, "config.string.field", "registered_with");
    const std::optional<RegisteredWith> tool = parseRegisteredWith(text);
    if (!tool) fail(node, unknown("registered_with", text, kRegisteredWithNames));
    config_.ruleOptions.registeredWith = *tool;
  }

  void readRuleOptions(NodeId node) {
    requireObject(node, "rule_options", "{\"ECS707\": {\"trusted_registries\": [\"ghcr.io/acme\"]}}");
    std::vector<std::string_view> ruleNames;
    for (const RuleOptionKey& key : kRuleOptionKeys) {
      ruleNames.push_back(key.id);
      ruleNames.push_back(key.name);
    }
    for (NodeId member = document_.firstChild(node); member != kNoNode;
         member = document_.nextSibling(member)) {
      const std::string_view rule = document_.keyName(member);
      const auto known =
          std::find_if(kRuleOptionKeys.begin(), kRuleOptionKeys.end(),
                       [&](const RuleOptionKey& key) { return key.id == upper(rule) || key.name == rule; });
      if (known == kRuleOptionKeys.end()) {
        std::string takers;
        for (const RuleOptionKey& key : kRuleOptionKeys) {
          takers += (takers.empty() ? "" : ", ") + std::string(key.id) + " (" + std::string(key.option) + ")";
        }
        const RuleInfo* other = catalogue_.find(rule);
        if (other != nullptr)
          fail(keyOf(member),
               say("config.no-options", {{"rule", std::string(other->id)}, {"rules", takers}}));
        if (const auto closest = closestSpelling(rule, ruleNames)) {
          fail(keyOf(member),
               say("config.not-rule-with-options.suggested",
                   {{"rule", std::string(rule)}, {"suggestion", std::string(*closest)}, {"rules", takers}}));
        }
        fail(keyOf(member),
             say("config.not-rule-with-options", {{"rule", std::string(rule)}, {"rules", takers}}));
      }
      requireObject(member, std::string(known->id), "{\"" + std::string(known->option) + "\": [...]}");
      for (NodeId option = document_.firstChild(member); option != kNoNode;
           option = document_.nextSibling(option)) {
        const std::string_view name = document_.keyName(option);
        if (name != known->option) {
          const std::array<std::string_view, 1> options = {known->option};
          fail(
              keyOf(option),
              unknownValue(language_, "config.unknown-option.suggested", "config.unknown-option.expected",
                           {{"option", std::string(name)}, {"rule", std::string(known->id)}}, name, options));
        }
        config_.ruleOptions.*(known->field) = patterns(option, name);
      }
    }
  }

  std::vector<std::string> patterns(NodeId node, std::string_view option) {
    if (document_.kind(node) != NodeKind::Sequence)
      fail(node, say("config.strings-array", {{"field", std::string(option)}}));
    std::vector<std::string> result;
    for (NodeId item = document_.firstChild(node); item != kNoNode; item = document_.nextSibling(item)) {
      const std::string_view text = string(item, "config.string.entry", option);
      if (text.empty()) fail(item, say("config.empty-entry", {{"field", std::string(option)}}));
      result.emplace_back(text);
    }
    return result;
  }

  const RuleCatalogue& catalogue_;
  const Document& document_;
  Config& config_;
  Language language_;
};

std::string located(const SourceText& source, ByteRange range, std::string_view message) {
  const Position at = source.position(range.begin);
  return source.name() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
         std::string(message);
}

}  // namespace

bool PerFileIgnore::namesOneFile() const { return anchored && !hasGlobCharacters(glob); }

bool PerFileIgnore::matches(const std::filesystem::path& relativePath) const {
  const GlobOptions options{true, false};
  if (!anchored) return globMatch(glob, relativePath.filename().string(), options);
  return globMatch(glob, relativePath.generic_string(), options);
}

Result<Config, std::string> parseConfig(const RuleCatalogue& catalogue, const std::string& path,
                                        std::string bytes, Language language) {
  Config config;
  config.source = std::make_unique<SourceText>(path, std::move(bytes));
  std::error_code ignored;
  config.directory = std::filesystem::absolute(path, ignored).lexically_normal().parent_path();
  auto document = loadJson(*config.source);
  if (!document) {
    return makeError(located(
        *config.source, document.error().range,
        renderMessage(language, "config.not-json", {{"error", messageIn(document.error(), language)}})));
  }
  try {
    ConfigReader(catalogue, *document, config, language).read();
  } catch (const Problem& problem) {
    return makeError(located(*config.source, problem.range, problem.message));
  }
  return config;
}

Result<Config, std::string> loadConfig(const RuleCatalogue& catalogue, const std::string& path,
                                       Language language) {
  const auto failure = [&](const std::string& reason) {
    return makeError(renderMessage(language, "config.cannot-read", {{"path", path}, {"reason", reason}}));
  };
  // Non-blocking, so that opening a FIFO does not wait for a writer; it is refused below anyway.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return failure(std::strerror(errno));
  const auto refuse = [&](const std::string& reason) {
    ::close(fd);
    return failure(reason);
  };
  // Only a regular file: a device or a pipe may never end (--config /dev/zero read until memory
  // ran out), and a configuration is a file in a repository.
  struct stat status {};
  if (::fstat(fd, &status) != 0) return refuse(std::strerror(errno));
  if (S_ISDIR(status.st_mode)) return refuse(std::strerror(EISDIR));
  if (!S_ISREG(status.st_mode)) return refuse(renderMessage(language, "config.not-regular-file"));
  const std::string tooLarge =
      renderMessage(language, "config.too-large", {{"limit", std::to_string(kMaxConfigBytes >> 20)}});
  if (static_cast<std::uint64_t>(status.st_size) > kMaxConfigBytes) return refuse(tooLarge);
  // The size may change while it is read: never more than the limit is kept.
  std::string bytes;
  char buffer[16384];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return refuse(std::strerror(errno));
    if (bytes.size() + static_cast<std::size_t>(n) > kMaxConfigBytes) return refuse(tooLarge);
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return parseConfig(catalogue, path, std::move(bytes), language);
}

}  // namespace ecslint
