#include "document/json_pointer.h"

#include <algorithm>
#include <cstdint>

namespace ecslint {

void appendPointerToken(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
}

bool takePointerToken(std::string_view& pointer, std::string& token) {
  if (pointer.empty() || pointer.front() != '/') return false;
  pointer.remove_prefix(1);
  const std::size_t slash = pointer.find('/');
  const std::string_view raw = pointer.substr(0, slash);
  pointer = slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash);
  token.clear();
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
      token += raw[++i] == '0' ? '~' : '/';
    } else {
      token += raw[i];
    }
  }
  return true;
}

void cutPointer(std::string& pointer) {
  if (pointer.size() <= kMaxPointerBytes) return;
  std::size_t cut = kMaxPointerBytes;
  while (cut > 0 && (static_cast<unsigned char>(pointer[cut]) & 0xC0) == 0x80) --cut;
  pointer.resize(cut);
  pointer += "...";
}

bool parseIndexToken(std::string_view token, std::uint32_t& index) {
  if (token.empty() || token.size() > 9 ||
      !std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  index = 0;
  for (char c : token) index = index * 10 + static_cast<std::uint32_t>(c - '0');
  return true;
}

}  // namespace ecslint
