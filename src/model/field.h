#pragma once
// A value read from the task definition, with where it came from.
//
// Rules must tell three situations apart: the value is absent (missing or null), it is known, or
// it is there but ecslint cannot know it (a template placeholder, or a value of the wrong JSON type,
// which the schema check reports on its own). Only known values are judged; only absent values
// count as missing. That is how placeholders never draw false positives and a wrongly typed value
// is reported once, by the schema, not again by every rule that reads it.

#include <cstdint>
#include <string_view>

#include "document/node_id.h"

namespace ecslint {

enum class Presence : std::uint8_t { Absent, Known, Unknown };

template <class T>
struct Field {
  Presence presence = Presence::Absent;
  T value{};
  // The member's value node; kNoNode when absent, and when unknown because the input shape has no
  // place for it (task-level fields of a bare container list).
  NodeId node = kNoNode;

  bool known() const { return presence == Presence::Known; }
  bool absent() const { return presence == Presence::Absent; }
  bool unknown() const { return presence == Presence::Unknown; }
  // Present in the file (known or not).
  bool present() const { return presence != Presence::Absent; }
  bool is(const T& other) const { return known() && value == other; }
};

using StringField = Field<std::string_view>;
using IntField = Field<std::int64_t>;
using BoolField = Field<bool>;

// A string field that is absent or known to be empty: "not set" for the purposes of a rule.
inline bool unset(const StringField& field) {
  return field.absent() || (field.known() && field.value.empty());
}

}  // namespace ecslint
