#include "engine/fingerprint.h"

#include <cstdint>
#include <cstdio>

namespace ecslint {

std::string fingerprintHash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::string findingFingerprint(std::string_view ruleId, std::string_view pointer, std::string_view path,
                               int occurrence) {
  std::string text = std::string(ruleId) + '\0' + std::string(pointer) + '\0' + std::string(path);
  if (occurrence > 0) text += '\0' + std::to_string(occurrence);
  return fingerprintHash(text);
}

std::string FingerprintCounter::next(const Finding& finding) {
  const int occurrence = seen_[{std::string(finding.rule->id), finding.pointer}]++;
  return findingFingerprint(finding.rule->id, finding.pointer, path_, occurrence);
}

}  // namespace ecslint
