#include "catalogue/rule_catalogue.h"

#include <algorithm>
#include <cctype>

namespace ecslint {

extern const std::span<const EmbeddedFile> kEmbeddedRuleFiles;
extern const std::span<const EmbeddedFile> kEmbeddedJapaneseRuleFiles;

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// Splits off the first line (without its terminator).
std::string_view takeLine(std::string_view& text) {
  const std::size_t end = text.find('\n');
  std::string_view line = text.substr(0, end);
  text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

Result<RuleInfo, std::string> parseRuleFile(const EmbeddedFile& file) {
  const auto fail = [&](const std::string& why) { return makeError(std::string(file.name) + ": " + why); };
  RuleInfo rule;
  rule.fileName = file.name;
  std::string_view text = file.content;
  if (takeLine(text) != "---") return fail("must start with a '---' front matter line");
  bool closed = false;
  bool sawSeverity = false;
  bool sawDefault = false;
  while (!text.empty()) {
    const std::string_view line = takeLine(text);
    if (line == "---") {
      closed = true;
      break;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return fail("front matter line without ':': " + std::string(line));
    const std::string_view key = trim(line.substr(0, colon));
    const std::string_view value = trim(line.substr(colon + 1));
    if (key == "id") {
      rule.id = value;
    } else if (key == "name") {
      rule.name = value;
    } else if (key == "title") {
      rule.title = value;
    } else if (key == "category") {
      rule.category = value;
    } else if (key == "precision") {
      rule.precision = value;
    } else if (key == "security-severity") {
      rule.securitySeverity = value;
    } else if (key == "severity") {
      const auto severity = parseSeverity(value);
      if (!severity) return fail("severity must be error, warning or note");
      rule.severity = *severity;
      sawSeverity = true;
    } else if (key == "default") {
      if (value != "enabled" && value != "opt-in") return fail("default must be enabled or opt-in");
      rule.enabledByDefault = value == "enabled";
      sawDefault = true;
    } else if (key == "tags") {
      std::string_view rest = value;
      while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view tag = trim(rest.substr(0, comma));
        if (!tag.empty()) rule.tags.push_back(tag);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      }
    } else {
      return fail("unknown front matter key '" + std::string(key) + "'");
    }
  }
  if (!closed) return fail("front matter is not closed by '---'");
  if (rule.id.empty() || rule.name.empty() || rule.title.empty() || rule.category.empty() ||
      rule.precision.empty() || !sawSeverity || !sawDefault) {
    return fail("front matter needs id, name, severity, default, title, category and precision");
  }
  rule.documentation = text;
  return rule;
}

struct TranslatedPage {
  std::string_view id;
  std::string_view title;
  std::string_view documentation;
};

// A translated page's front matter is `id` and `title` only: the rest of the metadata is the
// English page's.
Result<TranslatedPage, std::string> parseTranslatedPage(const EmbeddedFile& file) {
  const auto fail = [&](const std::string& why) {
    return makeError("ja/" + std::string(file.name) + ": " + why);
  };
  TranslatedPage page;
  std::string_view text = file.content;
  if (takeLine(text) != "---") return fail("must start with a '---' front matter line");
  for (;;) {
    if (text.empty()) return fail("front matter is not closed by '---'");
    const std::string_view line = takeLine(text);
    if (line == "---") break;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return fail("front matter line without ':': " + std::string(line));
    const std::string_view key = trim(line.substr(0, colon));
    if (key == "id") {
      page.id = trim(line.substr(colon + 1));
    } else if (key == "title") {
      page.title = trim(line.substr(colon + 1));
    } else {
      return fail("a translated page's front matter has only id and title, not '" + std::string(key) + "'");
    }
  }
  if (page.id.empty() || page.title.empty()) return fail("front matter needs id and title");
  if (file.name != std::string(page.id) + ".md") return fail("the file name must be the id");
  page.documentation = text;
  return page;
}

// Collects the text under a heading line (exactly `heading`) up to the next heading of the same
// or a higher level.
std::string section(std::string_view markdown, std::string_view heading) {
  const int level = static_cast<int>(heading.find(' '));
  std::string result;
  bool inside = false;
  bool inFence = false;
  std::string_view rest = markdown;
  while (!rest.empty()) {
    const std::string_view line = takeLine(rest);
    if (line.starts_with("```")) inFence = !inFence;
    if (!inFence && line.starts_with("#")) {
      const int lineLevel = static_cast<int>(line.find_first_not_of('#'));
      if (inside && lineLevel <= level) break;
      if (line == heading) {
        inside = true;
        continue;
      }
    }
    if (inside) {
      result += line;
      result += '\n';
    }
  }
  return std::string(trim(result));
}

// The body of the first ```json or ```yaml fence in `text`, and which it is.
std::string firstExampleFence(std::string_view text, std::string* syntax = nullptr) {
  std::string result;
  bool inside = false;
  while (!text.empty()) {
    const std::string_view line = takeLine(text);
    if (!inside && (line.starts_with("```json") || line.starts_with("```yaml"))) {
      inside = true;
      if (syntax != nullptr) *syntax = std::string(line.substr(3, 4));
    } else if (inside && line.starts_with("```")) {
      return result;
    } else if (inside) {
      result += line;
      result += '\n';
    }
  }
  return {};
}

// The heading of a section in either language: English pages, and Japanese ones as ruleMarkdown()
// completes them.
std::string sectionIn(std::string_view markdown, std::string_view english, std::string_view japanese) {
  std::string text = section(markdown, english);
  return text.empty() ? section(markdown, japanese) : text;
}

}  // namespace

const RuleCatalogue& RuleCatalogue::builtIn() {
  static const RuleCatalogue catalogue = [] {
    auto parsed = parse(kEmbeddedRuleFiles);
    // The embedded catalogue is checked by the test suite; a broken one is a build defect.
    if (!parsed) std::abort();
    return std::move(*parsed);
  }();
  return catalogue;
}

// The Japanese pages are read only by a run that asks for them: reading their front matter at every
// start touched a page of the executable per rule, a tenth of a one-file run.
const RuleCatalogue& RuleCatalogue::builtInWithJapanese() {
  static const RuleCatalogue catalogue = [] {
    auto parsed = parse(kEmbeddedRuleFiles, kEmbeddedJapaneseRuleFiles);
    if (!parsed) std::abort();
    return std::move(*parsed);
  }();
  return catalogue;
}

Result<RuleCatalogue, std::string> RuleCatalogue::parse(std::span<const EmbeddedFile> files,
                                                        std::span<const EmbeddedFile> japanese) {
  RuleCatalogue catalogue;
  for (const EmbeddedFile& file : files) {
    if (!file.name.ends_with(".md") || file.name == "README.md") continue;
    auto rule = parseRuleFile(file);
    if (!rule) return makeError(rule.error());
    catalogue.rules_.push_back(std::move(*rule));
  }
  std::sort(catalogue.rules_.begin(), catalogue.rules_.end(),
            [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  for (std::size_t i = 1; i < catalogue.rules_.size(); ++i) {
    if (catalogue.rules_[i].id == catalogue.rules_[i - 1].id) {
      return makeError("duplicate rule id " + std::string(catalogue.rules_[i].id));
    }
  }
  for (const EmbeddedFile& file : japanese) {
    if (!file.name.ends_with(".md")) continue;
    auto page = parseTranslatedPage(file);
    if (!page) return makeError(page.error());
    const auto rule = std::lower_bound(catalogue.rules_.begin(), catalogue.rules_.end(), page->id,
                                       [](const RuleInfo& r, std::string_view id) { return r.id < id; });
    if (rule == catalogue.rules_.end() || rule->id != page->id)
      return makeError("ja/" + std::string(file.name) + ": no rule " + std::string(page->id));
    if (!rule->japaneseTitle.empty())
      return makeError("ja/" + std::string(file.name) + ": a second page for the rule");
    rule->japaneseTitle = page->title;
    rule->japaneseDocumentation = page->documentation;
  }
  return catalogue;
}

const RuleInfo* RuleCatalogue::find(std::string_view idOrName) const {
  // The linter looks rules up by exact id for every finding: a binary search (rules_ is sorted).
  const auto exact = std::lower_bound(rules_.begin(), rules_.end(), idOrName,
                                      [](const RuleInfo& rule, std::string_view id) { return rule.id < id; });
  if (exact != rules_.end() && exact->id == idOrName) return &*exact;
  for (const RuleInfo& rule : rules_) {
    if (equalsIgnoreCase(rule.id, idOrName) || rule.name == idOrName) return &rule;
  }
  return nullptr;
}

Result<RuleDocumentation, std::string> parseRuleDocumentation(std::string_view markdown) {
  RuleDocumentation doc;
  std::string_view rest = markdown;
  // The summary's soft line breaks become spaces; blank lines stay paragraph breaks.
  std::string summary;
  while (!rest.empty()) {
    const std::string_view line = trim(takeLine(rest));
    if (line.starts_with("#")) break;
    if (line.empty()) {
      if (!summary.empty() && !summary.ends_with("\n\n")) summary += "\n\n";
    } else {
      if (!summary.empty() && !summary.ends_with('\n')) summary += ' ';
      summary += line;
    }
  }
  doc.summary = std::string(trim(summary));
  doc.why = sectionIn(markdown, "## Why", "## 理由");
  doc.howToFix = sectionIn(markdown, "## How to fix", "## 修正方法");
  const std::string examples = sectionIn(markdown, "## Example", "## 例");
  doc.badExample = firstExampleFence(sectionIn(examples, "### Bad", "### 問題のある例"), &doc.exampleSyntax);
  doc.goodExample = firstExampleFence(sectionIn(examples, "### Good", "### 修正後の例"));
  std::string_view references = "";
  const std::string referenceText = sectionIn(markdown, "## References", "## 参考資料");
  references = referenceText;
  while (!references.empty()) {
    const std::string_view line = trim(takeLine(references));
    // "- [Title](https://...)"
    const std::size_t open = line.find('[');
    const std::size_t close = line.find("](");
    if (!line.starts_with("- ") || open == std::string_view::npos || close == std::string_view::npos ||
        !line.ends_with(')')) {
      continue;
    }
    doc.references.emplace_back(std::string(line.substr(open + 1, close - open - 1)),
                                std::string(line.substr(close + 2, line.size() - close - 3)));
  }
  if (doc.summary.empty()) return makeError(std::string("the documentation needs a summary paragraph"));
  if (doc.why.empty()) return makeError(std::string("missing '## Why' section"));
  if (doc.howToFix.empty()) return makeError(std::string("missing '## How to fix' section"));
  if (doc.badExample.empty() || doc.goodExample.empty()) {
    return makeError(
        std::string("'## Example' needs a ```json or ```yaml block under '### Bad' and '### Good'"));
  }
  if (doc.references.empty()) return makeError(std::string("'## References' needs at least one link"));
  return doc;
}

namespace {

// The rule as the catalogue with Japanese pages has it (`rule` itself when it has them).
const RuleInfo& withJapanese(const RuleInfo& rule) {
  if (!rule.japaneseTitle.empty()) return rule;
  const RuleInfo* translated = RuleCatalogue::builtInWithJapanese().find(rule.id);
  return translated != nullptr ? *translated : rule;
}

}  // namespace

std::string_view ruleTitle(const RuleInfo& rule, Language language) {
  if (language != Language::Japanese) return rule.title;
  const RuleInfo& translated = withJapanese(rule);
  return translated.japaneseTitle.empty() ? rule.title : translated.japaneseTitle;
}

std::string ruleMarkdown(const RuleInfo& rule, Language language) {
  const std::string_view japanese =
      language == Language::Japanese ? withJapanese(rule).japaneseDocumentation : std::string_view();
  const bool translated = !japanese.empty();
  std::string_view page = translated ? japanese : rule.documentation;
  while (page.starts_with('\n') || page.starts_with("\r\n")) page.remove_prefix(page[0] == '\r' ? 2 : 1);
  if (!translated) return std::string(page);
  // Code is the same in every language: the examples are the English page's.
  const auto english = parseRuleDocumentation(rule.documentation);
  if (!english) return std::string(page);
  const std::string fence = "```" + english->exampleSyntax + "\n";
  const std::string examples = "## 例\n### 問題のある例\n" + fence + english->badExample +
                               "```\n### 修正後の例\n" + fence + english->goodExample + "```\n\n";
  std::string markdown(page);
  const std::size_t references = markdown.find("\n## 参考資料");
  if (references == std::string::npos) return markdown + "\n" + examples;
  markdown.insert(references + 1, examples);
  return markdown;
}

}  // namespace ecslint
