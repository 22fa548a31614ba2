#include "lsp/json_rpc.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "support/utf8.h"

namespace ecslint::lsp {
namespace {

[[noreturn]] void invalid(const char* name, const char* expected) {
  throw ProtocolError(error_code::kInvalidParams, std::string("'") + name + "' must be " + expected);
}

const Value* present(const Value& object, const char* name) {
  if (!object.IsObject()) invalid(name, "a member of an object");
  const auto found = object.FindMember(name);
  if (found == object.MemberEnd() || found->value.IsNull()) return nullptr;
  return &found->value;
}

Value envelope(Allocator& allocator) {
  Value message(rapidjson::kObjectType);
  message.AddMember("jsonrpc", "2.0", allocator);
  return message;
}

}  // namespace

const Value& objectMember(const Value& object, const char* name) {
  const Value* value = optionalObject(object, name);
  if (value == nullptr) invalid(name, "an object");
  return *value;
}

const Value* optionalObject(const Value& object, const char* name) {
  const Value* value = present(object, name);
  if (value != nullptr && !value->IsObject()) invalid(name, "an object");
  return value;
}

const Value* optionalArray(const Value& object, const char* name) {
  const Value* value = present(object, name);
  if (value != nullptr && !value->IsArray()) invalid(name, "an array");
  return value;
}

std::string_view stringMember(const Value& object, const char* name) {
  const auto value = optionalString(object, name);
  if (!value) invalid(name, "a string");
  return *value;
}

std::optional<std::string_view> optionalString(const Value& object, const char* name) {
  const Value* value = present(object, name);
  if (value == nullptr) return std::nullopt;
  if (!value->IsString()) invalid(name, "a string");
  return std::string_view(value->GetString(), value->GetStringLength());
}

std::int64_t integerMember(const Value& object, const char* name) {
  const Value* value = present(object, name);
  if (value == nullptr || !value->IsInt64()) invalid(name, "an integer");
  return value->GetInt64();
}

const Value* nested(const Value& object, std::initializer_list<const char*> path) {
  const Value* at = &object;
  for (const char* name : path) {
    if (!at->IsObject()) return nullptr;
    const auto found = at->FindMember(name);
    if (found == at->MemberEnd()) return nullptr;
    at = &found->value;
  }
  return at;
}

bool flag(const Value& object, std::initializer_list<const char*> path) {
  const Value* at = nested(object, path);
  return at != nullptr && at->IsBool() && at->GetBool();
}

Value text(std::string_view text, Allocator& allocator) {
  const std::string valid = toValidUtf8(text);
  return Value(valid.data(), static_cast<rapidjson::SizeType>(valid.size()), allocator);
}

std::string serialise(const Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string responseMessage(const Value& id, Value& result, Allocator& allocator) {
  Value message = envelope(allocator);
  message.AddMember("id", Value(id, allocator), allocator);
  message.AddMember("result", result, allocator);
  return serialise(message);
}

std::string errorMessage(const Value& id, int code, std::string_view message) {
  rapidjson::Document document;
  Allocator& allocator = document.GetAllocator();
  Value error(rapidjson::kObjectType);
  error.AddMember("code", code, allocator);
  error.AddMember("message", text(message, allocator), allocator);
  Value response = envelope(allocator);
  response.AddMember("id", Value(id, allocator), allocator);
  response.AddMember("error", error, allocator);
  return serialise(response);
}

std::string notificationMessage(std::string_view method, Value& params, Allocator& allocator) {
  Value message = envelope(allocator);
  message.AddMember("method", text(method, allocator), allocator);
  message.AddMember("params", params, allocator);
  return serialise(message);
}

std::string requestMessage(std::int64_t id, std::string_view method, Value& params, Allocator& allocator) {
  Value message = envelope(allocator);
  message.AddMember("id", id, allocator);
  message.AddMember("method", text(method, allocator), allocator);
  message.AddMember("params", params, allocator);
  return serialise(message);
}

}  // namespace ecslint::lsp
