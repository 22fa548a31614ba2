#include "message/message_catalogue.h"

#include <algorithm>
#include <atomic>
#include <cstring>
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

// The argument names of a text the tests have checked (placeholdersOf() accepts it).
std::vector<std::string_view> argumentNamesOf(std::string_view text) {
  return placeholdersOf(text).value_or(std::vector<std::string_view>{});
}

// Each line of `files` that is neither blank nor a comment: `visit(file, lineNumber, line)`, which
// returns an error to stop at ("" to go on).
template <class Visit>
std::string forEachEntryLine(std::span<const EmbeddedFile> files, const Visit& visit) {
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
      if (std::string error = visit(file, lineNumber, line); !error.empty()) return error;
    }
  }
  return {};
}

struct Text {
  std::string_view text;
  std::vector<std::string_view> arguments;  // in order of first appearance
};
using Texts = std::unordered_map<std::string_view, Text>;

Result<Texts, std::string> parseLanguageFiles(std::span<const EmbeddedFile> files,
                                              std::string_view directory) {
  Texts texts;
  std::string error = forEachEntryLine(
      files, [&](const EmbeddedFile& file, std::size_t lineNumber, std::string_view line) -> std::string {
        const auto fail = [&](const std::string& why) {
          return std::string(directory) + std::string(file.name) + ":" + std::to_string(lineNumber) + ": " +
                 why;
        };
        const std::size_t colon = line.find(": ");
        if (colon == std::string_view::npos) return fail("expected 'id: text'");
        const std::string_view id = line.substr(0, colon);
        if (id.empty() || !std::all_of(id.begin(), id.end(), isIdCharacter))
          return fail("not an id: '" + std::string(id) + "'");
        const std::string_view text = line.substr(colon + 2);
        if (text.empty() || text.front() == ' ' || text.back() == ' ')
          return fail("empty text, or spaces around it");
        auto names = placeholdersOf(text);
        if (!names) return fail(names.error());
        if (!texts.emplace(id, Text{text, *std::move(names)}).second)
          return fail("'" + std::string(id) + "' is defined twice");
        return {};
      });
  if (!error.empty()) return makeError(std::move(error));
  return texts;
}

// The messages of trusted files, without parseLanguageFiles' checks: `visit(id, text)` per entry.
template <class Visit>
void forEachMessage(std::span<const EmbeddedFile> files, const Visit& visit) {
  forEachEntryLine(files, [&](const EmbeddedFile&, std::size_t, std::string_view line) {
    if (const std::size_t colon = line.find(": "); colon != std::string_view::npos)
      visit(line.substr(0, colon), line.substr(colon + 2));
    return std::string();
  });
}

std::vector<std::string_view> sorted(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  return names;
}

// fmt with the arguments as they are: names are the callers' literals and values are viewed, not
// copied, so rendering allocates only its result (a dynamic_format_arg_store copies every name and
// value, which made rendering a fifth of a run over the corpus). Messages take at most six
// arguments; more would go through the general path below.
fmt::basic_string_view<char> view(const MessageArg& argument) {
  return {argument.value.data(), argument.value.size()};
}

std::string formatNamed(std::string_view text, const MessageArgs& a) {
  const fmt::string_view format(text.data(), text.size());
  // fmt::arg keeps a reference to its value: the views must outlive the call.
  std::array<fmt::string_view, 6> values;
  for (std::size_t i = 0; i < a.size() && i < values.size(); ++i) values[i] = view(a[i]);
  const auto named = [&](std::size_t i) { return fmt::arg(a[i].name, values[i]); };
  switch (a.size()) {
    case 0:
      return fmt::vformat(format, fmt::make_format_args());
    case 1:
      return fmt::vformat(format, fmt::make_format_args(named(0)));
    case 2:
      return fmt::vformat(format, fmt::make_format_args(named(0), named(1)));
    case 3:
      return fmt::vformat(format, fmt::make_format_args(named(0), named(1), named(2)));
    case 4:
      return fmt::vformat(format, fmt::make_format_args(named(0), named(1), named(2), named(3)));
    case 5:
      return fmt::vformat(format, fmt::make_format_args(named(0), named(1), named(2), named(3), named(4)));
    case 6:
      return fmt::vformat(format,
                          fmt::make_format_args(named(0), named(1), named(2), named(3), named(4), named(5)));
    default:
      break;
  }
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& argument : a) store.push_back(fmt::arg(argument.name, view(argument)));
  return fmt::vformat(format, store);
}

}  // namespace

void MessageCatalogue::setStrict(bool strict) { strictMessages = strict; }

namespace {

// An id's first and last eight bytes and its length: enough to tell ids apart ("ECS302.missing.group",
// "ECS302.missing.region"), and a fixed few instructions for a lookup made for every message.
std::uint32_t hashOf(std::string_view id) {
  const auto eightAt = [&](std::size_t at) {
    std::uint64_t bytes = 0;
    std::memcpy(&bytes, id.data() + at, std::min<std::size_t>(8, id.size() - at));
    return bytes;
  };
  std::uint64_t hash = id.size() * 0x9E3779B97F4A7C15ull;
  if (!id.empty()) hash ^= eightAt(0) * 0xC2B2AE3D27D4EB4Full;
  if (id.size() > 8) hash ^= eightAt(id.size() - 8) * 0x165667B19E3779F9ull;
  hash ^= hash >> 29;
  return static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

}  // namespace

void MessageCatalogue::index() {
  std::size_t capacity = 16;
  while (capacity < entries_.size() * 2) capacity *= 2;
  slots_.assign(capacity, 0);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t slot = hashOf(entries_[i].id) & (capacity - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (capacity - 1);
    slots_[slot] = static_cast<std::uint32_t>(i + 1);
  }
}

const MessageCatalogue::Entry* MessageCatalogue::find(std::string_view id) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hashOf(id) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const Entry& entry = entries_[slots_[slot] - 1];
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

Result<MessageCatalogue, std::string> MessageCatalogue::parse(std::span<const EmbeddedFile> english,
                                                              std::span<const EmbeddedFile> japanese) {
  auto englishTexts = parseLanguageFiles(english, "rules/messages/");
  if (!englishTexts) return makeError(englishTexts.error());
  auto japaneseTexts = parseLanguageFiles(japanese, "rules/ja/messages/");
  if (!japaneseTexts) return makeError(japaneseTexts.error());
  MessageCatalogue catalogue;
  catalogue.entries_.reserve(englishTexts->size());
  for (auto& [id, text] : *englishTexts) {
    const auto japaneseText = japaneseTexts->find(id);
    if (japaneseText == japaneseTexts->end())
      return makeError("'" + std::string(id) + "' has no Japanese text in rules/ja/messages/");
    if (sorted(text.arguments) != sorted(japaneseText->second.arguments))
      return makeError("'" + std::string(id) +
                       "': the Japanese text does not use exactly the English text's arguments");
    catalogue.entries_.push_back(Entry{id, {text.text, japaneseText->second.text}});
  }
  for (const auto& [id, text] : *japaneseTexts) {
    if (!englishTexts->contains(id))
      return makeError("'" + std::string(id) + "' has no English text in rules/messages/");
  }
  catalogue.index();
  return catalogue;
}

// The embedded catalogue is read without parse()'s checks: the test suite makes them on these very
// files (a catalogue that fails them does not pass CI), and ecslint reads it at every start, where
// checking cost more than linting a small file. Japanese is read only when a run asks for it.
const MessageCatalogue& MessageCatalogue::builtIn() {
  static const MessageCatalogue catalogue = [] {
    MessageCatalogue trusted;
    trusted.entries_.reserve(1536);
    forEachMessage(kEmbeddedEnglishMessages, [&](std::string_view id, std::string_view text) {
      trusted.entries_.push_back(Entry{id, {text, {}}});
    });
    trusted.index();
    trusted.lazyJapanese_ = true;
    return trusted;
  }();
  return catalogue;
}

std::string_view MessageCatalogue::textOf(const Entry& entry, Language language) const {
  if (language == Language::English) return entry.text[0];
  if (!lazyJapanese_) return entry.text[1];
  // Read once, by the first thread that needs it (a function-local static is thread-safe).
  static const std::vector<std::string_view> japanese = [this] {
    std::vector<std::string_view> texts(entries_.size());
    forEachMessage(kEmbeddedJapaneseMessages, [&](std::string_view id, std::string_view text) {
      if (const Entry* found = find(id)) texts[static_cast<std::size_t>(found - entries_.data())] = text;
    });
    return texts;
  }();
  return japanese[static_cast<std::size_t>(&entry - entries_.data())];
}

std::string_view MessageCatalogue::text(Language language, std::string_view id) const {
  const Entry* entry = find(id);
  return entry == nullptr ? std::string_view{} : textOf(*entry, language);
}

std::vector<std::string_view> MessageCatalogue::argumentNames(std::string_view id) const {
  const Entry* entry = find(id);
  if (entry == nullptr) return {};
  return argumentNamesOf(entry->text[0]);
}

std::vector<std::string_view> MessageCatalogue::ids() const {
  std::vector<std::string_view> ids;
  ids.reserve(entries_.size());
  for (const Entry& entry : entries_) ids.push_back(entry.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string MessageCatalogue::render(Language language, std::string_view id,
                                     const MessageArgs& arguments) const {
  const Entry* entry = find(id);
  if (entry == nullptr) {
    if (strictMessages) throw std::logic_error("no message '" + std::string(id) + "' in the catalogue");
    return std::string(id);
  }
  const std::string_view text = textOf(*entry, language);
  if (strictMessages) {
    const std::vector<std::string_view> names = argumentNamesOf(entry->text[0]);
    const bool exact =
        arguments.size() == names.size() &&
        std::all_of(arguments.begin(), arguments.end(), [&](const MessageArg& argument) {
          return std::find(names.begin(), names.end(), std::string_view(argument.name)) != names.end();
        });
    if (!exact)
      throw std::logic_error("message '" + std::string(id) + "' rendered with arguments other than its own");
  }
  try {
    return formatNamed(text, arguments);
  } catch (const fmt::format_error&) {
    // A placeholder without its argument: name it as written instead.
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const MessageArg& argument : arguments) store.push_back(fmt::arg(argument.name, argument.value));
    for (const std::string_view name : argumentNamesOf(text)) {
      const bool given = std::any_of(arguments.begin(), arguments.end(),
                                     [&](const MessageArg& argument) { return name == argument.name; });
      if (!given) store.push_back(fmt::arg(std::string(name).c_str(), "{" + std::string(name) + "}"));
    }
    return fmt::vformat(fmt::string_view(text.data(), text.size()), store);
  }
}

std::string MessageCatalogue::positionalText(Language language, std::string_view id) const {
  const std::string_view text = this->text(language, id);
  const std::vector<std::string_view> names = argumentNames(id);
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
