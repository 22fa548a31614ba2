#include "terraform_plan.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <random>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace ecslint::bench {
namespace {

// A JSON value as Terraform marshals it. `Unknown` stands for a value known only after apply:
// omitted from `after` (null inside a list) and `true` in `after_unknown`. A sensitive value is
// written in plain text, as `terraform show -json` does, and is `true` in `after_sensitive`.
class Json {
 public:
  using Members = std::vector<std::pair<std::string, Json>>;
  enum class Kind : unsigned char { Null, Boolean, Number, String, Array, Object, Unknown };

  Json() = default;
  static Json boolean(bool value) { return scalar(Kind::Boolean, value ? "true" : "false"); }
  static Json number(std::int64_t value) { return scalar(Kind::Number, std::to_string(value)); }
  static Json string(std::string value) { return scalar(Kind::String, std::move(value)); }
  static Json unknown() { return scalar(Kind::Unknown, ""); }
  static Json array(std::vector<Json> items = {}) {
    Json json;
    json.kind_ = Kind::Array;
    json.items_ = std::move(items);
    return json;
  }
  static Json strings(const std::vector<std::string>& values) {
    std::vector<Json> items;
    for (const std::string& value : values) items.push_back(string(value));
    return array(std::move(items));
  }
  // One of Terraform's own structs: members in the order its Go struct declares them.
  static Json object(Members members) {
    Json json;
    json.kind_ = Kind::Object;
    json.members_ = std::move(members);
    return json;
  }
  // A resource's attributes, a map or an object of go-cty: marshalled in sorted order.
  static Json attributes(Members members) {
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return object(std::move(members));
  }
  Json sensitive() && {
    sensitive_ = true;
    return std::move(*this);
  }

  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }

  void write(std::string& out) const {
    switch (kind_) {
      case Kind::Null:
      case Kind::Unknown:  // only inside a list: an unknown element is a null in `after`
        out += "null";
        return;
      case Kind::Boolean:
      case Kind::Number:
        out += text_;
        return;
      case Kind::String:
        appendGoString(out, text_);
        return;
      case Kind::Array:
        out += '[';
        for (std::size_t i = 0; i < items_.size(); ++i) {
          if (i != 0) out += ',';
          items_[i].write(out);
        }
        out += ']';
        return;
      case Kind::Object: {
        out += '{';
        bool first = true;
        for (const auto& [name, value] : members_) {
          if (value.kind_ == Kind::Unknown) continue;  // omitUnknowns drops unknown attributes
          if (!first) out += ',';
          first = false;
          appendGoString(out, name);
          out += ':';
          value.write(out);
        }
        out += '}';
        return;
      }
    }
  }

  std::string written() const {
    std::string out;
    write(out);
    return out;
  }

  bool hasUnknown() const {
    if (kind_ == Kind::Unknown) return true;
    for (const Json& item : items_) {
      if (item.hasUnknown()) return true;
    }
    for (const auto& member : members_) {
      if (member.second.hasUnknown()) return true;
    }
    return false;
  }

  // `after_unknown` (unknown: true) or `after_sensitive` (sensitive: true) of this value: the
  // same shape with marked leaves true, other leaves left out of objects and false in lists, and
  // empty collections kept (Terraform's unknownAsBool and SensitiveAsBool).
  Json marks(bool unknownMarks) const {
    if (unknownMarks ? kind_ == Kind::Unknown : sensitive_) return boolean(true);
    if (kind_ == Kind::Array) {
      std::vector<Json> items;
      for (const Json& item : items_) items.push_back(item.marks(unknownMarks));
      return array(std::move(items));
    }
    if (kind_ == Kind::Object) {
      Members members;
      for (const auto& [name, value] : members_) {
        if (!value.leavesMarks(unknownMarks)) continue;
        members.emplace_back(name, value.marks(unknownMarks));
      }
      return object(std::move(members));
    }
    return boolean(false);
  }

 private:
  static Json scalar(Kind kind, std::string text) {
    Json json;
    json.kind_ = kind;
    json.text_ = std::move(text);
    return json;
  }

  // Whether an attribute appears in its object's marks: collections always, leaves when marked.
  bool leavesMarks(bool unknownMarks) const {
    if (kind_ == Kind::Array || kind_ == Kind::Object) return true;
    return unknownMarks ? kind_ == Kind::Unknown : sensitive_;
  }

  // Go's encoding/json: \" \\ \n \r \t, other control characters and HTML's < > & as \u00XX.
  static void appendGoString(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c == '\t') {
        out += "\\t";
      } else if (byte < 0x20 || c == '<' || c == '>' || c == '&') {
        out += "\\u00";
        out += kHex[byte >> 4];
        out += kHex[byte & 0xF];
      } else {
        out += c;
      }
    }
    out += '"';
  }

  Kind kind_ = Kind::Null;
  bool sensitive_ = false;
  std::string text_;
  std::vector<Json> items_;
  Members members_;
};

constexpr std::string_view kAccount = "123456789012";
constexpr std::string_view kRegion = "eu-west-1";
constexpr std::string_view kProvider = "registry.terraform.io/hashicorp/aws";

enum class Action : unsigned char { Create, Replace, Update, NoOp };
enum class Mistake : unsigned char { None, HostPort, NoLogs, SameRole, FargateSize };

// One service of one team: the resources around its task definition.
struct Service {
  std::string team;
  std::string key;  // the for_each key: svc-0042
  Action action = Action::Create;
  Mistake mistake = Mistake::None;
  bool fargate = true;
  bool sensitiveContainers = false;  // a sensitive variable flows into container_definitions
  std::string cpu;
  std::string memory;

  bool existing() const { return action != Action::Create; }
  std::string module() const { return "module.team[\"" + team + "\"]"; }
  std::string address(std::string_view type, std::string_view name) const {
    return module() + "." + std::string(type) + "." + std::string(name) + "[\"" + key + "\"]";
  }
  std::string roleArn(std::string_view role) const {
    return "arn:aws:iam::" + std::string(kAccount) + ":role/" + team + "-" + key + "-" + std::string(role);
  }
};

class PlanWriter {
 public:
  PlanWriter(const TerraformPlanShape& shape, int environmentSize)
      : shape_(shape), environmentSize_(environmentSize), random_(shape.seed) {}

  GeneratedPlan write() {
    static constexpr std::array<std::string_view, 20> kTeams = {
        "payments", "checkout", "search",  "catalog", "identity", "billing",   "ledger",
        "shipping", "returns",  "pricing", "reviews", "media",    "messaging", "reporting",
        "risk",     "support",  "growth",  "partner", "mobile",   "platform"};
    std::vector<Service> services;
    for (int i = 0; i < shape_.taskDefinitions; ++i) {
      Service service;
      service.team = std::string(kTeams[static_cast<std::size_t>(i) % kTeams.size()]);
      char key[16];
      std::snprintf(key, sizeof key, "svc-%04d", i);
      service.key = key;
      const int roll = pick(100);
      service.action = roll < 70   ? Action::Create
                       : roll < 80 ? Action::Replace
                       : roll < 85 ? Action::Update
                                   : Action::NoOp;
      service.fargate = pick(100) < 80;
      service.sensitiveContainers = pick(100) < 10;
      static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSizes = {
          {{"256", "512"}, {"512", "1024"}, {"1024", "2048"}, {"2048", "4096"}, {"4096", "8192"}}};
      const auto& size = kSizes[static_cast<std::size_t>(pick(static_cast<int>(kSizes.size())))];
      service.cpu = std::string(size.first);
      service.memory = std::string(size.second);
      if (i % 100 == 37) {  // a few deliberate mistakes, each in a task definition the plan changes
        static constexpr std::array<Mistake, 4> kMistakes = {Mistake::HostPort, Mistake::NoLogs,
                                                             Mistake::SameRole, Mistake::FargateSize};
        service.mistake = kMistakes[static_cast<std::size_t>(i / 100) % kMistakes.size()];
        service.action = service.mistake == Mistake::SameRole ? Action::Replace : Action::Create;
        if (service.mistake == Mistake::FargateSize) {
          service.fargate = true;
          service.cpu = "256";
          service.memory = "4096";
        }
        if (service.mistake == Mistake::HostPort) service.fargate = true;
        ++result_.mistakes;
      }
      services.push_back(std::move(service));
    }
    // Terraform sorts instances by address: module instance, then resource type and name, then key.
    std::stable_sort(services.begin(), services.end(),
                     [](const Service& a, const Service& b) { return a.team < b.team; });

    std::vector<Json> plannedModules;
    std::vector<Json> priorModules;
    std::vector<Json> changes;
    for (std::size_t begin = 0; begin < services.size();) {
      std::size_t end = begin;
      while (end < services.size() && services[end].team == services[begin].team) ++end;
      teamResources(services, begin, end, plannedModules, priorModules, changes);
      begin = end;
    }

    std::string& out = result_.json;
    out +=
        R"({"format_version":"1.2","terraform_version":"1.9.8","variables":{"environment":{"value":"prod"},)";
    out += R"("region":{"value":"eu-west-1"}},"planned_values":{"root_module":{"resources":[)";
    out += rootResource(false).written();
    out += R"(],"child_modules":)";
    Json::array(std::move(plannedModules)).write(out);
    out += R"(}},"resource_changes":)";
    Json::array(std::move(changes)).write(out);
    out +=
        R"(,"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{"resources":[)";
    out += rootResource(true).written();
    out += R"(],"child_modules":)";
    Json::array(std::move(priorModules)).write(out);
    out += "}}},\"configuration\":";
    configuration().write(out);
    out += R"(,"timestamp":"2026-11-30T09:14:02Z","applyable":true,"complete":true,"errored":false})";
    out += '\n';  // terraform show ends its output with a newline
    return std::move(result_);
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }

  // The resources of one team's module instance, in Terraform's order of addresses.
  void teamResources(const std::vector<Service>& services, std::size_t begin, std::size_t end,
                     std::vector<Json>& plannedModules, std::vector<Json>& priorModules,
                     std::vector<Json>& changes) {
    struct Instance {
      const Service* service;
      std::string type;
      std::string name;
      Json values;
      Json before;  // the values before the plan (existing instances)
    };
    std::vector<Instance> instances;
    for (std::size_t i = begin; i < end; ++i) {
      const Service& s = services[i];
      instances.push_back({&s, "aws_cloudwatch_log_group", "this", logGroup(s, false), logGroup(s, true)});
      instances.push_back({&s, "aws_ecs_service", "this", ecsService(s, false), ecsService(s, true)});
      instances.push_back(
          {&s, "aws_ecs_task_definition", "this", taskDefinition(s, false), taskDefinition(s, true)});
      instances.push_back(
          {&s, "aws_iam_role", "execution", role(s, "execution", false), role(s, "execution", true)});
      instances.push_back({&s, "aws_iam_role", "task", role(s, "task", false), role(s, "task", true)});
      instances.push_back(
          {&s, "aws_iam_role_policy_attachment", "execution", attachment(s, false), attachment(s, true)});
      instances.push_back({&s, "aws_lb_target_group", "this", targetGroup(s, false), targetGroup(s, true)});
    }
    std::stable_sort(instances.begin(), instances.end(), [](const Instance& a, const Instance& b) {
      return std::tie(a.type, a.name, a.service->key) < std::tie(b.type, b.name, b.service->key);
    });
    std::vector<Json> planned;
    std::vector<Json> prior;
    for (const Instance& instance : instances) {
      const Service& s = *instance.service;
      const std::string address = s.address(instance.type, instance.name);
      const bool taskDefinition = instance.type == "aws_ecs_task_definition";
      // Only the task definition is replaced or updated; the rest of an existing service stays.
      Action action = s.action;
      if (!taskDefinition && action != Action::Create) action = Action::NoOp;
      const Json& after = action == Action::NoOp ? instance.before : instance.values;
      const Json::Members identity = {{"address", Json::string(address)},
                                      {"mode", Json::string("managed")},
                                      {"type", Json::string(instance.type)},
                                      {"name", Json::string(instance.name)},
                                      {"index", Json::string(s.key)},
                                      {"provider_name", Json::string(std::string(kProvider))},
                                      {"schema_version", Json::number(taskDefinition ? 1 : 0)}};
      Json::Members state = identity;
      state.emplace_back("values", after);
      state.emplace_back("sensitive_values", after.marks(false));
      planned.push_back(Json::object(std::move(state)));
      if (action != Action::Create) {
        Json::Members old = identity;
        old.emplace_back("values", instance.before);
        old.emplace_back("sensitive_values", instance.before.marks(false));
        prior.push_back(Json::object(std::move(old)));
      }
      Json::Members change;
      change.emplace_back(
          "actions", Json::strings(action == Action::Create    ? std::vector<std::string>{"create"}
                                   : action == Action::Replace ? std::vector<std::string>{"delete", "create"}
                                   : action == Action::Update  ? std::vector<std::string>{"update"}
                                                               : std::vector<std::string>{"no-op"}));
      change.emplace_back("before", action == Action::Create ? Json() : instance.before);
      change.emplace_back("after", after);
      // A wholly known value's after_unknown is {}: Terraform writes the shape only when something is
      // unknown.
      change.emplace_back("after_unknown", after.hasUnknown() ? after.marks(true) : Json::object({}));
      change.emplace_back("before_sensitive",
                          action == Action::Create ? Json::boolean(false) : instance.before.marks(false));
      change.emplace_back("after_sensitive", after.marks(false));
      if (action == Action::Replace) {
        change.emplace_back("replace_paths", Json::array({Json::strings({"container_definitions"})}));
      }
      Json::Members resourceChange = {{"address", Json::string(address)},
                                      {"module_address", Json::string(s.module())},
                                      {"mode", Json::string("managed")},
                                      {"type", Json::string(instance.type)},
                                      {"name", Json::string(instance.name)},
                                      {"index", Json::string(s.key)},
                                      {"provider_name", Json::string(std::string(kProvider))},
                                      {"change", Json::object(std::move(change))}};
      if (action == Action::Replace) {
        resourceChange.emplace_back("action_reason", Json::string("replace_because_cannot_update"));
      }
      changes.push_back(Json::object(std::move(resourceChange)));
      ++result_.resources;
      if (taskDefinition) {
        ++result_.taskDefinitions;
        if (action != Action::NoOp) ++result_.changing;
      }
    }
    const std::string module = services[begin].module();
    plannedModules.push_back(
        Json::object({{"resources", Json::array(std::move(planned))}, {"address", Json::string(module)}}));
    if (!prior.empty()) {
      priorModules.push_back(
          Json::object({{"resources", Json::array(std::move(prior))}, {"address", Json::string(module)}}));
    }
  }

  // An ARN the plan knows only after apply when the resource it names is created by it.
  static Json arnOf(const Service& s, std::string_view role, bool before) {
    if (!before && s.action == Action::Create) return Json::unknown();
    return Json::string(s.roleArn(role));
  }

  static Json tags(const Service& s) {
    return Json::attributes({{"Service", Json::string(s.key)}, {"Team", Json::string(s.team)}});
  }

  static Json tagsAll(const Service& s, bool known) {
    if (!known) return Json::unknown();
    return Json::attributes({{"Environment", Json::string("prod")},
                             {"ManagedBy", Json::string("terraform")},
                             {"Service", Json::string(s.key)},
                             {"Team", Json::string(s.team)}});
  }

  Json taskDefinition(const Service& s, bool before) {
    const bool known = before || s.action == Action::NoOp;
    std::string family = s.team + "-" + s.key;
    Json roleArn = arnOf(s, "execution", before);
    Json taskRoleArn =
        s.mistake == Mistake::SameRole && !before ? arnOf(s, "execution", before) : arnOf(s, "task", before);
    Json definitions = Json::string(containerDefinitions(s, before));
    if (s.sensitiveContainers) definitions = std::move(definitions).sensitive();
    const std::string arn =
        "arn:aws:ecs:" + std::string(kRegion) + ":" + std::string(kAccount) + ":task-definition/" + family;
    return Json::attributes({
        {"arn", known ? Json::string(arn + ":7") : Json::unknown()},
        {"arn_without_revision", known ? Json::string(arn) : Json::unknown()},
        {"container_definitions", std::move(definitions)},
        {"cpu", Json::string(s.cpu)},
        {"enable_fault_injection", Json::boolean(false)},
        {"ephemeral_storage", Json::array()},
        {"execution_role_arn", std::move(roleArn)},
        {"family", Json::string(family)},
        {"id", known ? Json::string(family) : Json::unknown()},
        {"inference_accelerator", Json::array()},
        {"ipc_mode", Json()},
        {"memory", Json::string(s.memory)},
        {"network_mode", Json::string(s.fargate ? "awsvpc" : "bridge")},
        {"pid_mode", Json()},
        {"placement_constraints", Json::array()},
        {"proxy_configuration", Json::array()},
        {"requires_compatibilities", Json::strings({s.fargate ? "FARGATE" : "EC2"})},
        {"revision", known ? Json::number(7) : Json::unknown()},
        {"runtime_platform",
         Json::array({Json::attributes({{"cpu_architecture", Json::string(s.fargate ? "ARM64" : "X86_64")},
                                        {"operating_system_family", Json::string("LINUX")}})})},
        {"skip_destroy", Json::boolean(false)},
        {"tags", tags(s)},
        {"tags_all", tagsAll(s, known)},
        {"task_role_arn", std::move(taskRoleArn)},
        {"track_latest", Json::boolean(false)},
        {"volume", Json::array()},
    });
  }

  // The JSON the AWS provider plans for container_definitions: its containers' API objects
  // re-encoded with sorted keys, environment and secrets sorted by name, zero values dropped.
  std::string containerDefinitions(const Service& s, bool before) {
    std::vector<Json> containers;
    const std::string image = std::string(kAccount) + ".dkr.ecr." + std::string(kRegion) + ".amazonaws.com/" +
                              s.team + "/" + s.key + ":1." + std::to_string(before ? 41 : 42) + "." +
                              std::to_string(pick(20));
    const auto logs = [&](const std::string& prefix) {
      return Json::attributes(
          {{"logDriver", Json::string("awslogs")},
           {"options", Json::attributes({{"awslogs-group", Json::string("/ecs/" + s.team + "/" + s.key)},
                                         {"awslogs-region", Json::string(std::string(kRegion))},
                                         {"awslogs-stream-prefix", Json::string(prefix)}})}});
    };
    static constexpr std::array<std::string_view, 12> kVariables = {
        "APP_ENV",       "AWS_REGION",   "DATABASE_URL",
        "FEATURE_FLAGS", "HTTP_PORT",    "JAVA_TOOL_OPTIONS",
        "LOG_FORMAT",    "LOG_LEVEL",    "OTEL_EXPORTER_OTLP_ENDPOINT",
        "REDIS_URL",     "SERVICE_NAME", "TZ"};
    std::vector<std::pair<std::string, std::string>> environment;
    for (int i = 0; i < environmentSize_; ++i) {
      const std::string name = i < static_cast<int>(kVariables.size())
                                   ? std::string(kVariables[static_cast<std::size_t>(i)])
                                   : "FEATURE_" + std::to_string(i) + "_ENABLED";
      static const std::map<std::string_view, std::string_view> kFixed = {
          {"APP_ENV", "prod"},   {"AWS_REGION", kRegion}, {"FEATURE_FLAGS", "checkout-v2,search-beta"},
          {"HTTP_PORT", "8080"}, {"LOG_FORMAT", "json"},  {"LOG_LEVEL", "info"},
          {"TZ", "UTC"}};
      std::string value;
      if (const auto fixed = kFixed.find(name); fixed != kFixed.end()) {
        value = std::string(fixed->second);
      } else if (name == "SERVICE_NAME") {
        value = s.key;
      } else if (name == "DATABASE_URL") {
        value = "postgres://" + s.key + "@" + s.team + "-db.internal:5432/" + s.team +
                "?sslmode=verify-full&pool=20";
      } else if (name == "REDIS_URL") {
        value = "rediss://" + s.team + "-cache.internal:6379/0";
      } else if (name == "OTEL_EXPORTER_OTLP_ENDPOINT") {
        value = "http://localhost:4318";
      } else if (name == "JAVA_TOOL_OPTIONS") {
        value = "-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8";
      } else {
        value = pick(2) ? "true" : "false";
      }
      environment.emplace_back(name, value);
    }
    std::sort(environment.begin(), environment.end());
    std::vector<Json> variables;
    for (const auto& [name, value] : environment) {
      variables.push_back(Json::attributes({{"name", Json::string(name)}, {"value", Json::string(value)}}));
    }
    std::vector<Json> secrets;
    for (const char* secret : {"API_KEY", "DB_PASSWORD", "JWT_SIGNING_KEY", "STRIPE_TOKEN"}) {
      secrets.push_back(
          Json::attributes({{"name", Json::string(secret)},
                            {"valueFrom", Json::string("arn:aws:secretsmanager:" + std::string(kRegion) +
                                                       ":" + std::string(kAccount) + ":secret:prod/" +
                                                       s.team + "/" + s.key + "/" + secret + "-AbC123")}}));
    }
    // A dynamic host port (bridge) is a hostPort the configuration leaves out.
    const auto mapping = [&](int containerPort, int hostPort) {
      Json::Members members = {{"containerPort", Json::number(containerPort)},
                               {"protocol", Json::string("tcp")}};
      if (s.fargate) members.emplace_back("hostPort", Json::number(hostPort));
      return Json::array({Json::attributes(std::move(members))});
    };
    const int port = 8080;
    Json::Members app = {
        {"cpu", Json::number(std::stoi(s.cpu) / 2)},
        {"environment", Json::array(std::move(variables))},
        {"essential", Json::boolean(true)},
        {"healthCheck",
         Json::attributes(
             {{"command",
               Json::strings(
                   {"CMD-SHELL", "wget -qO- http://localhost:8080/health >/dev/null && echo ok || exit 1"})},
              {"interval", Json::number(30)},
              {"retries", Json::number(3)},
              {"startPeriod", Json::number(60)},
              {"timeout", Json::number(5)}})},
        {"image", Json::string(image)},
        {"logConfiguration", logs("app")},
        {"mountPoints", Json::array()},
        {"name", Json::string("app")},
        {"portMappings", mapping(port, s.mistake == Mistake::HostPort && !before ? 80 : port)},
        {"readonlyRootFilesystem", Json::boolean(true)},
        {"secrets", Json::array(std::move(secrets))},
        {"systemControls", Json::array()},
        {"ulimits", Json::array({Json::attributes({{"hardLimit", Json::number(65536)},
                                                   {"name", Json::string("nofile")},
                                                   {"softLimit", Json::number(65536)}})})},
        {"volumesFrom", Json::array()},
    };
    if (pick(4) == 0) {
      app.emplace_back("command",
                       Json::strings({"sh", "-c", "./bin/migrate --wait && exec ./bin/server --port=8080"}));
    }
    containers.push_back(Json::attributes(std::move(app)));
    // A sidecar: the OpenTelemetry collector, or for a few an Envoy proxy.
    Json::Members sidecar = {
        {"cpu", Json::number(64)},
        {"essential", Json::boolean(false)},
        {"image", Json::string("public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0")},
        {"memoryReservation", Json::number(128)},
        {"mountPoints", Json::array()},
        {"name", Json::string("otel-collector")},
        {"portMappings", mapping(4318, 4318)},
        {"systemControls", Json::array()},
        {"volumesFrom", Json::array()},
    };
    if (!(s.mistake == Mistake::NoLogs && !before)) sidecar.emplace_back("logConfiguration", logs("otel"));
    containers.push_back(Json::attributes(std::move(sidecar)));
    return Json::array(std::move(containers)).written();
  }

  Json ecsService(const Service& s, bool before) {
    const bool known = before || s.action != Action::Create;
    const std::string cluster =
        "arn:aws:ecs:" + std::string(kRegion) + ":" + std::string(kAccount) + ":cluster/prod";
    return Json::attributes({
        {"alarms", Json::array()},
        {"availability_zone_rebalancing", Json::string("ENABLED")},
        {"capacity_provider_strategy", Json::array()},
        {"cluster", Json::string(cluster)},
        {"deployment_circuit_breaker", Json::array({Json::attributes({{"enable", Json::boolean(true)},
                                                                      {"rollback", Json::boolean(true)}})})},
        {"deployment_controller", Json::array()},
        {"deployment_maximum_percent", Json::number(200)},
        {"deployment_minimum_healthy_percent", Json::number(100)},
        {"desired_count", Json::number(2 + pick(4))},
        {"enable_ecs_managed_tags", Json::boolean(true)},
        {"enable_execute_command", Json::boolean(false)},
        {"force_delete", Json()},
        {"force_new_deployment", Json()},
        {"health_check_grace_period_seconds", Json::number(60)},
        {"iam_role",
         known ? Json::string("/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS") : Json::unknown()},
        {"id", known ? Json::string(cluster + "/" + s.key) : Json::unknown()},
        {"launch_type", Json::string(s.fargate ? "FARGATE" : "EC2")},
        {"load_balancer",
         Json::array({Json::attributes(
             {{"container_name", Json::string("app")},
              {"container_port", Json::number(8080)},
              {"elb_name", Json::string("")},
              {"target_group_arn", known ? Json::string(targetGroupArn(s)) : Json::unknown()}})})},
        {"name", Json::string(s.key)},
        {"network_configuration",
         Json::array({Json::attributes(
             {{"assign_public_ip", Json::boolean(false)},
              {"security_groups", Json::strings({"sg-0a1b2c3d4e5f60718"})},
              {"subnets", Json::strings({"subnet-0123456789abcdef0", "subnet-0fedcba9876543210"})}})})},
        {"ordered_placement_strategy", Json::array()},
        {"placement_constraints", Json::array()},
        {"platform_version", Json::string(s.fargate ? "LATEST" : "")},
        {"propagate_tags", Json::string("SERVICE")},
        {"scheduling_strategy", Json::string("REPLICA")},
        {"service_connect_configuration", Json::array()},
        {"service_registries", Json::array()},
        {"tags", tags(s)},
        {"tags_all", tagsAll(s, known)},
        {"task_definition",
         known && s.action == Action::NoOp ? Json::string(s.team + "-" + s.key + ":7") : Json::unknown()},
        {"timeouts", Json()},
        {"triggers", Json::attributes({})},
        {"volume_configuration", Json::array()},
        {"vpc_lattice_configurations", Json::array()},
        {"wait_for_steady_state", Json::boolean(false)},
    });
  }

  static std::string targetGroupArn(const Service& s) {
    return "arn:aws:elasticloadbalancing:" + std::string(kRegion) + ":" + std::string(kAccount) +
           ":targetgroup/" + s.key + "/0123456789abcdef";
  }

  static Json role(const Service& s, std::string_view role, bool before) {
    const bool known = before || s.action != Action::Create;
    const std::string name = s.team + "-" + s.key + "-" + std::string(role);
    const std::string trust =
        R"({"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"}}],"Version":"2012-10-17"})";
    return Json::attributes({
        {"arn", known ? Json::string(s.roleArn(role)) : Json::unknown()},
        {"assume_role_policy", Json::string(trust)},
        {"create_date", known ? Json::string("2025-03-11T08:21:44Z") : Json::unknown()},
        {"description", Json::string("")},
        {"force_detach_policies", Json::boolean(false)},
        {"id", known ? Json::string(name) : Json::unknown()},
        {"inline_policy", known ? Json::array() : Json::unknown()},
        {"managed_policy_arns", known ? Json::array() : Json::unknown()},
        {"max_session_duration", Json::number(3600)},
        {"name", Json::string(name)},
        {"name_prefix", known ? Json::string("") : Json::unknown()},
        {"path", Json::string("/")},
        {"permissions_boundary", Json()},
        {"tags", tags(s)},
        {"tags_all", tagsAll(s, known)},
        {"unique_id", known ? Json::string("AROA" + std::string(16, 'X')) : Json::unknown()},
    });
  }

  static Json attachment(const Service& s, bool before) {
    const bool known = before || s.action != Action::Create;
    return Json::attributes({
        {"id", known ? Json::string(s.team + "-" + s.key + "-execution-20250311082145") : Json::unknown()},
        {"policy_arn", Json::string("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")},
        {"role", Json::string(s.team + "-" + s.key + "-execution")},
    });
  }

  static Json targetGroup(const Service& s, bool before) {
    const bool known = before || s.action != Action::Create;
    return Json::attributes({
        {"arn", known ? Json::string(targetGroupArn(s)) : Json::unknown()},
        {"connection_termination", Json()},
        {"deregistration_delay", Json::string("30")},
        {"health_check", Json::array({Json::attributes({{"enabled", Json::boolean(true)},
                                                        {"healthy_threshold", Json::number(3)},
                                                        {"interval", Json::number(15)},
                                                        {"matcher", Json::string("200-299")},
                                                        {"path", Json::string("/health")},
                                                        {"port", Json::string("traffic-port")},
                                                        {"protocol", Json::string("HTTP")},
                                                        {"timeout", Json::number(5)},
                                                        {"unhealthy_threshold", Json::number(3)}})})},
        {"id", known ? Json::string(targetGroupArn(s)) : Json::unknown()},
        {"ip_address_type", Json::string("ipv4")},
        {"name", Json::string(s.key)},
        {"port", Json::number(8080)},
        {"protocol", Json::string("HTTP")},
        {"tags", tags(s)},
        {"tags_all", tagsAll(s, known)},
        {"target_type", Json::string(s.fargate ? "ip" : "instance")},
        {"vpc_id", Json::string("vpc-0123456789abcdef0")},
    });
  }

  static Json logGroup(const Service& s, bool before) {
    const bool known = before || s.action != Action::Create;
    const std::string name = "/ecs/" + s.team + "/" + s.key;
    return Json::attributes({
        {"arn", known ? Json::string("arn:aws:logs:" + std::string(kRegion) + ":" + std::string(kAccount) +
                                     ":log-group:" + name)
                      : Json::unknown()},
        {"id", known ? Json::string(name) : Json::unknown()},
        {"kms_key_id", Json::string("")},
        {"log_group_class", Json::string("STANDARD")},
        {"name", Json::string(name)},
        {"retention_in_days", Json::number(30)},
        {"skip_destroy", Json::boolean(false)},
        {"tags", tags(s)},
        {"tags_all", tagsAll(s, known)},
    });
  }

  // The ECS cluster in the root module, which the plan leaves as it is.
  static Json rootResource(bool prior) {
    (void)prior;
    const std::string arn =
        "arn:aws:ecs:" + std::string(kRegion) + ":" + std::string(kAccount) + ":cluster/prod";
    const Json values = Json::attributes(
        {{"arn", Json::string(arn)},
         {"configuration", Json::array()},
         {"id", Json::string(arn)},
         {"name", Json::string("prod")},
         {"service_connect_defaults", Json::array()},
         {"setting", Json::array({Json::attributes({{"name", Json::string("containerInsights")},
                                                    {"value", Json::string("enabled")}})})},
         {"tags", Json()},
         {"tags_all", Json::attributes({})}});
    return Json::object({{"address", Json::string("aws_ecs_cluster.prod")},
                         {"mode", Json::string("managed")},
                         {"type", Json::string("aws_ecs_cluster")},
                         {"name", Json::string("prod")},
                         {"provider_name", Json::string(std::string(kProvider))},
                         {"schema_version", Json::number(0)},
                         {"values", values},
                         {"sensitive_values", values.marks(false)}});
  }

  // `configuration`: each resource block once per module, its expressions and references.
  static Json configuration() {
    const auto references = [](std::vector<std::string> names) {
      return Json::object({{"references", Json::strings(names)}});
    };
    const auto constant = [](Json value) { return Json::object({{"constant_value", std::move(value)}}); };
    const auto resource = [&](std::string type, std::string name, Json::Members expressions,
                              int schemaVersion) {
      return Json::object({{"address", Json::string(type + "." + name)},
                           {"mode", Json::string("managed")},
                           {"type", Json::string(type)},
                           {"name", Json::string(name)},
                           {"provider_config_key", Json::string("aws")},
                           {"expressions", Json::attributes(std::move(expressions))},
                           {"schema_version", Json::number(schemaVersion)},
                           {"for_each_expression", references({"var.services"})}});
    };
    std::vector<Json> resources;
    resources.push_back(resource(
        "aws_cloudwatch_log_group", "this",
        {{"name", references({"var.team", "each.key"})}, {"retention_in_days", constant(Json::number(30))}},
        0));
    resources.push_back(
        resource("aws_ecs_service", "this",
                 {{"cluster", references({"var.cluster_arn"})},
                  {"deployment_circuit_breaker",
                   Json::array({Json::attributes({{"enable", constant(Json::boolean(true))},
                                                  {"rollback", constant(Json::boolean(true))}})})},
                  {"desired_count", references({"each.value.desired_count", "each.value"})},
                  {"launch_type", references({"each.value.launch_type", "each.value"})},
                  {"load_balancer",
                   Json::array({Json::attributes(
                       {{"container_name", constant(Json::string("app"))},
                        {"container_port", constant(Json::number(8080))},
                        {"target_group_arn", references({"aws_lb_target_group.this[each.key].arn",
                                                         "aws_lb_target_group.this", "each.key"})}})})},
                  {"name", references({"each.key"})},
                  {"task_definition", references({"aws_ecs_task_definition.this[each.key].arn",
                                                  "aws_ecs_task_definition.this", "each.key"})}},
                 0));
    resources.push_back(resource(
        "aws_ecs_task_definition", "this",
        {{"container_definitions",
          references({"local.containers", "each.key", "each.value.image", "each.value", "var.secrets_prefix",
                      "aws_cloudwatch_log_group.this[each.key].name", "aws_cloudwatch_log_group.this",
                      "var.region"})},
         {"cpu", references({"each.value.cpu", "each.value"})},
         {"execution_role_arn",
          references({"aws_iam_role.execution[each.key].arn", "aws_iam_role.execution", "each.key"})},
         {"family", references({"var.team", "each.key"})},
         {"memory", references({"each.value.memory", "each.value"})},
         {"network_mode", references({"each.value.network_mode", "each.value"})},
         {"requires_compatibilities", references({"each.value.launch_type", "each.value"})},
         {"runtime_platform",
          Json::array(
              {Json::attributes({{"cpu_architecture", references({"each.value.architecture", "each.value"})},
                                 {"operating_system_family", constant(Json::string("LINUX"))}})})},
         {"task_role_arn", references({"aws_iam_role.task[each.key].arn", "aws_iam_role.task", "each.key"})}},
        1));
    for (const char* role : {"execution", "task"}) {
      resources.push_back(
          resource("aws_iam_role", role,
                   {{"assume_role_policy", references({"data.aws_iam_policy_document.ecs_tasks.json",
                                                       "data.aws_iam_policy_document.ecs_tasks"})},
                    {"name", references({"var.team", "each.key"})}},
                   0));
    }
    resources.push_back(resource(
        "aws_iam_role_policy_attachment", "execution",
        {{"policy_arn",
          constant(Json::string("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"))},
         {"role",
          references({"aws_iam_role.execution[each.key].name", "aws_iam_role.execution", "each.key"})}},
        0));
    resources.push_back(resource("aws_lb_target_group", "this",
                                 {{"name", references({"each.key"})},
                                  {"port", constant(Json::number(8080))},
                                  {"protocol", constant(Json::string("HTTP"))},
                                  {"target_type", references({"each.value.launch_type", "each.value"})},
                                  {"vpc_id", references({"var.vpc_id"})}},
                                 0));
    const Json module = Json::object(
        {{"resources", Json::array(std::move(resources))},
         {"variables",
          Json::attributes(
              {{"cluster_arn",
                Json::object({{"description", Json::string("The cluster the services run in")}})},
               {"region", Json::object({})},
               {"secrets_prefix", Json::object({{"default", Json::string("prod")}})},
               {"services", Json::object({{"description", Json::string("Services by name")}})},
               {"team", Json::object({})},
               {"vpc_id", Json::object({})}})}});
    const Json call = Json::object(
        {{"source", Json::string("./modules/ecs-service")},
         {"expressions",
          Json::attributes({{"cluster_arn", references({"aws_ecs_cluster.prod.arn", "aws_ecs_cluster.prod"})},
                            {"region", references({"var.region"})},
                            {"services", references({"each.value"})},
                            {"team", references({"each.key"})},
                            {"vpc_id", constant(Json::string("vpc-0123456789abcdef0"))}})},
         {"for_each_expression", references({"local.services_by_team"})},
         {"module", module}});
    return Json::object(
        {{"provider_config",
          Json::attributes(
              {{"aws", Json::object(
                           {{"name", Json::string("aws")},
                            {"full_name", Json::string(std::string(kProvider))},
                            {"version_constraint", Json::string("~> 5.80")},
                            {"expressions", Json::attributes({{"region", references({"var.region"})}})}})}})},
         {"root_module",
          Json::object(
              {{"resources",
                Json::array({Json::object(
                    {{"address", Json::string("aws_ecs_cluster.prod")},
                     {"mode", Json::string("managed")},
                     {"type", Json::string("aws_ecs_cluster")},
                     {"name", Json::string("prod")},
                     {"provider_config_key", Json::string("aws")},
                     {"expressions", Json::attributes({{"name", constant(Json::string("prod"))}})},
                     {"schema_version", Json::number(0)}})})},
               {"module_calls", Json::attributes({{"team", call}})},
               {"variables",
                Json::attributes({{"environment", Json::object({{"default", Json::string("prod")}})},
                                  {"region", Json::object({{"default", Json::string("eu-west-1")}})}})}})}});
  }

  const TerraformPlanShape& shape_;
  int environmentSize_;
  std::mt19937_64 random_;
  GeneratedPlan result_;
};

}  // namespace

GeneratedPlan generateTerraformPlan(const TerraformPlanShape& shape) {
  // The size grows linearly with the environment lists: measure two sizes on a sample of the
  // services and choose the list length that brings the whole plan to the target.
  TerraformPlanShape sample = shape;
  sample.taskDefinitions = std::min(shape.taskDefinitions, 100);
  const auto bytesPerService = [&](int environment) {
    return static_cast<double>(PlanWriter(sample, environment).write().json.size()) / sample.taskDefinitions;
  };
  const double small = bytesPerService(2);
  const double large = bytesPerService(22);
  const double wanted = static_cast<double>(shape.targetBytes) / std::max(shape.taskDefinitions, 1);
  const double perVariable = (large - small) / 20;
  const int environment = std::clamp(static_cast<int>(2 + (wanted - small) / perVariable + 0.5), 0, 5000);
  return PlanWriter(shape, environment).write();
}

}  // namespace ecslint::bench
