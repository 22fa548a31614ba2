#include "schema/json_number.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace ecslint {
namespace {

// Takes the one number RapidJSON's reader reports; any other event means the text is no number.
struct NumberHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, NumberHandler> {
  std::optional<JsonNumber> number;

  bool Default() { return false; }
  bool Int(int value) { return Int64(value); }
  bool Uint(unsigned value) { return Uint64(value); }
  bool Int64(std::int64_t value) {
    number = JsonNumber{JsonNumber::Kind::Int64, value, static_cast<std::uint64_t>(value), 0};
    return true;
  }
  bool Uint64(std::uint64_t value) {
    // RapidJSON's Value keeps an unsigned value that fits int64 as both; valijson reads it signed.
    if (value <= static_cast<std::uint64_t>(INT64_MAX)) return Int64(static_cast<std::int64_t>(value));
    number = JsonNumber{JsonNumber::Kind::Uint64, 0, value, 0};
    return true;
  }
  bool Double(double value) {
    number = JsonNumber{JsonNumber::Kind::Double, 0, 0, value};
    return true;
  }
};

}  // namespace

double JsonNumber::valijsonValue() const {
  switch (kind) {
    case Kind::Double:
      return real;
    case Kind::Int64:
      return static_cast<double>(int64);
    case Kind::Uint64:
      break;
  }
  return static_cast<double>(static_cast<std::int64_t>(uint64));
}

namespace {

// The common case, a plain integer of at most 18 digits ("80", "-1", "1024"), which RapidJSON
// always reads as an int64: read here without a parser. Leading zeros and "-0" take RapidJSON's
// path, which decides what they are.
std::optional<JsonNumber> readSmallInteger(std::string_view literal) {
  const bool minus = !literal.empty() && literal.front() == '-';
  const std::string_view digits = minus ? literal.substr(1) : literal;
  if (digits.empty() || digits.size() > 18 || (digits.front() == '0' && (digits.size() > 1 || minus))) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (minus) value = -value;
  return JsonNumber{JsonNumber::Kind::Int64, value, static_cast<std::uint64_t>(value), 0};
}

}  // namespace

std::optional<JsonNumber> readJsonNumber(std::string_view literal) {
  if (literal.empty()) return std::nullopt;
  if (auto small = readSmallInteger(literal)) return small;
  rapidjson::MemoryStream stream(literal.data(), literal.size());
  rapidjson::Reader reader;
  NumberHandler handler;
  const auto result = reader.Parse<rapidjson::kParseStopWhenDoneFlag>(stream, handler);
  if (result.IsError() || stream.Tell() != literal.size()) return std::nullopt;
  return handler.number;
}

}  // namespace ecslint
