// TemplateEvaluator: what a template value is, as far as the template alone decides.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "cloudformation/template_resources.h"
#include "cloudformation/template_value.h"
#include "json/json_loader.h"
#include "model/image_reference.h"
#include "real_templates.h"
#include "test_support.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

// A template (YAML, or JSON when the text starts with '{') read once, evaluated by JSON pointer.
class Template {
 public:
  explicit Template(std::string text) : source_("t", std::move(text)) {
    if (source_.bytes().starts_with('{')) {
      auto json = loadJson(source_);
      REQUIRE(json);
      document_.emplace(std::move(*json));
    } else {
      auto yaml = loadYaml(source_);
      REQUIRE(yaml);
      document_.emplace(std::move(*yaml));
    }
    outline_.emplace(*document_);
    evaluator_.emplace(*document_, *outline_);
  }

  TemplateValue at(const std::string& pointer) const {
    const NodeId node = document_->find(pointer);
    REQUIRE_MESSAGE(node != kNoNode, pointer);
    return evaluator_->evaluate(node);
  }
  // A value under /Resources/T/Properties.
  TemplateValue property(const std::string& name) const { return at("/Resources/T/Properties/" + name); }
  const Document& document() const { return *document_; }
  const TemplateEvaluator& evaluator() const { return *evaluator_; }

 private:
  SourceText source_;
  std::optional<Document> document_;
  std::optional<TemplateOutline> outline_;
  std::optional<TemplateEvaluator> evaluator_;
};

std::vector<std::string> defaults(const TemplateValue& value) {
  return {value.parameterDefaults.begin(), value.parameterDefaults.end()};
}

void checkKnown(const TemplateValue& value, const std::string& text, bool pseudo = false) {
  CHECK(value.presence == TemplateValue::Presence::Known);
  CHECK(value.text == text);
  CHECK(value.pseudoParameters == pseudo);
  CHECK(value.resource.empty());
}

void checkUnknown(const TemplateValue& value, const std::string& resource = "",
                  const std::string& attribute = "") {
  CHECK(value.presence == TemplateValue::Presence::Unknown);
  CHECK(value.text.empty());
  CHECK(value.resource == resource);
  CHECK(value.attribute == attribute);
  CHECK(value.parameterDefaults.empty());
  CHECK(value.knownPrefix.empty());
}

void checkPrefix(const TemplateValue& value, const std::string& prefix) {
  CHECK(value.presence == TemplateValue::Presence::Unknown);
  CHECK(value.text.empty());
  CHECK(value.knownPrefix == prefix);
  CHECK(value.resource.empty());
}

const char* const kParametersAndResources = R"(AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  TaskMemory: {Type: Number, Default: 512}
  Tag: {Type: String, Default: "1.4"}
  Env: {Type: String, Default: prod}
  NoDefault: {Type: String}
  Subnets: {Type: CommaDelimitedList, Default: "a,b"}
  Zones: {Type: "List<AWS::EC2::AvailabilityZone::Name>", Default: "us-east-1a"}
  FromSsm: {Type: "AWS::SSM::Parameter::Value<String>", Default: /app/image}
  SsmName: {Type: "AWS::SSM::Parameter::Name", Default: /app/image}
  Vpc: {Type: "AWS::EC2::VPC::Id", Default: vpc-123}
  NullDefault: {Type: String, Default: null}
  ListDefault: {Type: String, Default: [a]}
  Untyped: {Default: x}
  Both: {Type: String, Default: x}
Mappings:
  Images:
    prod: {Repo: web, Ports: [80, 443], Nothing: null}
    dev: {Repo: web-dev}
  Loop:
    A: {B: !FindInMap [Loop, A, B]}
  Merged:
    base: &common {Repo: shared, Tag: "1"}
    prod: {<<: *common, Repo: own}
Resources:
  Role: {Type: "AWS::IAM::Role"}
  Both: {Type: "AWS::SNS::Topic"}
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      String: web
      Number: 512
      Float: 0.5
      Hex: 0x1F
      Exponent: 1.0e+3
      Yes: yes
      Off: off
      Null: null
      Empty: ""
      Quoted: "true"
      Mapping: {A: 1, B: 2}
      Sequence: [1, 2]
      Anchored: &anchor plain
      Alias: *anchor
      CoreTag: !!str 8080
      OtherTag: !Custom x
      NoValue: !Ref AWS::NoValue
      Region: !Ref AWS::Region
      Notifications: !Ref AWS::NotificationARNs
      Memory: !Ref TaskMemory
      NoDefault: !Ref NoDefault
      Subnets: !Ref Subnets
      Zones: !Ref Zones
      FromSsm: !Ref FromSsm
      SsmName: !Ref SsmName
      Vpc: !Ref Vpc
      NullDefault: !Ref NullDefault
      ListDefault: !Ref ListDefault
      Untyped: !Ref Untyped
      Both: !Ref Both
      Missing: !Ref Missing
      RefRole: !Ref Role
      RefOfFunction: {Ref: !Sub Role}
      GetAttShort: !GetAtt Role.Arn
      GetAttLong: {"Fn::GetAtt": [Role, RoleId]}
      GetAttMissing: !GetAtt Nothing.Arn
      GetAttParameter: !GetAtt TaskMemory.Arn
)";

}  // namespace

TEST_CASE("template value: literal scalars are known as CloudFormation passes them") {
  const Template t(kParametersAndResources);
  checkKnown(t.property("String"), "web");
  checkKnown(t.property("Number"), "512");
  checkKnown(t.property("Float"), "0.5");
  checkKnown(t.property("Yes"), "true");  // YAML 1.1, as CloudFormation reads it
  checkKnown(t.property("Off"), "false");
  checkKnown(t.property("Quoted"), "true");
  checkKnown(t.property("Empty"), "");
  checkKnown(t.property("CoreTag"), "8080");
  CHECK(t.property("Null").presence == TemplateValue::Presence::Absent);
  CHECK(t.evaluator().evaluate(kNoNode).presence == TemplateValue::Presence::Absent);
  // Numbers whose text CloudFormation would rewrite, structures, aliases and unknown tags.
  for (const char* name : {"Hex", "Exponent", "Mapping", "Sequence", "Alias", "OtherTag"}) {
    CAPTURE(name);
    checkUnknown(t.property(name));
  }
  checkKnown(t.property("Anchored"), "plain");
}

TEST_CASE("template value: Ref to pseudo parameters, parameters and resources") {
  const Template t(kParametersAndResources);
  CHECK(t.property("NoValue").presence == TemplateValue::Presence::Absent);
  checkKnown(t.property("Region"), "${AWS::Region}", true);
  checkUnknown(t.property("Notifications"));  // a list

  const TemplateValue memory = t.property("Memory");
  checkKnown(memory, "512");
  CHECK(defaults(memory) == std::vector<std::string>{"TaskMemory"});
  checkKnown(t.property("SsmName"), "/app/image");
  checkKnown(t.property("Vpc"), "vpc-123");
  // No default, a list, an SSM parameter's value, a default that is not one string, no type, a name
  // that is a parameter and a resource, a name that is neither.
  for (const char* name : {"NoDefault", "Subnets", "Zones", "FromSsm", "NullDefault", "ListDefault",
                           "Untyped", "Both", "Missing", "RefOfFunction"}) {
    CAPTURE(name);
    checkUnknown(t.property(name));
  }
  checkUnknown(t.property("RefRole"), "Role");
}

TEST_CASE("template value: Fn::GetAtt in both forms names a resource of the template") {
  const Template t(kParametersAndResources);
  checkUnknown(t.property("GetAttShort"), "Role", "Arn");
  checkUnknown(t.property("GetAttLong"), "Role", "RoleId");
  checkUnknown(t.property("GetAttMissing"));
  checkUnknown(t.property("GetAttParameter"));
}

TEST_CASE("template value: Fn::Sub keeps pseudo parameters and substitutes defaults and variables") {
  const Template t(std::string(kParametersAndResources) + R"(
      CdkAsset: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/web:${!tag}"
      Escaped: !Sub "app:${!tag}"
      Defaults: !Sub "${Env}/web:${Tag}-${Env}"
      LongForm: {"Fn::Sub": "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:x"}
      Variables:
        Fn::Sub:
          - "${Registry}/${Name}:${Tag}"
          - Registry: !Sub "${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com"
            Name: !Join ["-", [web, !Ref Env]]
      VariableWins: !Sub ["${Tag}", {Tag: latest}]
      OneResource: !Sub "${Role.Arn}"
      OneVariable: !Sub ["${R}", {R: !GetAtt Role.Arn}]
      ResourceInText: !Sub "${Role.Arn}-x"
      NoDefaultInText: !Sub "x-${NoDefault}"
      NoValueInText: !Sub "x${AWS::NoValue}"
      OnlyNoValue: !Sub "${AWS::NoValue}"
      Unclosed: !Sub "x-${Env"
      ImportInVariable: !Sub ["${V}", {V: !ImportValue Shared}]
      VariablesFromFunction: !Sub ["${V}", !Ref Env]
      NotAString: !Sub [[a], {}]
      SharedVariables: &shared {Tag: x}
      MergedVariable: !Sub ["${Tag}", {<<: *shared}]
)");
  const TemplateValue image = t.property("CdkAsset");
  checkKnown(image, "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/web:${!tag}", true);
  CHECK(classifyImageRegistry(image.text) == ImageRegistry::PrivateEcr);
  checkKnown(t.property("Escaped"), "app:${tag}");

  const TemplateValue withDefaults = t.property("Defaults");
  checkKnown(withDefaults, "prod/web:1.4-prod");
  CHECK(defaults(withDefaults) == std::vector<std::string>{"Env", "Tag"});
  checkKnown(t.property("LongForm"),
             "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:x", true);

  const TemplateValue variables = t.property("Variables");
  checkKnown(variables, "${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/web-prod:1.4", true);
  CHECK(defaults(variables) == std::vector<std::string>{"Env", "Tag"});
  CHECK(classifyImageRegistry(variables.text) == ImageRegistry::PrivateEcr);
  CHECK(ecrImageRegion(variables.text) == "us-east-1");
  const TemplateValue variableWins = t.property("VariableWins");
  checkKnown(variableWins, "latest");
  CHECK(variableWins.parameterDefaults.empty());

  checkUnknown(t.property("OneResource"), "Role", "Arn");
  checkUnknown(t.property("OneVariable"), "Role", "Arn");
  checkPrefix(t.property("NoDefaultInText"), "x-");
  checkPrefix(t.property("NoValueInText"), "x");
  // A variable merged in from elsewhere is not evaluated, nor taken for the parameter of its name.
  checkUnknown(t.property("MergedVariable"));
  for (const char* name : {"ResourceInText", "OnlyNoValue", "Unclosed", "ImportInVariable",
                           "VariablesFromFunction", "NotAString"}) {
    CAPTURE(name);
    checkUnknown(t.property(name));
  }
}

TEST_CASE("template value: literal text that looks like a pseudo parameter stays literal") {
  const Template t(std::string(kParametersAndResources) + R"(
      Alone: !Join ["", ["${AWS::Region}", "-x"]]
      Mixed: !Join ["", ["${AWS::Region}-", !Ref AWS::Region]]
      SubVariable: !Sub ["${V}.${AWS::Region}", {V: "${AWS::AccountId}"}]
)");
  // A plain string is passed as written, `${` and all.
  checkKnown(t.property("Alone"), "${AWS::Region}-x");
  checkKnown(t.property("Mixed"), "${!AWS::Region}-${AWS::Region}", true);
  const TemplateValue subVariable = t.property("SubVariable");
  checkKnown(subVariable, "${!AWS::AccountId}.${AWS::Region}", true);
}

TEST_CASE("template value: Fn::Join as cdk synth writes ECR images, in JSON") {
  // The shapes of ../shared/corpus/real/cdk: a literal account, or AWS::AccountId, joined with
  // AWS::URLSuffix; a repository's account and region split out of its ARN.
  const Template t(R"({
  "Parameters": {"Subnets": {"Type": "CommaDelimitedList", "Default": "a,b"},
                 "Tag": {"Type": "String", "Default": "v1"}},
  "Resources": {
    "Repo": {"Type": "AWS::ECR::Repository"},
    "T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
      "Account": {"Fn::Join": ["", [{"Ref": "AWS::AccountId"}, ".dkr.ecr.us-east-1.", {"Ref": "AWS::URLSuffix"},
                                    "/mlflow-containers:08c3c00a"]]},
      "Literal": {"Fn::Join": ["", ["869229378759.dkr.ecr.ap-northeast-1.", {"Ref": "AWS::URLSuffix"},
                                    "/demo:latest"]]},
      "FromArn": {"Fn::Join": ["", [
        {"Fn::Select": [4, {"Fn::Split": [":", {"Fn::GetAtt": ["Repo", "Arn"]}]}]}, ".dkr.ecr.",
        {"Fn::Select": [3, {"Fn::Split": [":", {"Fn::GetAtt": ["Repo", "Arn"]}]}]}, ".",
        {"Ref": "AWS::URLSuffix"}, "/", {"Ref": "Repo"}, ":latest"]]},
      "RegionKey": {"Fn::Join": ["", [{"Fn::FindInMap": ["envoy", {"Ref": "AWS::Region"}, "ecrRepo"]},
                                      ".dkr.ecr.", {"Ref": "AWS::Region"}, ".", {"Ref": "AWS::URLSuffix"}, "/envoy"]]},
      "Commas": {"Fn::Join": [",", ["a", {"Ref": "Tag"}, 3, true]]},
      "Empty": {"Fn::Join": ["-", []]},
      "ListParameter": {"Fn::Join": [",", {"Ref": "Subnets"}]},
      "ListInList": {"Fn::Join": [",", [{"Ref": "Subnets"}]]},
      "FunctionDelimiter": {"Fn::Join": [{"Ref": "Tag"}, ["a", "b"]]},
      "NoValueItem": {"Fn::Join": [",", ["a", {"Ref": "AWS::NoValue"}]]},
      "ThreeArguments": {"Fn::Join": [",", ["a"], "b"]}
    }}}})");
  const TemplateValue account = t.property("Account");
  checkKnown(account, "${AWS::AccountId}.dkr.ecr.us-east-1.${AWS::URLSuffix}/mlflow-containers:08c3c00a",
             true);
  CHECK(classifyImageRegistry(account.text) == ImageRegistry::PrivateEcr);
  CHECK(ecrImageRegion(account.text) == "us-east-1");
  const TemplateValue literal = t.property("Literal");
  checkKnown(literal, "869229378759.dkr.ecr.ap-northeast-1.${AWS::URLSuffix}/demo:latest", true);
  CHECK(classifyImageRegistry(literal.text) == ImageRegistry::PrivateEcr);

  const TemplateValue commas = t.property("Commas");
  checkKnown(commas, "a,v1,3,true");
  CHECK(defaults(commas) == std::vector<std::string>{"Tag"});
  checkKnown(t.property("Empty"), "");
  checkPrefix(t.property("NoValueItem"), "a");
  for (const char* name :
       {"FromArn", "RegionKey", "ListParameter", "ListInList", "FunctionDelimiter", "ThreeArguments"}) {
    CAPTURE(name);
    checkUnknown(t.property(name));
  }
}

TEST_CASE("template value: Fn::If is known only where both branches agree") {
  const Template t(std::string(kParametersAndResources) + R"(
      OneUnknown: !If [IsProd, "256", !Ref Cpu]
      AgreeLong: {"Fn::If": [IsProd, 512, !Ref TaskMemory]}
      Disagree: !If [IsProd, 512, 1024]
      PseudoAndLiteral: !If [IsProd, "${AWS::Region}", !Ref AWS::Region]
      BothNoValue: !If [IsProd, !Ref AWS::NoValue, !Ref AWS::NoValue]
      OneNoValue: !If [IsProd, 512, !Ref AWS::NoValue]
      SameRole: !If [IsProd, !GetAtt Role.Arn, {"Fn::GetAtt": [Role, Arn]}]
      OtherAttribute: !If [IsProd, !GetAtt Role.Arn, !Ref Role]
      TwoArguments: !If [IsProd, 512]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
)");
  checkUnknown(t.property("OneUnknown"));  // Cpu is no parameter
  const TemplateValue agree = t.property("AgreeLong");
  checkKnown(agree, "512");
  CHECK(defaults(agree) == std::vector<std::string>{"TaskMemory"});
  const TemplateValue bothAbsent = t.property("BothNoValue");
  CHECK(bothAbsent.presence == TemplateValue::Presence::Absent);
  checkUnknown(t.property("SameRole"), "Role", "Arn");
  for (const char* name : {"Disagree", "PseudoAndLiteral", "OneNoValue", "OtherAttribute", "TwoArguments"}) {
    CAPTURE(name);
    checkUnknown(t.property(name));
  }
}

TEST_CASE("template value: Fn::FindInMap and Fn::Select over literals") {
  const Template t(std::string(kParametersAndResources) + R"(
      Found: !FindInMap [Images, prod, Repo]
      ByDefault: !FindInMap [Images, !Ref Env, Repo]
      MissingKey: !FindInMap [Images, test, Repo]
      MissingMap: !FindInMap [Nothing, prod, Repo]
      AList: !FindInMap [Images, prod, Ports]
      NullValue: !FindInMap [Images, prod, Nothing]
      ByRegion: !FindInMap [Images, !Ref AWS::Region, Repo]
      ByNoDefault: !FindInMap [Images, !Ref NoDefault, Repo]
      WithDefaultValue: !FindInMap [Images, test, Repo, {DefaultValue: web}]
      Loop: !FindInMap [Loop, A, B]
      OwnOverMerged: !FindInMap [Merged, prod, Repo]
      MergedKey: !FindInMap [Merged, prod, Tag]
      Selected: !Select [1, [a, !Ref Tag, c]]
      IndexAsText: !Select ["0", [a, b]]
      IndexByDefault: !Select [!Ref TaskMemory, [a, b]]
      OutOfRange: !Select [3, [a, b]]
      Negative: !Select [-1, [a, b]]
      FromSplit: !Select [0, !Split [",", "a,b"]]
      SelectedRole: !Select [0, [!GetAtt Role.Arn]]
)");
  checkKnown(t.property("Found"), "web");
  const TemplateValue byDefault = t.property("ByDefault");
  checkKnown(byDefault, "web");
  CHECK(defaults(byDefault) == std::vector<std::string>{"Env"});
  const TemplateValue selected = t.property("Selected");
  checkKnown(selected, "1.4");
  CHECK(defaults(selected) == std::vector<std::string>{"Tag"});
  checkKnown(t.property("IndexAsText"), "a");
  checkKnown(t.property("OwnOverMerged"), "own");  // merge keys, as Document::member reads them
  checkKnown(t.property("MergedKey"), "1");
  checkUnknown(t.property("SelectedRole"), "Role", "Arn");
  for (const char* name :
       {"MissingKey", "MissingMap", "AList", "NullValue", "ByRegion", "ByNoDefault", "WithDefaultValue",
        "Loop", "IndexByDefault", "OutOfRange", "Negative", "FromSplit"}) {
    CAPTURE(name);
    checkUnknown(t.property(name));
  }
}

TEST_CASE("template value: functions a deployment decides are unknown") {
  const Template t(std::string(kParametersAndResources) + R"(
      Import: !ImportValue SharedRole
      Base64: !Base64 text
      Azs: !GetAZs ""
      Split: !Split [",", "a,b"]
      Cidr: !Cidr ["10.0.0.0/16", 2, 8]
      Transform: {"Fn::Transform": {Name: "AWS::Include"}}
      Condition: {Condition: IsProd}
      Future: {"Fn::Future": x}
      ShortFuture: !Future x
)");
  for (const char* name :
       {"Import", "Base64", "Azs", "Split", "Cidr", "Transform", "Condition", "Future", "ShortFuture"}) {
    CAPTURE(name);
    checkUnknown(t.property(name));
  }
}

TEST_CASE("template value: self-referring variables, defaults that refer and deep nesting end") {
  // 60 nested functions: 120 levels, about as deep as the loader allows (Document::kMaxDepth).
  std::string deepJoin = "x";
  for (int i = 0; i < 60; ++i) deepJoin = "!Join ['', [" + deepJoin + "]]";
  // Each level names the one below twice: evaluated once per level, and past kMaxBuiltText unknown.
  std::string doubling = "ab";
  for (int i = 0; i < 40; ++i) doubling = "!Sub ['${V}${V}', {V: " + doubling + "}]";
  std::string manyReferences;
  for (int i = 0; i < 100'000; ++i) manyReferences += "${E}";
  const Template t(R"(Parameters:
  SelfDefault: {Type: String, Default: !Ref SelfDefault}
  A: {Type: String, Default: !Ref B}
  B: {Type: String, Default: !Ref A}
Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      SelfVariable: !Sub ["${V}", {V: !Sub "${V}"}]
      LiteralSelf: !Sub ["${V}", {V: "${V}"}]
      SelfDefault: !Ref SelfDefault
      Cycle: !Ref A
      DeepJoin: )" +
                   deepJoin + R"(
      Doubling: )" +
                   doubling + R"(
      ManyReferences: !Sub ["x)" +
                   manyReferences + R"(y", {E: ""}]
)");
  checkUnknown(t.property("SelfVariable"));
  checkKnown(t.property("LiteralSelf"), "${V}");  // the variable's value is text, not a template
  checkUnknown(t.property("SelfDefault"));
  checkUnknown(t.property("Cycle"));
  checkKnown(t.property("DeepJoin"), "x");
  checkUnknown(t.property("Doubling"));
  checkKnown(t.property("ManyReferences"), "xy");
}

TEST_CASE("template value: an unknown Fn::Sub or Fn::Join keeps the text it surely starts with") {
  const Template t(std::string(kParametersAndResources) + R"(
      HandWritten: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${NoDefault}:${Tag}"
      AfterDefault: !Join ["", [!Ref Env, "/", !ImportValue Repo]]
      NoDelimiterBeforeUnknown: !Join [",", [a, !Ref NoDefault, b]]
      NestedSub: !Join [",", [a, !Sub "y-${NoDefault}"]]
      NestedVariable: !Sub ["${V}:1", {V: !Join ["", [!Ref AWS::Region, "-", !ImportValue X]]}]
      UnknownFirst: !Sub "${NoDefault}.dkr.ecr.us-east-1.amazonaws.com/app"
      IfBranches: !If [IsProd, !Sub "a-${NoDefault}", !Sub "a-${NoDefault}"]
)");
  const TemplateValue handWritten = t.property("HandWritten");
  checkPrefix(handWritten, "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/");
  CHECK(handWritten.parameterDefaults.empty());  // Tag comes after the unknown piece
  CHECK(classifyImageRegistry(handWritten.knownPrefix) == ImageRegistry::PrivateEcr);
  const TemplateValue afterDefault = t.property("AfterDefault");
  checkPrefix(afterDefault, "prod/");
  CHECK(defaults(afterDefault) == std::vector<std::string>{"Env"});
  checkPrefix(t.property("NoDelimiterBeforeUnknown"), "a");
  checkPrefix(t.property("NestedSub"), "a,y-");
  checkPrefix(t.property("NestedVariable"), "${AWS::Region}-");
  checkUnknown(t.property("UnknownFirst"));
  checkUnknown(t.property("IfBranches"));
}

TEST_CASE("template value: every container image of the real templates is evaluated") {
  int images = 0;
  int privateEcrWithPseudoParameters = 0;
  int privateEcrByPrefix = 0;
  const bool read = test::forEachRealTemplate([&](const std::string&, const Document& document) {
    const TemplateOutline outline(document);
    const TemplateEvaluator evaluator(document, outline);
    for (const TemplateResource& resource : outline.resources()) {
      if (resource.type != "AWS::ECS::TaskDefinition" || resource.properties == kNoNode) continue;
      const NodeId containers = document.member(resource.properties, "ContainerDefinitions");
      if (containers == kNoNode || document.kind(containers) != NodeKind::Sequence) continue;
      for (NodeId c = document.firstChild(containers); c != kNoNode; c = document.nextSibling(c)) {
        const TemplateValue image = evaluator.evaluate(document.member(c, "Image"));
        ++images;
        if (image.known() && image.pseudoParameters &&
            classifyImageRegistry(image.text) == ImageRegistry::PrivateEcr) {
          ++privateEcrWithPseudoParameters;
        }
        if (image.knownPrefix.find('/') != std::string::npos &&
            classifyImageRegistry(image.knownPrefix) == ImageRegistry::PrivateEcr) {
          ++privateEcrByPrefix;
        }
      }
    }
  });
  if (!read) return;
  CHECK(images > 100);
  // cdk synth's asset images (Fn::Sub and Fn::Join) and hand-written Fn::Sub ECR images.
  CHECK(privateEcrWithPseudoParameters >= 3);
  // ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${Repository}:${Tag}, with no defaults.
  CHECK(privateEcrByPrefix >= 8);
}

}  // namespace ecslint
