#pragma once
// Recognising a credential in a plaintext environment variable (ECS702), by its value (AWS access
// keys) or by its name (DB_PASSWORD, GITHUB_TOKEN, STRIPE_API_KEY, ...).
//
// Precision comes first: a name that holds a path, a URL, a name or a duration of a secret
// (PASSWORD_FILE, TOKEN_URL, SECRET_NAME, JWT_SECRET_EXPIRES_IN) is not a credential, and neither
// is a value that is a reference (arn:..., ${...}), a placeholder (YOUR_API_KEY, CHANGE_ME), empty,
// a boolean or a small number.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ecslint {

enum class CredentialKind : std::uint8_t {
  AwsAccessKeyId,      // AKIA... / ASIA... in the value
  AwsSecretAccessKey,  // a 40-character AWS secret key under a *SECRET* / *KEY* / *AWS* name
  NamedSecret,         // a literal value under a name that says "password", "token", ...
};

struct CredentialMatch {
  CredentialKind kind;
  // The catalogue phrase (rules/messages/security.txt) that names it in messages: "a password".
  std::string_view what;
};

// `extraNamePatterns` are case-insensitive globs ('*' matches any run of characters) matched
// against the whole variable name, on top of the built-in words: the hook for project-specific
// names ("*_DSN", "STRIPE_*") that configuration can pass in.
std::optional<CredentialMatch> detectCredential(std::string_view name, std::string_view value,
                                                std::span<const std::string> extraNamePatterns = {});

}  // namespace ecslint
