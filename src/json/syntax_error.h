#pragma once
// Human messages for JSON that does not parse (ECS001), pointing at the offending byte.

#include <rapidjson/error/error.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "document/document.h"

namespace ecslint {

// A file that is not UTF-8 at all (UTF-16/32 byte-order marks, or UTF-16 without one).
std::optional<DocumentError> detectUnsupportedEncoding(std::string_view text);

// Turns RapidJSON's error code at `offset` into a message that says what is wrong and, where the
// usual cause is clear (trailing comma, comment, single quotes, template placeholder), what to do.
DocumentError describeSyntaxError(std::string_view text, std::uint32_t offset,
                                  rapidjson::ParseErrorCode code);

}  // namespace ecslint
