#pragma once
// The language ecslint speaks: English or Japanese (--lang, the configuration's "lang", the locale).

#include <cstdint>
#include <optional>
#include <string_view>

namespace ecslint {

enum class Language : std::uint8_t { English, Japanese };

inline constexpr Language kLanguages[] = {Language::English, Language::Japanese};

// "en", "ja", and locale names such as "ja_JP.UTF-8" or "en-US"; nullopt for anything else.
std::optional<Language> parseLanguage(std::string_view name);

// The language of the locale, as POSIX resolves LC_MESSAGES: LC_ALL, else LC_MESSAGES, else LANG;
// English when none is set or names another language ("C", "POSIX", "de_DE.UTF-8").
Language languageFromLocale(const char* lcAll, const char* lcMessages, const char* lang);
Language languageFromEnvironment();

std::string_view languageCode(Language language);  // "en", "ja" (--lang, file paths)
std::string_view languageTag(Language language);   // "en-US", "ja-JP" (SARIF run.language)

}  // namespace ecslint
