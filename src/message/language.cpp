#include "message/language.h"

#include <cstdlib>

namespace ecslint {

std::optional<Language> parseLanguage(std::string_view name) {
  // A locale name is language[_territory][.codeset][@modifier]; a BCP 47 tag is language[-region].
  const std::string_view code = name.substr(0, name.find_first_of("_-.@"));
  if (code == "en") return Language::English;
  if (code == "ja") return Language::Japanese;
  return std::nullopt;
}

Language languageFromLocale(const char* lcAll, const char* lcMessages, const char* lang) {
  for (const char* value : {lcAll, lcMessages, lang}) {
    // An empty variable is as if unset; the first set one decides, even when it is "C".
    if (value == nullptr || *value == '\0') continue;
    return parseLanguage(value).value_or(Language::English);
  }
  return Language::English;
}

Language languageFromEnvironment() {
  return languageFromLocale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

std::string_view languageCode(Language language) { return language == Language::Japanese ? "ja" : "en"; }

std::string_view languageTag(Language language) { return language == Language::Japanese ? "ja-JP" : "en-US"; }

}  // namespace ecslint
