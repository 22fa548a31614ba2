#include "rules/credential_detection.h"

#include "model/placeholder.h"
#include "support/glob.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <vector>

namespace ecslint {
namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char toUpper(char c) { return isLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

std::string upper(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(), toUpper);
  return result;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// "dbPassword", "DB_PASSWORD", "db.password" -> DB, PASSWORD.
std::vector<std::string> nameTokens(std::string_view name) {
  std::vector<std::string> tokens;
  std::string current;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (isUpper(c) && i > 0 && isLower(name[i - 1]) && !current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
    current += toUpper(c);
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

struct SecretWord {
  std::string_view word;
  std::string_view what;  // the catalogue phrase naming it
  bool asSuffix;          // also matches at the end of a longer token: ADMINPASSWORD, AUTHTOKEN
};

constexpr std::array kSecretWords = {
    SecretWord{"PASSWORD", "ECS702.credential.password", true},
    SecretWord{"PASSWD", "ECS702.credential.password", true},
    SecretWord{"PASSPHRASE", "ECS702.credential.passphrase", true},
    SecretWord{"PWD", "ECS702.credential.password", false},
    SecretWord{"PASS", "ECS702.credential.password", false},
    SecretWord{"SECRET", "ECS702.credential.secret", true},
    SecretWord{"SECRETS", "ECS702.credential.secrets", false},
    SecretWord{"TOKEN", "ECS702.credential.token", true},
    SecretWord{"APIKEY", "ECS702.credential.api-key", true},
};
// Two tokens: API_KEY, PRIVATE_KEY, ...
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kKeyQualifiers = {{
    {"API", "ECS702.credential.api-key"},
    {"PRIVATE", "ECS702.credential.private-key"},
    {"MASTER", "ECS702.credential.master-key"},
    {"ENCRYPTION", "ECS702.credential.encryption-key"},
    {"SIGNING", "ECS702.credential.signing-key"},
}};

// Words after the secret word that make the variable about the secret, not the secret itself:
// TOKEN_URL, SECRET_NAME, PASSWORD_FILE, JWT_SECRET_EXPIRES_IN, API_KEY_HEADER, ...
constexpr std::array<std::string_view, 86> kAboutTheSecret = {
    "URL",      "URI",     "URLS",     "ENDPOINT",   "ENDPOINTS",  "HOST",     "HOSTNAME",  "SERVER",
    "PORT",     "PATH",    "FILE",     "FILES",      "FILENAME",   "DIR",      "DIRECTORY", "FOLDER",
    "LOCATION", "NAME",    "NAMES",    "ARN",        "ID",         "IDS",      "REF",       "REFERENCE",
    "EXPIRY",   "EXPIRE",  "EXPIRES",  "EXPIRED",    "EXPIRATION", "TTL",      "LIFETIME",  "TIMEOUT",
    "DURATION", "AGE",     "VALIDITY", "LENGTH",     "LEN",        "MIN",      "MAX",       "SIZE",
    "COUNT",    "LIMIT",   "HEADER",   "HEADERS",    "TYPE",       "ISSUER",   "AUDIENCE",  "ALGORITHM",
    "ALG",      "ALGO",    "REGION",   "PREFIX",     "SUFFIX",     "VERSION",  "ENABLED",   "ENABLE",
    "DISABLED", "DISABLE", "REQUIRED", "REQUIRE",    "POLICY",     "ROTATION", "PARAM",     "PARAMETER",
    "FIELD",    "MODE",    "FORMAT",   "SECONDS",    "SEC",        "MINUTES",  "HOURS",     "DAYS",
    "MS",       "STORE",   "PROVIDER", "BACKEND",    "SOURCE",     "ENV",      "VAR",       "KIND",
    "SCOPE",    "SCOPES",  "ROUNDS",   "ITERATIONS", "STRATEGY",   "METHOD",
};
// Words just before it that make it a quantity: MAX_TOKENS, NUM_TOKEN, TOKEN_LIMIT is above.
constexpr std::array<std::string_view, 7> kQuantityWords = {"MAX",   "MIN",   "NUM",  "NUMBER",
                                                            "COUNT", "LIMIT", "TOTAL"};

template <std::size_t N>
bool isOneOf(std::string_view token, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), token) != words.end();
}

// What the name says the value is, or nullopt.
std::optional<std::string_view> secretNamed(const std::vector<std::string>& tokens) {
  std::optional<std::string_view> what;
  std::size_t at = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& token = tokens[i];
    for (const SecretWord& word : kSecretWords) {
      if (token == word.word ||
          (word.asSuffix && token.size() > word.word.size() && token.ends_with(word.word))) {
        what = word.what;
        at = i;
      }
    }
    if ((token == "KEY" || token == "KEYS") && i > 0) {
      for (const auto& [qualifier, description] : kKeyQualifiers) {
        if (tokens[i - 1] == qualifier) {
          what = description;
          at = i;
        }
      }
    }
  }
  if (!what) return std::nullopt;
  for (std::size_t i = at + 1; i < tokens.size(); ++i) {
    if (isOneOf(tokens[i], kAboutTheSecret)) return std::nullopt;
  }
  if (at > 0 && isOneOf(tokens[at - 1], kQuantityWords)) return std::nullopt;
  return what;
}

// AKIA/ASIA and 16 upper-case letters or digits, not inside a longer word.
bool containsAccessKeyId(std::string_view value) {
  for (std::size_t at = 0; at + 20 <= value.size(); ++at) {
    const std::string_view prefix = value.substr(at, 4);
    if (prefix != "AKIA" && prefix != "ASIA") continue;
    if (at > 0 && (isUpper(value[at - 1]) || isDigit(value[at - 1]))) continue;
    const std::string_view rest = value.substr(at + 4, 16);
    if (!std::all_of(rest.begin(), rest.end(), [](char c) { return isUpper(c) || isDigit(c); })) continue;
    if (at + 20 < value.size() && (isUpper(value[at + 20]) || isDigit(value[at + 20]))) continue;
    return true;
  }
  return false;
}

// 40 characters of base64 with upper case, lower case and digits: the shape of an AWS secret
// access key (and unlike a SHA-1, which is lower-case hex).
bool looksLikeAwsSecretKey(std::string_view value) {
  if (value.size() != 40) return false;
  bool upperSeen = false, lowerSeen = false, digitSeen = false;
  for (const char c : value) {
    if (isUpper(c))
      upperSeen = true;
    else if (isLower(c))
      lowerSeen = true;
    else if (isDigit(c))
      digitSeen = true;
    else if (c != '/' && c != '+')
      return false;
  }
  return upperSeen && lowerSeen && digitSeen;
}

bool startsWithUrlScheme(std::string_view value) {
  const std::size_t colon = value.find("://");
  if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(value[0])))
    return false;
  return std::all_of(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '.' || c == '-';
  });
}

// A reference to where the secret lives, a path, a URL without credentials, or a Terraform
// expression that was never evaluated ("random_password.db.result").
bool isReference(std::string_view value) {
  static constexpr std::array<std::string_view, 12> kPrefixes = {
      "arn:", "ssm:",  "ssm/",   "secretsmanager:", "{{resolve:", "vault:",
      "ref+", "sm://", "awssm:", "op://",           "file:",      "secret://"};
  for (const std::string_view prefix : kPrefixes) {
    if (value.starts_with(prefix)) return true;
  }
  if (value.starts_with("/") || value.starts_with("./") || value.starts_with("../") ||
      value.starts_with("~/")) {
    return true;
  }
  if (value.size() > 2 && std::isalpha(static_cast<unsigned char>(value[0])) && value[1] == ':' &&
      (value[2] == '\\' || value[2] == '/')) {
    return true;  // C:\secrets\db.txt
  }
  if (startsWithUrlScheme(value)) {
    // postgres://user:password@host/db carries a password; https://vault.example.com does not.
    const std::string_view rest = value.substr(value.find("://") + 3);
    const std::string_view authority = rest.substr(0, rest.find('/'));
    const std::size_t at = authority.rfind('@');
    return at == std::string_view::npos || !contains(authority.substr(0, at), ":");
  }
  static constexpr std::array<std::string_view, 7> kTerraformRoots = {
      "var.", "local.", "data.", "module.", "random_password.", "random_string.", "aws_"};
  const bool terraformRoot = std::any_of(kTerraformRoots.begin(), kTerraformRoots.end(),
                                         [&](std::string_view root) { return value.starts_with(root); });
  if (terraformRoot && contains(value, ".") && std::all_of(value.begin(), value.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' || c == '[' ||
               c == ']' || c == '"';
      })) {
    return true;
  }
  return false;
}

// Values that stand for a secret rather than being one.
bool isPlaceholderValue(std::string_view name, std::string_view value) {
  // The model already reads template placeholders as unknown; callers with raw text get the same.
  if (containsPlaceholder(value)) return true;
  const std::string upperValue = upper(value);
  const std::string upperName = upper(name);
  if (upperValue == upperName || upperValue == upperName + "_VALUE") return true;
  // An upper-case identifier with an underscore: DB_PASSWORD_VALUE, YOUR_API_KEY, SED_TARGET_TOKEN.
  if (isUpper(value.front()) && contains(value, "_") &&
      std::all_of(value.begin(), value.end(), [](char c) { return isUpper(c) || isDigit(c) || c == '_'; })) {
    return true;
  }
  if (upperValue.starts_with("YOUR")) return true;
  static constexpr std::array<std::string_view, 8> kMarkers = {"EXAMPLE", "PLACEHOLDER", "DUMMY", "REDACTED",
                                                               "REPLACE", "INSERT",      "XXX",   "***"};
  for (const std::string_view marker : kMarkers) {
    if (contains(upperValue, marker)) return true;
  }
  if (upperValue.ends_with("HERE") || upperValue.ends_with("...")) return true;  // "put-your-key-here"
  // What generate-cli-skeleton and the API reference show as a value.
  return upperValue == "STRING" || upperValue == "VALUE";
}

bool isTrivialValue(std::string_view value) {
  static constexpr std::array<std::string_view, 14> kWords = {"TRUE", "FALSE", "YES",  "NO",      "ON",
                                                              "OFF",  "NONE",  "NULL", "NIL",     "UNDEFINED",
                                                              "N/A",  "NA",    "0",    "DISABLED"};
  const std::string upperValue = upper(value);
  if (std::find(kWords.begin(), kWords.end(), upperValue) != kWords.end()) return true;
  // A port, a count, a number of seconds: never a credible credential.
  return value.size() < 6 && std::all_of(value.begin(), value.end(), isDigit);
}

bool hasToken(const std::vector<std::string>& tokens, std::string_view word) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](const std::string& token) { return contains(token, word); });
}

}  // namespace

std::optional<CredentialMatch> detectCredential(std::string_view name, std::string_view value,
                                                std::span<const std::string> extraNamePatterns) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  if (containsAccessKeyId(value) && !contains(value, "EXAMPLE")) {
    return CredentialMatch{CredentialKind::AwsAccessKeyId, "ECS702.credential.aws-access-key-id"};
  }
  // What the name and the value's shape say first, and only then whether the value merely stands
  // for a secret: most variables are not named like secrets, and the placeholder tests (upper-case
  // copies, a dozen substring searches) would cost more than the rest of the rule.
  std::optional<CredentialMatch> match;
  const std::vector<std::string> tokens = nameTokens(name);
  if ((hasToken(tokens, "SECRET") || hasToken(tokens, "KEY") || hasToken(tokens, "AWS")) &&
      looksLikeAwsSecretKey(value)) {
    match = CredentialMatch{CredentialKind::AwsSecretAccessKey, "ECS702.credential.aws-secret-access-key"};
  } else if (std::optional<std::string_view> what = secretNamed(tokens)) {
    match = CredentialMatch{CredentialKind::NamedSecret, *what};
  } else if (std::any_of(extraNamePatterns.begin(), extraNamePatterns.end(),
                         [name](const std::string& pattern) { return starMatch(pattern, name, true); })) {
    match = CredentialMatch{CredentialKind::NamedSecret, "ECS702.credential.named"};
  }
  if (!match || isTrivialValue(value) || isReference(value) || isPlaceholderValue(name, value))
    return std::nullopt;
  return match;
}

}  // namespace ecslint
