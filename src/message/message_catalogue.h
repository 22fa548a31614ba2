#pragma once
// The message catalogue: every message ecslint prints, per language, as data files embedded at
// build time (rules/messages/*.txt in English, rules/ja/messages/*.txt in Japanese).
//
// A file holds one message per line, `id: text`, with `#` comments and blank lines. The text uses
// named placeholders, `{container}`, and `{{`/`}}` for literal braces; it is rendered with libfmt.
// The parser checks that every id has an entry in every language and that every entry of an id
// uses exactly the same arguments, so a catalogue that parses is complete.

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "message/language.h"
#include "message/message.h"
#include "support/embedded_file.h"
#include "support/result.h"

namespace ecslint {

class MessageCatalogue {
 public:
  // The catalogue compiled into this executable (aborts if it does not parse: the test suite
  // checks it, so that is a build defect).
  static const MessageCatalogue& builtIn();
  static Result<MessageCatalogue, std::string> parse(std::span<const EmbeddedFile> english,
                                                     std::span<const EmbeddedFile> japanese);

  bool contains(std::string_view id) const { return find(id) != nullptr; }
  // `id` as the catalogue stores it (a view that lives as long as the catalogue), or "" when there
  // is no such id: for a message id computed at run time (FindingReporter::preferTerraformWording,
  // check/rule_context.h).
  std::string_view storedId(std::string_view id) const {
    const Entry* entry = find(id);
    return entry == nullptr ? std::string_view() : entry->id;
  }
  // The text of `id` in `language`, placeholders unrendered; empty when there is no such id.
  std::string_view text(Language language, std::string_view id) const;
  // The argument names of `id`, in the order they first appear in the English text (SARIF's
  // positional arguments follow this order).
  std::vector<std::string_view> argumentNames(std::string_view id) const;
  // Every id, sorted.
  std::vector<std::string_view> ids() const;

  // Renders `id` in `language` with `arguments`. A missing id or argument never throws in a
  // release run: the id, or the placeholder, is left in the text. In strict mode (the test suite)
  // an unknown id, or arguments that are not exactly the id's, throw std::logic_error.
  std::string render(Language language, std::string_view id, const MessageArgs& arguments) const;
  // The text of `id` in SARIF's form: `{0}`, `{1}`... in argumentNames() order.
  std::string positionalText(Language language, std::string_view id) const;

  static void setStrict(bool strict);

 private:
  struct Entry {
    std::string_view id;
    std::array<std::string_view, 2> text;  // indexed by Language; Japanese filled on first use in builtIn()
  };
  const Entry* find(std::string_view id) const;
  std::string_view textOf(const Entry& entry, Language language) const;
  void index();

  std::vector<Entry> entries_;
  // Open addressing over entries_: slot holds an entry's index + 1, 0 when empty. No allocation per
  // entry: the built-in catalogue is read at every start, and pre-commit runs are short.
  std::vector<std::uint32_t> slots_;
  bool lazyJapanese_ = false;  // builtIn(): the Japanese texts are read when first asked for
};

// Shorthands for the built-in catalogue.
std::string renderMessage(Language language, std::string_view id, const MessageArgs& arguments = {});
// `id` + ".one" when count is 1, else `id` + ".other", with the count as the argument `count`.
std::string renderCount(Language language, std::string_view id, std::size_t count,
                        MessageArgs arguments = {});

}  // namespace ecslint
