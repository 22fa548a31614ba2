#pragma once
// A value written for a template engine is unknown, never wrong. Beyond the model's placeholders
// (model/placeholder.h: ${X}, {{ x }}, <X>, %X%, __X__, $UPPER, REPLACE_ME), the schema's type and
// format checks also meet shell variables in any case ($awsAccount.dkr.ecr..., $Image) and
// doubled-delimiter tokens (build-&&BUILD_ID&&, @@TAG@@), which no real value of those members holds.
// The model keeps its narrower rule: an environment value such as "price: $a" is a real value there.

#include <string_view>

namespace ecslint {

bool looksTemplated(std::string_view text);

}  // namespace ecslint
