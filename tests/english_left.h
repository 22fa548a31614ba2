#pragma once
// Whether a Japanese message still holds an English sentence: the test of "no English left".

#include <cctype>
#include <string>
#include <string_view>

namespace ecslint::test {

// The first run of three English words in `text` that are prose rather than identifiers, or "".
// Quoted text ('web', "AWS's own error", `code`), placeholders ({container}) and identifiers
// (hostPort, FARGATE, awslogs-group, ECS101, --fix) do not count: they stay as written in every
// language. Three lower-case words in a row ("must be set") are a sentence left untranslated.
inline std::string englishLeft(std::string_view text) {
  std::string prose;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char close = c == '\'' ? '\'' : c == '"' ? '"' : c == '`' ? '`' : c == '{' ? '}' : '\0';
    // An apostrophe inside a word ("task's") is not a quote.
    const bool apostrophe = c == '\'' && i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1]));
    if (close != '\0' && !apostrophe) {
      const std::size_t end = text.find(close, i + 1);
      if (end != std::string_view::npos) {
        prose += ' ';
        i = end;
        continue;
      }
    }
    prose += c;
  }
  std::string run;
  int words = 0;
  std::size_t i = 0;
  while (i < prose.size()) {
    const unsigned char c = static_cast<unsigned char>(prose[i]);
    if (std::isalpha(c) || c == '-' || c == '_' || c == '.' || std::isdigit(c) || c == '/') {
      std::size_t end = i;
      while (end < prose.size()) {
        const unsigned char d = static_cast<unsigned char>(prose[end]);
        if (!(std::isalnum(d) || d == '-' || d == '_' || d == '.' || d == '/')) break;
        ++end;
      }
      std::string_view word = std::string_view(prose).substr(i, end - i);
      while (!word.empty() && word.back() == '.') word.remove_suffix(1);
      bool plain = word.size() >= 2;
      for (char w : word) plain = plain && std::islower(static_cast<unsigned char>(w));
      if (plain) {
        run += (words == 0 ? "" : " ") + std::string(word);
        if (++words == 3) return run;
      } else {
        words = 0;
        run.clear();
      }
      i = end;
      continue;
    }
    // Spaces and commas join words of one sentence; anything else (Japanese text) ends the run.
    if (c != ' ' && c != ',') {
      words = 0;
      run.clear();
    }
    ++i;
  }
  return "";
}

}  // namespace ecslint::test
