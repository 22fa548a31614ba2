#pragma once
// The worst inputs found for passes that were once superlinear (issue 11), so that the benchmark
// shows when one of them grows again: each is linted in well under a second when linear, and took
// from seconds to minutes when quadratic. Header-only: tests/test_hostile_inputs.cpp runs the same
// cases under a CPU-time limit.

#include <array>
#include <set>
#include <string>
#include <vector>

#include "stack_template.h"

namespace ecslint::bench {

struct HostileCase {
  std::string label;                      // what it holds, and which pass it exercises
  std::string file;                       // the task definition
  std::string config;                     // a configuration passed with --config, or "" for none
  std::vector<std::string> options = {};  // more command-line options
};

namespace hostile_detail {

// `count` containers named c0, c1, ... running `image`, separated by commas.
inline std::string containerList(int count, const std::string& image) {
  std::string containers;
  for (int i = 0; i < count; ++i) {
    containers += std::string(i == 0 ? "" : ",") + R"({"name": "c)" + std::to_string(i) + R"(", "image": ")" +
                  image + R"(", "memory": 6})";
  }
  return containers;
}

// A task definition that may run on EC2, with an execution role, `containers` as its containers
// and `more` members after them.
inline std::string ec2Task(const std::string& containers, const std::string& more = "") {
  return R"({"family": "big", "requiresCompatibilities": ["EC2"],
    "executionRoleArn": "arn:aws:iam::123456789012:role/bigTaskExecutionRole",
    "containerDefinitions": [)" +
         containers + "]" + more + "}";
}

}  // namespace hostile_detail

// ECS301 offers each container without logConfiguration an awslogs fix whose Region and group
// come from the other containers (quadratic: 161 s).
inline HostileCase manyContainersWithoutLogs() {
  return {"ECS301: 64,000 containers without logs",
          hostile_detail::ec2Task(hostile_detail::containerList(64'000, "nginx:1.27")), ""};
}

// ECS707 tried trusted_registries against every prefix of the image that ends at a '/' (160 s).
inline HostileCase longImageWithTrustedRegistries() {
  std::string image;
  for (int i = 0; i < 64'000; ++i) image += "a/";
  return {"ECS707: 128 KB image, trusted_registries",
          hostile_detail::ec2Task(R"({"name": "web", "memory": 6, "image": ")" + image + "x\"}"),
          R"({"rule_options": {"ECS707": {"trusted_registries": ["ghcr.io/acme"]}}})"};
}

// ECS702 matched a variable's name against secret_name_patterns by backtracking (6.6 s for a
// 100,000-character name). The second pattern matches, after the first was tried.
inline HostileCase longNameWithSecretPatterns() {
  const std::string piece(150'000, 'A');
  return {"ECS702: 300,000-char name, name patterns",
          hostile_detail::ec2Task(R"({"name": "web", "memory": 6, "image": "nginx:1.27",
            "logConfiguration": {"logDriver": "json-file"},
            "environment": [{"name": ")" +
                                  std::string(300'000, 'A') + R"(", "value": "hunter2hunter2"}]})"),
          R"({"rule_options": {"ECS702": {"secret_name_patterns": ["*)" + piece + R"(B*", "*)" + piece +
              R"(*"]}}})"};
}

// ECS003 explains each unknown key with a spelling suggestion and decided whether renaming it was
// safe with a search through all the keys (10 s). Each key is three letters from
// "containerDefinitions", which comes last, where that search went through every key.
inline HostileCase manyMisspellings() {
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

// One line, no line break anywhere: 50,000 variables, then 10,000 containers that each get an
// awslogs fix. Every fix searched the whole text for line breaks and indentation (15 s for SARIF).
inline HostileCase minifiedFixes() {
  std::string text = R"({"family":"f","requiresCompatibilities":["EC2"],"containerDefinitions":[)";
  text += R"({"name":"c","image":"nginx:1.27","memory":6,"environment":[)";
  for (int i = 0; i < 50'000; ++i)
    text += std::string(i == 0 ? "" : ",") + R"({"name":"V)" + std::to_string(i) + R"(","value":"x"})";
  text += "]}";
  for (int i = 0; i < 10'000; ++i)
    text += R"(,{"name":"c)" + std::to_string(i) +
            R"(","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1","memory":6})";
  return {"fixes: 10,000 on one 2 MB line, SARIF", text + "]}", "", {"--format", "sarif"}};
}

// Each of 10,000 findings was compared with every ecslint:ignore tag entry, and so was each ECS012
// finding about an entry that suppressed nothing (47 s for 100,000 tags).
inline HostileCase manyIgnoreTags() {
  std::string tags = ", \"tags\": [";
  const std::array<std::string, 4> selectors = {"ECS301", "ECS707", "ECS012", "ECS9"};
  for (std::size_t i = 0; i < 50'000; ++i) {
    tags += std::string(i == 0 ? "" : ",") + R"({"key": "ecslint:ignore", "value": ")" +
            selectors[i % selectors.size()] + "\"}";
  }
  return {"suppressions: 50,000 ecslint:ignore tags",
          hostile_detail::ec2Task(hostile_detail::containerList(5'000, "nginx"), tags + "]"), ""};
}

// 3,000 services behind one execution role (3,000 policies name it), one security group (3,000
// ingress resources) and one target group (3,000 listener rules): the stack rules read each of those
// once per service (ECS801: 119 s; ECS809: 10 s).
inline HostileCase sharedStackResources() {
  return {"stack rules: 3,000 services sharing a role, a security group and a target group",
          generateStackTemplate(3'000, true), ""};
}

inline std::vector<HostileCase> hostileCases() {
  return {manyContainersWithoutLogs(),
          longImageWithTrustedRegistries(),
          longNameWithSecretPatterns(),
          manyMisspellings(),
          minifiedFixes(),
          manyIgnoreTags(),
          sharedStackResources()};
}

}  // namespace ecslint::bench
