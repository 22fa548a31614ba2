#include "hostile.h"

#include <set>

namespace ecslint::bench {
namespace {

// A task definition that may run on EC2, with an execution role, and `containers` as its containers.
std::string ec2Task(const std::string& containers) {
  return R"({"family": "big", "requiresCompatibilities": ["EC2"],
    "executionRoleArn": "arn:aws:iam::123456789012:role/bigTaskExecutionRole",
    "containerDefinitions": [)" +
         containers + "]}";
}

std::string repeated(const std::string& text, std::size_t times) {
  std::string result;
  result.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) result += text;
  return result;
}

// ECS301 offers each container without logConfiguration an awslogs fix whose Region and group
// come from the other containers (quadratic: 161 s).
HostileCase manyContainersWithoutLogs() {
  std::string containers;
  for (int i = 0; i < 64'000; ++i) {
    containers += std::string(i == 0 ? "" : ",") + R"({"name": "c)" + std::to_string(i) +
                  R"(", "image": "nginx:1.27", "memory": 6})";
  }
  return {"ECS301: 64,000 containers without logs", ec2Task(containers), ""};
}

// ECS707 tries trusted_registries against every prefix of the image that ends at a '/' (quadratic:
// 160 s).
HostileCase longImageWithTrustedRegistries() {
  const std::string image = repeated("a/", 64'000) + "x";
  return {"ECS707: 128 KB image, trusted_registries",
          ec2Task(R"({"name": "web", "memory": 6, "image": ")" + image + "\"}"),
          R"({"rule_options": {"ECS707": {"trusted_registries": ["ghcr.io/acme"]}}})"};
}

// ECS702 matches a variable's name against secret_name_patterns (backtracking: minutes).
HostileCase longNameWithSecretPatterns() {
  const std::string piece(150'000, 'A');
  return {"ECS702: 300,000-char name, name patterns",
          ec2Task(R"({"name": "web", "memory": 6, "image": "nginx:1.27",
            "logConfiguration": {"logDriver": "json-file"},
            "environment": [{"name": ")" +
                  std::string(300'000, 'A') + R"(", "value": "hunter2hunter2"}]})"),
          R"({"rule_options": {"ECS702": {"secret_name_patterns": ["*)" + piece + R"(B*"]}}})"};
}

// ECS003 explains each unknown key with a spelling suggestion and decides whether renaming it is
// safe (a search through all the keys per key: 10 s).
HostileCase manyMisspellings() {
  const std::string base = "containerDefinitions";
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string text = R"({"family": "f")";
  std::set<std::string> keys;
  for (std::size_t n = 0; keys.size() < 150'000; ++n) {
    std::string key = base;
    std::size_t digits = n % (36 * 36 * 36);
    for (std::size_t position = 17 - 3 * (n / (36 * 36 * 36)), k = 0; k < 3; ++k, digits /= 36)
      key[position + k] = alphabet[digits % 36];
    if (keys.insert(key).second) text += ", \"" + key + "\": 0";
  }
  return {"ECS003: 150,000 misspelt keys", text + R"(, "containerDefinitions": []})", ""};
}

}  // namespace

std::vector<HostileCase> hostileCases() {
  return {manyContainersWithoutLogs(), longImageWithTrustedRegistries(), longNameWithSecretPatterns(),
          manyMisspellings()};
}

}  // namespace ecslint::bench
