#include "message/message_catalogue.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include <fmt/args.h>
#include <fmt/format.h>

namespace ecslint {

extern const std::span<const EmbeddedFile> kEmbeddedEnglishMessages;
extern const std::span<const EmbeddedFile> kEmbeddedJapaneseMessages;

namespace {

std::atomic<bool> strictMessages{false};

bool isIdCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '_';
}

bool isArgumentCharacter(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// The placeholders of a text, in order of first appearance; an error for a brace that is neither
// `{{`, `}}` nor `{name}`.
Result<std::vector<std::string_view>, std::string> placeholdersOf(std::string_view text) {
  std::vector<std::string_view> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        ++i;
        continue;
      }
      return makeError(std::string("a lone '}' (write '}}' for a literal brace)"));
    }
    if (text[i] != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    const std::size_t close = text.find('}', i);
    if (close == std::string_view::npos) return makeError(std::string("a '{' without its '}'"));
    const std::string_view name = text.substr(i + 1, close - i - 1);
    if (name.empty() || name.front() < 'a' || name.front() > 'z' ||
        !std::all_of(name.begin(), name.end(), isArgumentCharacter))
      return makeError("a placeholder '{" + std::string(name) + "}' that is not a lower_case name");
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    i = close;
  }
  return names;
}

struct ParsedLine {
  std::string_view id;
  std::string_view text;
};

using Texts = std::unordered_map<std::string_view, std::string_view>;

Result<Texts, std::string> parseLanguageFiles(std::span<const EmbeddedFile> files,
                                              std::string_view directory) {
  Texts texts;
  for (const EmbeddedFile& file : files) {
    std::string_view rest = file.content;
    std::size_t lineNumber = 0;
    while (!rest.empty()) {
      const std::size_t end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      ++lineNumber;
      if (line.ends_with('\r')) line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      const auto fail = [&](const std::string& why) {
        return makeError(std::string(directory) + std::string(file.name) + ":" + std::to_string(lineNumber) +
                         ": " + why);
      };
      const std::size_t colon = line.find(": ");
      if (colon == std::string_view::npos) return fail("expected 'id: text'");
      const std::string_view id = line.substr(0, colon);
      if (id.empty() || !std::all_of(id.begin(), id.end(), isIdCharacter))
        return fail("not an id: '" + std::string(id) + "'");
      const std::string_view text = line.substr(colon + 2);
      if (text.empty() || text.front() == ' ' || text.back() == ' ')
        return fail("empty text, or spaces around it");
      if (auto names = placeholdersOf(text); !names) return fail(names.error());
      if (!texts.emplace(id, text).second) return fail("'" + std::string(id) + "' is defined twice");
    }
  }
  return texts;
}

std::vector<std::string_view> sorted(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

void MessageCatalogue::setStrict(bool strict) { strictMessages = strict; }

Result<MessageCatalogue, std::string> MessageCatalogue::parse(std::span<const EmbeddedFile> english,
                                                              std::span<const EmbeddedFile> japanese) {
  auto englishTexts = parseLanguageFiles(english, "rules/messages/");
  if (!englishTexts) return makeError(englishTexts.error());
  auto japaneseTexts = parseLanguageFiles(japanese, "rules/ja/messages/");
  if (!japaneseTexts) return makeError(japaneseTexts.error());
  MessageCatalogue catalogue;
  for (const auto& [id, text] : *englishTexts) {
    const auto japaneseText = japaneseTexts->find(id);
    if (japaneseText == japaneseTexts->end())
      return makeError("'" + std::string(id) + "' has no Japanese text in rules/ja/messages/");
    std::vector<std::string_view> names = *placeholdersOf(text);
    if (sorted(names) != sorted(*placeholdersOf(japaneseText->second)))
      return makeError("'" + std::string(id) +
                       "': the Japanese text does not use exactly the English text's arguments");
    catalogue.entries_.emplace(id, Entry{{text, japaneseText->second}, std::move(names)});
  }
  for (const auto& [id, text] : *japaneseTexts) {
    if (!englishTexts->contains(id))
      return makeError("'" + std::string(id) + "' has no English text in rules/messages/");
  }
  return catalogue;
}

const MessageCatalogue& MessageCatalogue::builtIn() {
  static const MessageCatalogue catalogue = [] {
    auto parsed = parse(kEmbeddedEnglishMessages, kEmbeddedJapaneseMessages);
    if (!parsed) std::abort();
    return std::move(*parsed);
  }();
  return catalogue;
}

std::string_view MessageCatalogue::text(Language language, std::string_view id) const {
  const auto entry = entries_.find(id);
  return entry == entries_.end() ? std::string_view{}
                                 : entry->second.text[static_cast<std::size_t>(language)];
}

std::span<const std::string_view> MessageCatalogue::argumentNames(std::string_view id) const {
  const auto entry = entries_.find(id);
  if (entry == entries_.end()) return {};
  return entry->second.arguments;
}

std::vector<std::string_view> MessageCatalogue::ids() const {
  std::vector<std::string_view> ids;
  ids.reserve(entries_.size());
  for (const auto& [id, entry] : entries_) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string MessageCatalogue::render(Language language, std::string_view id,
                                     const MessageArgs& arguments) const {
  const auto entry = entries_.find(id);
  if (entry == entries_.end()) {
    if (strictMessages) throw std::logic_error("no message '" + std::string(id) + "' in the catalogue");
    return std::string(id);
  }
  const std::vector<std::string_view>& names = entry->second.arguments;
  const bool exact =
      arguments.size() == names.size() &&
      std::all_of(arguments.begin(), arguments.end(), [&](const MessageArg& argument) {
        return std::find(names.begin(), names.end(), std::string_view(argument.name)) != names.end();
      });
  if (!exact && strictMessages)
    throw std::logic_error("message '" + std::string(id) + "' rendered with arguments other than its own");
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& argument : arguments) store.push_back(fmt::arg(argument.name, argument.value));
  // A placeholder without its argument would make fmt throw: name it as written instead.
  for (const std::string_view name : names) {
    const bool given = std::any_of(arguments.begin(), arguments.end(),
                                   [&](const MessageArg& argument) { return name == argument.name; });
    if (!given) store.push_back(fmt::arg(std::string(name).c_str(), "{" + std::string(name) + "}"));
  }
  const std::string_view text = entry->second.text[static_cast<std::size_t>(language)];
  return fmt::vformat(fmt::string_view(text.data(), text.size()), store);
}

std::string MessageCatalogue::positionalText(Language language, std::string_view id) const {
  const std::string_view text = this->text(language, id);
  const std::span<const std::string_view> names = argumentNames(id);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{' || (i + 1 < text.size() && text[i + 1] == '{')) {
      out += text[i];
      if (text[i] == '{' || (text[i] == '}' && i + 1 < text.size() && text[i + 1] == '}')) out += text[++i];
      continue;
    }
    const std::size_t close = text.find('}', i);
    const std::string_view name = text.substr(i + 1, close - i - 1);
    out += '{' + std::to_string(std::find(names.begin(), names.end(), name) - names.begin()) + '}';
    i = close;
  }
  return out;
}

std::string renderMessage(Language language, std::string_view id, const MessageArgs& arguments) {
  return MessageCatalogue::builtIn().render(language, id, arguments);
}

std::string renderCount(Language language, std::string_view id, std::size_t count, MessageArgs arguments) {
  arguments.push_back(MessageArg{"count", std::to_string(count)});
  return renderMessage(language, std::string(id) + (count == 1 ? ".one" : ".other"), arguments);
}

}  // namespace ecslint
