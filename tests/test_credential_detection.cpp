// ECS702's recognition of credentials: what is a secret, and the many things that only look like one.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/credential_detection.h"

namespace ecslint {
namespace {

bool flagged(std::string_view name, std::string_view value) {
  return detectCredential(name, value).has_value();
}

}  // namespace

TEST_CASE("credentials: literal values under secret names are found") {
  CHECK(flagged("DB_PASSWORD", "s3cr3t"));
  CHECK(flagged("dbPassword", "hunter2hunter2"));
  CHECK(flagged("MYSQL_ROOT_PASSWORD", "root"));
  CHECK(flagged("ME_CONFIG_MONGODB_ADMINPASSWORD", "pw-admin"));
  CHECK(flagged("JWT_SECRET", "c2VjcmV0c2VjcmV0"));
  CHECK(flagged("CLIENT_SECRET", "8f2d1c0b-77aa-4e1b"));
  CHECK(flagged("GITHUB_TOKEN", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"));
  CHECK(flagged("SLACK_AUTHTOKEN", "xoxb-1234"));
  CHECK(flagged("STRIPE_API_KEY", "sk_live_abc"));
  CHECK(flagged("SENDGRID_APIKEY", "SG.abc.def"));
  CHECK(flagged("RAILS_MASTER_KEY", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
  CHECK(flagged("TLS_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----"));
  CHECK(flagged("SECRET_KEY_BASE", "abc123"));
  CHECK(flagged("DRONE_SECRET", "123456"));
  CHECK(detectCredential("DB_PASSWORD", "s3cr3t")->what == "ECS702.credential.password");
  CHECK(detectCredential("STRIPE_API_KEY", "sk_live_abc")->what == "ECS702.credential.api-key");
}

TEST_CASE("credentials: AWS access keys are found by their value, whatever the name") {
  const auto keyId = detectCredential("S3_CONFIG", "AKIA2OGYBAH6QWERTY12");
  REQUIRE(keyId);
  CHECK(keyId->kind == CredentialKind::AwsAccessKeyId);
  CHECK(flagged("CREDS", "id=ASIA2OGYBAH6ZXCVBN34;"));
  const auto secret = detectCredential("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI7K7MDENGbPxRfiCYzZ9QwErTy12");
  REQUIRE(secret);
  CHECK(secret->kind == CredentialKind::AwsSecretAccessKey);
  // AWS's documented example keys, and ids inside longer words.
  CHECK_FALSE(flagged("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"));
  CHECK_FALSE(flagged("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
  CHECK_FALSE(flagged("BUILD", "XAKIA2OGYBAH6QWERTY12"));
  // A git SHA is 40 characters too, but lower-case hex.
  CHECK_FALSE(flagged("GIT_COMMIT_KEY", "0d3f1c2e4b5a69788796a5b4c3d2e1f0a9b8c7d6"));
}

TEST_CASE("credentials: names about a secret are not secrets") {
  for (const char* name :
       {"TOKEN_URL", "OAUTH_TOKEN_ENDPOINT", "SECRET_NAME", "SECRET_ARN", "DB_PASSWORD_FILE",
        "JWT_SECRET_EXPIRES_IN", "ACCESS_TOKEN_EXPIRE_MINUTES", "API_KEY_HEADER", "PASSWORD_MIN_LENGTH",
        "TOKEN_ISSUER", "MAX_TOKENS", "NUM_TOKENS", "SECRETS_PATH", "SECRET_KEY_ID", "TOKEN_TTL"}) {
    INFO(std::string(name));
    CHECK_FALSE(flagged(name, "something-specific-42"));
  }
  for (const char* name : {"AUTHOR", "PASSENGER_COUNT", "TOKENIZER", "BYPASS_CACHE", "KEYCLOAK_REALM"}) {
    INFO(std::string(name));
    CHECK_FALSE(flagged(name, "value-9"));
  }
}

TEST_CASE("credentials: values that are not a literal secret are not reported") {
  for (const char* value : {"",
                            "   ",
                            "true",
                            "false",
                            "none",
                            "8080",
                            "12",
                            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
                            "ssm:/prod/db",
                            "/run/secrets/db_password",
                            "./secrets/db.txt",
                            "https://vault.internal:8200",
                            "YOUR_API_KEY",
                            "DB_PASSWORD_VALUE",
                            "your-password-here",
                            "CHANGE_ME",
                            "changeme",
                            "<password>",
                            "xxxxxxxx",
                            "********",
                            "example-password",
                            "string",
                            "random_password.db.result",
                            "var.db_password"}) {
    INFO(std::string(value));
    CHECK_FALSE(flagged("DB_PASSWORD", value));
  }
  CHECK_FALSE(flagged("JWT_SECRET", "JWT_SECRET"));
  // A URL with a password in it is a credential.
  CHECK(flagged("DB_PASSWORD", "postgres://app:pw@db.internal/app"));
}

TEST_CASE("credentials: extra name patterns from configuration") {
  const std::vector<std::string> patterns{"*_DSN", "stripe_*"};
  CHECK(detectCredential("SENTRY_DSN", "https://abc@o1.ingest.sentry.io/1", patterns).has_value() == false);
  CHECK(detectCredential("DATABASE_DSN", "host=db user=app password=pw", patterns).has_value());
  CHECK(detectCredential("STRIPE_WEBHOOK", "whsec_abc", patterns).has_value());
  CHECK_FALSE(detectCredential("DATABASE_DSN", "host=db user=app password=pw").has_value());
  CHECK_FALSE(detectCredential("STRIPE_WEBHOOK", "", patterns).has_value());
}

}  // namespace ecslint
