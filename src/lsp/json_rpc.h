#pragma once
// JSON-RPC 2.0 as LSP uses it: error codes, reading members of a request's params (a missing or
// mistyped member is InvalidParams), and the messages the server writes, as JSON text.

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ecslint::lsp {

using Value = rapidjson::Value;
using Allocator = rapidjson::Document::AllocatorType;

namespace error_code {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
}  // namespace error_code

// A request that gets an error response; `what()` is its message (protocol text, in English).
class ProtocolError : public std::runtime_error {
 public:
  ProtocolError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

// Members of params; each throws ProtocolError(kInvalidParams) when the member is missing or of
// another type. The optional ones return nullptr/nullopt when absent (or null).
const Value& objectMember(const Value& object, const char* name);
const Value* optionalObject(const Value& object, const char* name);
const Value* optionalArray(const Value& object, const char* name);
std::string_view stringMember(const Value& object, const char* name);
std::optional<std::string_view> optionalString(const Value& object, const char* name);
std::int64_t integerMember(const Value& object, const char* name);
// Capabilities, read leniently: a nested member (nullptr when a step is missing or not an object),
// and whether it is true.
const Value* nested(const Value& object, std::initializer_list<const char*> path);
bool flag(const Value& object, std::initializer_list<const char*> path);

// A string value holding `text` as valid UTF-8 (invalid bytes replaced), copied.
Value text(std::string_view text, Allocator& allocator);

std::string serialise(const Value& value);

// Whole messages, as JSON text. `id` is the request's id (a string, a number, or null).
std::string responseMessage(const Value& id, Value& result, Allocator& allocator);
std::string errorMessage(const Value& id, int code, std::string_view message);
std::string notificationMessage(std::string_view method, Value& params, Allocator& allocator);
std::string requestMessage(std::int64_t id, std::string_view method, Value& params, Allocator& allocator);

}  // namespace ecslint::lsp
