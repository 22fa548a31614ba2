#include "model/role_name.h"

#include <cctype>
#include <string>

namespace ecslint {
namespace {

// Lower case with separators removed: "My-Task_Execution.Role" -> "mytaskexecutionrole".
std::string squash(std::string_view text) {
  std::string result;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return result;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

std::string_view roleName(std::string_view reference) {
  if (!reference.starts_with("arn:")) return reference;
  const std::size_t role = reference.find(":role/");
  if (role == std::string_view::npos) return reference;
  const std::size_t lastSlash = reference.rfind('/');
  return reference.substr(lastSlash + 1);
}

bool sameRole(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const bool aArn = a.starts_with("arn:");
  const bool bArn = b.starts_with("arn:");
  if (aArn && bArn) return false;  // two different ARNs: different roles (or accounts)
  return roleName(a) == roleName(b);
}

bool looksLikeExecutionRole(std::string_view reference) {
  const std::string name = squash(roleName(reference));
  return contains(name, "taskexecution") || contains(name, "executionrole") || contains(name, "execrole") ||
         name.ends_with("execution") || name.ends_with("exec");
}

bool looksLikeTaskRole(std::string_view reference) {
  const std::string name = squash(roleName(reference));
  return !looksLikeExecutionRole(reference) && contains(name, "taskrole");
}

}  // namespace ecslint
