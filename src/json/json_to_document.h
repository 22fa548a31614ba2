#pragma once
// A JsonDocument as a syntax-neutral Document: the same values, spans, key spans and pointers.
// The template front end reads Documents whatever the syntax; until the JSON loader builds one
// directly (and drops the RapidJSON DOM), this one linear walk is the bridge.

#include "document/document.h"
#include "json/json_document.h"

namespace ecslint {

Document toDocument(const JsonDocument& json);

}  // namespace ecslint
