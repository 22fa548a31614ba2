#include "check/finding_limits.h"

#include <string_view>

namespace ecslint {

void clipMessage(std::string& text) {
  if (text.size() <= kMaxMessageBytes) return;
  constexpr std::string_view kMark = " [...]";
  std::size_t cut = kMaxMessageBytes - kMark.size();
  // Back up to the start of a UTF-8 sequence so that the cut does not split a character.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  text += kMark;
}

}  // namespace ecslint
