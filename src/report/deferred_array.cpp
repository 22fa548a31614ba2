#include "report/deferred_array.h"

namespace ecslint {
namespace {

constexpr std::size_t kMemoryLimit = std::size_t{4} << 20;

}  // namespace

void drain(rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  buffer.Clear();
}

DeferredArray::DeferredArray(const std::function<void(json_writing::Writer&)>& open) : writer_(buffer_) {
  writer_.SetIndent(' ', 2);
  open(writer_);
  writer_.StartArray();
  buffer_.Clear();
}

DeferredArray::~DeferredArray() {
  if (spill_ != nullptr) std::fclose(spill_);
}

void DeferredArray::append(const char* text, std::size_t size) {
  if (spill_ == nullptr && memory_.size() + size > kMemoryLimit) {
    spill_ = std::tmpfile();  // when there is no temporary directory, memory it is
    if (spill_ != nullptr && std::fwrite(memory_.data(), 1, memory_.size(), spill_) == memory_.size()) {
      memory_.clear();
      memory_.shrink_to_fit();
    } else if (spill_ != nullptr) {
      std::fclose(spill_);
      spill_ = nullptr;
    }
  }
  if (spill_ == nullptr) {
    memory_.append(text, size);
  } else if (std::fwrite(text, 1, size, spill_) != size) {
    failed_ = true;  // the report cannot be complete: writeTo fails its stream
  }
}

void DeferredArray::keep() {
  append(buffer_.GetString(), buffer_.GetSize());
  buffer_.Clear();
}

void DeferredArray::writeTo(json_writing::Writer& report, rapidjson::StringBuffer& reportBuffer,
                            std::ostream& out) {
  writer_.EndArray();  // "]" for an empty array, else a line break, the indent and "]"
  keep();
  report.RawValue("[", 1, rapidjson::kArrayType);
  drain(reportBuffer, out);
  if (spill_ != nullptr) {
    std::rewind(spill_);
    char chunk[65536];
    while (const std::size_t n = std::fread(chunk, 1, sizeof chunk, spill_)) {
      out.write(chunk, static_cast<std::streamsize>(n));
    }
    failed_ = failed_ || std::ferror(spill_) != 0;
  }
  out << memory_;
  if (failed_) out.setstate(std::ios::badbit);
}

}  // namespace ecslint
