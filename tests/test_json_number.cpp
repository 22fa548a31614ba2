// readJsonNumber: a number literal read exactly as RapidJSON (and so valijson) reads it, including
// through its fast path for small integers.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <string>

#include "schema/json_number.h"

namespace ecslint {

TEST_CASE("json number: every literal reads as RapidJSON reads it") {
  const char* literals[] = {"0",
                            "7",
                            "-7",
                            "80",
                            "-0",
                            "00",
                            "0.5",
                            "1e3",
                            "-1.5e-3",
                            "1024",
                            "65535",
                            "999999999999999999",
                            "-999999999999999999",
                            "9223372036854775807",
                            "-9223372036854775808",
                            "18446744073709551615",
                            "18446744073709551616",
                            "123456789012345678901234567890",
                            "1.0",
                            "01",
                            "+1",
                            "1a"};
  for (const std::string literal : literals) {
    INFO(literal);
    rapidjson::Document parsed;
    parsed.Parse(literal.c_str());
    const std::optional<JsonNumber> number = readJsonNumber(literal);
    if (parsed.HasParseError() || !parsed.IsNumber()) {
      CHECK_FALSE(number.has_value());
      continue;
    }
    REQUIRE(number.has_value());
    if (parsed.IsInt64()) {
      CHECK(number->kind == JsonNumber::Kind::Int64);
      CHECK(number->int64 == parsed.GetInt64());
    } else if (parsed.IsUint64()) {
      CHECK(number->kind == JsonNumber::Kind::Uint64);
      CHECK(number->uint64 == parsed.GetUint64());
    } else {
      CHECK(number->kind == JsonNumber::Kind::Double);
      CHECK(number->real == parsed.GetDouble());
    }
  }
}

}  // namespace ecslint
