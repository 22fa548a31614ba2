#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "cloudformation/intrinsic.h"
#include "cloudformation/template_resources.h"
#include "real_templates.h"
#include "test_support.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

const char* const kTemplate = R"(AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  TaskMemory:
    Type: Number
    Default: 512
Resources:
  ExecRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: web-exec
  WebTask:
    Type: AWS::ECS::TaskDefinition
    Metadata:
      aws:cdk:path: WebStack/TaskDef/Resource
    Properties:
      Memory: !Ref TaskMemory
      ExecutionRoleArn: !GetAtt ExecRole.Arn
      TaskRoleArn:
        Fn::GetAtt: [ExecRole, Arn]
      Family: {"Ref": "AWS::StackName"}
      ContainerDefinitions:
        - Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/web:${!tag}"
          Name: !!str web
          Cpu: !If [IsProd, 512, !Ref AWS::NoValue]
)";

struct Loaded {
  SourceText source;
  Document document;
};

Loaded load(const char* text) {
  SourceText source("t.yaml", text);
  auto document = loadYaml(source);
  REQUIRE(document);
  return {std::move(source), std::move(*document)};
}

}  // namespace

TEST_CASE("cloudformation: a template's resources and parameters by logical id") {
  SourceText source("t.yaml", kTemplate);
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  const Document& doc = *loaded;
  CHECK(isCloudFormationTemplate(doc));
  const TemplateOutline outline(doc);
  REQUIRE(outline.resources().size() == 2);
  const TemplateResource* task = outline.resource("WebTask");
  REQUIRE(task != nullptr);
  CHECK(task->type == "AWS::ECS::TaskDefinition");
  CHECK(task->constructPath == "WebStack/TaskDef/Resource");
  CHECK(doc.pointer(task->properties) == "/Resources/WebTask/Properties");
  CHECK(outline.resource("Nothing") == nullptr);
  const TemplateParameter* memory = outline.parameter("TaskMemory");
  REQUIRE(memory != nullptr);
  CHECK(memory->type == "Number");
  CHECK(doc.text(memory->defaultValue) == "512");
}

TEST_CASE("cloudformation: intrinsics in long and short form") {
  SourceText source("t.yaml", kTemplate);
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  const Document& doc = *loaded;
  const std::string props = "/Resources/WebTask/Properties";

  const Intrinsic memory = intrinsicAt(doc, doc.find(props + "/Memory"));
  CHECK(memory.is("Ref"));
  CHECK(refTarget(doc, memory) == "TaskMemory");

  const Intrinsic family = intrinsicAt(doc, doc.find(props + "/Family"));
  CHECK(family.is("Ref"));
  CHECK(refTarget(doc, family) == "AWS::StackName");

  for (const char* role : {"/ExecutionRoleArn", "/TaskRoleArn"}) {
    const Intrinsic getAtt = intrinsicAt(doc, doc.find(props + role));
    REQUIRE(getAtt.is("Fn::GetAtt"));
    const auto target = getAttTarget(doc, getAtt);
    REQUIRE(target);
    CHECK(target->resource == "ExecRole");
    CHECK(target->attribute == "Arn");
  }

  const Intrinsic image = intrinsicAt(doc, doc.find(props + "/ContainerDefinitions/0/Image"));
  CHECK(image.is("Fn::Sub"));
  const Intrinsic cpu = intrinsicAt(doc, doc.find(props + "/ContainerDefinitions/0/Cpu"));
  CHECK(cpu.is("Fn::If"));
  CHECK(doc.kind(cpu.argument) == NodeKind::Sequence);
  CHECK(intrinsicAt(doc, doc.element(cpu.argument, 2)).is("Ref"));
  // A core tag and a plain value are not functions; nor is a mapping with more than one member.
  CHECK_FALSE(intrinsicAt(doc, doc.find(props + "/ContainerDefinitions/0/Name")));
  CHECK_FALSE(intrinsicAt(doc, doc.find(props + "/ContainerDefinitions/0")));
  CHECK_FALSE(intrinsicAt(doc, doc.find("/AWSTemplateFormatVersion")));
}

TEST_CASE("cloudformation: Fn::Sub templates split into literal text and references") {
  const auto pieces =
      parseSubTemplate("${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/web:${!tag}");
  REQUIRE(pieces);
  REQUIRE(pieces->size() == 6);
  CHECK((*pieces)[0].reference);
  CHECK((*pieces)[0].text == "AWS::AccountId");
  CHECK_FALSE((*pieces)[1].reference);
  CHECK((*pieces)[1].text == ".dkr.ecr.");
  CHECK((*pieces)[5].text == "/web:${tag}");
  CHECK(parseSubTemplate("plain")->size() == 1);
  CHECK(parseSubTemplate("")->empty());
  CHECK_FALSE(parseSubTemplate("${unclosed"));
}

TEST_CASE("cloudformation: what is not a template") {
  CHECK_FALSE(isCloudFormationTemplate(load("name: ci\non: push\njobs: {}\n").document));
  CHECK_FALSE(isCloudFormationTemplate(load("Resources:\n  X:\n    Type: Custom::Thing\n").document));
  CHECK_FALSE(isCloudFormationTemplate(load("- a\n- b\n").document));
  CHECK_FALSE(isCloudFormationTemplate(load("").document));
  CHECK(isCloudFormationTemplate(load("Resources:\n  X:\n    Type: AWS::SNS::Topic\n").document));
  CHECK(isCloudFormationTemplate(load("AWSTemplateFormatVersion: 2010-09-09\n").document));
}

TEST_CASE(
    "cloudformation: every real template and cdk synth output is recognised, with its task definitions") {
  int templates = 0;
  int taskDefinitions = 0;
  int constructPaths = 0;
  const bool read = test::forEachRealTemplate([&](const std::string& name, const Document& document) {
    CHECK_MESSAGE(isCloudFormationTemplate(document), name);
    ++templates;
    const TemplateOutline outline(document);
    for (const TemplateResource& resource : outline.resources()) {
      if (resource.type != "AWS::ECS::TaskDefinition") continue;
      ++taskDefinitions;
      if (!resource.constructPath.empty()) ++constructPaths;
    }
  });
  if (!read) return;
  CHECK(templates >= 75);
  CHECK(taskDefinitions >= templates);
  CHECK(constructPaths > 0);
}

}  // namespace ecslint
