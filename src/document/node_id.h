#pragma once
// A NodeId names one value of a parsed document: an index into its node table. It is a plain
// integer so that the model, the checks and their findings can carry positions without knowing
// which syntax (JSON, YAML) or which parser produced the document.

#include <cstdint>

namespace ecslint {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

}  // namespace ecslint
