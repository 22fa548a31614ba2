#pragma once
// A JSON array member that a report writes after members only the end of the run knows (SARIF's
// results come after the exit code; ecslint's JSON lists every file before any finding). Its items
// are written as each file is linted, formatted exactly as if in place, and kept in a temporary
// file rather than in memory, so a report's memory stays flat however many files a run lints.

#include <cstdio>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "report/json_writing.h"

namespace ecslint {

class DeferredArray {
 public:
  // `open` writes what encloses the array up to its key (StartObject, Key("runs"), StartArray,
  // StartObject, Key("results")), so items are indented as they will be in the report.
  explicit DeferredArray(const std::function<void(json_writing::Writer&)>& open);
  ~DeferredArray();
  DeferredArray(const DeferredArray&) = delete;
  DeferredArray& operator=(const DeferredArray&) = delete;

  // Where items go. Call keep() after each file's items.
  json_writing::Writer& writer() { return writer_; }
  void keep();

  // Writes the array as the value of the key `report` has just written, `report` having written
  // everything before it into `reportBuffer`, which goes to `out` first.
  void writeTo(json_writing::Writer& report, rapidjson::StringBuffer& reportBuffer, std::ostream& out);

 private:
  void append(const char* text, std::size_t size);

  rapidjson::StringBuffer buffer_;
  json_writing::Writer writer_;
  std::string memory_;          // items, until they outgrow kMemoryLimit
  std::FILE* spill_ = nullptr;  // then here (unlinked already: nothing to clean up)
  bool failed_ = false;         // writing the temporary file failed
};

// Writes what `buffer` holds to `out` and empties it.
void drain(rapidjson::StringBuffer& buffer, std::ostream& out);

}  // namespace ecslint
