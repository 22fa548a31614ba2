#pragma once
// The real CloudFormation templates and cdk synth output of ../shared/corpus/real, read in place as
// Documents, for the tests of the template front end.

#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "document/document.h"
#include "json/json_loader.h"
#include "test_support.h"
#include "yaml/yaml_loader.h"

namespace ecslint::test {

// Calls `visit` with each template's file name and Document: JSON by extension, else YAML, skipping
// the one YAML file that does not load (test_yaml_loader.cpp accounts for it). False when the corpus
// is absent (needShared has skipped, or failed under CI).
inline bool forEachRealTemplate(const std::function<void(const std::string&, const Document&)>& visit) {
  if (!needShared("corpus/real")) return false;
  const std::filesystem::path real = sharedDir() / "corpus" / "real";
  for (const char* folder : {"cloudformation", "cdk"}) {
    for (const auto& entry : std::filesystem::directory_iterator(real / folder)) {
      const std::string name = entry.path().filename().string();
      const SourceText source(name, readFile(entry.path()));
      std::optional<Document> document;
      if (name.ends_with(".json")) {
        auto json = loadJson(source);
        REQUIRE_MESSAGE(json, name);
        document = std::move(*json);
      } else {
        auto yaml = loadYaml(source);
        if (!yaml) continue;
        document = std::move(*yaml);
      }
      visit(name, *document);
    }
  }
  return true;
}

}  // namespace ecslint::test
