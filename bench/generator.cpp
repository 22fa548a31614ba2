#include "generator.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <array>
#include <random>
#include <string_view>

namespace ecslint::bench {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : random_(seed) {}

  std::string taskDefinition() {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    // Real files are indented with 2 or 4 spaces, about half each.
    w.SetIndent(' ', chance(50) ? 2 : 4);
    const int shape = pick(20);
    if (shape == 0) {
      containerList(w);  // Terraform's container_definitions file
    } else if (shape == 1) {
      w.StartObject();
      w.Key("taskDefinition");
      task(w, true);
      w.EndObject();
    } else {
      task(w, false);
    }
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
  }

  std::string largeTaskDefinition(std::size_t bytes) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    member(w, "family", "monolith");
    member(w, "executionRoleArn", "arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
    member(w, "networkMode", "awsvpc");
    w.Key("requiresCompatibilities");
    w.StartArray();
    w.String("EC2");
    w.EndArray();
    w.Key("containerDefinitions");
    w.StartArray();
    std::string previous;
    for (int i = 0; buffer.GetSize() < bytes; ++i) previous = container(w, i, previous, false);
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }
  bool chance(int percent) { return pick(100) < percent; }
  template <class T, std::size_t N>
  const T& oneOf(const std::array<T, N>& items) {
    return items[static_cast<std::size_t>(pick(static_cast<int>(N)))];
  }

  void member(Writer& w, const char* key, std::string_view value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
  void member(Writer& w, const char* key, int value) {
    w.Key(key);
    w.Int(value);
  }

  std::string name() {
    static constexpr std::array<std::string_view, 12> kWords = {"web",  "api",     "worker",   "nginx",
                                                                "app",  "backend", "frontend", "queue",
                                                                "cron", "proxy",   "auth",     "billing"};
    std::string result(oneOf(kWords));
    // append(), not "-" + temporary: GCC 12 at -O3 warns falsely (-Wrestrict).
    if (chance(50)) result.append("-").append(oneOf(kWords));
    return result;
  }

  std::string image(const std::string& repository) {
    switch (pick(4)) {
      case 0:
        return "123456789012.dkr.ecr.us-east-1.amazonaws.com/" + repository + ":" +
               std::to_string(pick(90) + 1);
      case 1:
        return "public.ecr.aws/nginx/nginx:1.27";
      case 2:
        return "${IMAGE}";
      default:
        return repository + ":latest";
    }
  }

  void task(Writer& w, bool describe) {
    const bool fargate = chance(60);
    const std::string family = name();
    w.StartObject();
    if (describe) {
      member(w, "taskDefinitionArn", "arn:aws:ecs:us-east-1:123456789012:task-definition/" + family + ":7");
      member(w, "revision", 7);
      member(w, "status", "ACTIVE");
    }
    member(w, "family", family);
    if (chance(85)) {
      member(w, "executionRoleArn", "arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
    }
    if (chance(60)) member(w, "taskRoleArn", "arn:aws:iam::123456789012:role/" + family + "-task-role");
    member(w, "networkMode", fargate || chance(50) ? "awsvpc" : "bridge");
    if (chance(90)) {
      w.Key("requiresCompatibilities");
      w.StartArray();
      w.String(fargate ? "FARGATE" : "EC2");
      w.EndArray();
    }
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kSizes = {
        {{"256", "512"},
         {"512", "1024"},
         {"1024", "2048"},
         {"1 vCPU", "3 GB"},
         {"2048", "4096"},
         {"256", "4096"}}};
    const auto& [cpu, memory] = oneOf(kSizes);
    member(w, "cpu", cpu);
    member(w, "memory", memory);
    w.Key("containerDefinitions");
    w.StartArray();
    const int containers = 1 + pick(3) + (chance(10) ? 3 : 0);
    std::string previous;
    for (int i = 0; i < containers; ++i) previous = container(w, i, previous, fargate);
    w.EndArray();
    if (chance(30)) volumes(w);
    if (chance(40)) tags(w, family);
    if (chance(30)) {
      w.Key("runtimePlatform");
      w.StartObject();
      member(w, "operatingSystemFamily", "LINUX");
      member(w, "cpuArchitecture", chance(70) ? "X86_64" : "ARM64");
      w.EndObject();
    }
    w.EndObject();
  }

  void containerList(Writer& w) {
    w.StartArray();
    const int containers = 1 + pick(3);
    std::string previous;
    for (int i = 0; i < containers; ++i) previous = container(w, i, previous, false);
    w.EndArray();
  }

  // Writes one container definition and returns its name.
  std::string container(Writer& w, int index, const std::string& previous, bool fargate) {
    const std::string containerName = index == 0 ? name() : name() + "-" + std::to_string(index);
    w.StartObject();
    member(w, "name", containerName);
    member(w, "image", image(containerName));
    if (chance(70)) {
      w.Key("essential");
      w.Bool(index == 0 || chance(50));
    }
    if (chance(40)) member(w, "cpu", 128 * (1 + pick(4)));
    if (chance(50)) member(w, chance(50) ? "memory" : "memoryReservation", 128 * (1 + pick(8)));
    if (chance(75)) {
      w.Key("portMappings");
      w.StartArray();
      const int port = oneOf(std::array<int, 5>{80, 8080, 3000, 443, 9000});
      w.StartObject();
      member(w, "containerPort", port);
      // A mismatched hostPort under awsvpc now and then (ECS101), as in real files.
      if (chance(50)) member(w, "hostPort", chance(85) ? port : 80);
      member(w, "protocol", "tcp");
      w.EndObject();
      w.EndArray();
    }
    if (chance(70)) {
      w.Key("environment");
      w.StartArray();
      static constexpr std::array<std::string_view, 10> kNames = {
          "NODE_ENV",   "PORT",    "LOG_LEVEL",     "DATABASE_HOST", "REDIS_URL",
          "AWS_REGION", "APP_ENV", "FEATURE_FLAGS", "JAVA_OPTS",     "TZ"};
      const int count = 1 + pick(8);
      for (int i = 0; i < count; ++i) {
        w.StartObject();
        member(w, "name", kNames[static_cast<std::size_t>(i)]);
        member(w, "value",
               chance(30) ? "${" + std::string(kNames[static_cast<std::size_t>(i)]) + "}"
                          : "value-" + std::to_string(pick(1000)));
        w.EndObject();
      }
      w.EndArray();
    }
    if (chance(35)) {
      w.Key("secrets");
      w.StartArray();
      w.StartObject();
      member(w, "name", "DB_PASSWORD");
      member(w, "valueFrom", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");
      w.EndObject();
      w.StartObject();
      member(w, "name", "API_KEY");
      member(w, "valueFrom", "arn:aws:ssm:us-east-1:123456789012:parameter/prod/api-key");
      w.EndObject();
      w.EndArray();
    }
    if (chance(80)) logConfiguration(w, containerName, fargate);
    if (chance(30)) {
      w.Key("healthCheck");
      w.StartObject();
      w.Key("command");
      w.StartArray();
      w.String("CMD-SHELL");
      w.String("curl -f http://localhost/health || exit 1");
      w.EndArray();
      member(w, "interval", 30);
      member(w, "timeout", 5);
      member(w, "retries", 3);
      member(w, "startPeriod", 60);
      w.EndObject();
    }
    if (!previous.empty() && chance(50)) {
      w.Key("dependsOn");
      w.StartArray();
      w.StartObject();
      member(w, "containerName", previous);
      member(w, "condition", chance(50) ? "START" : "HEALTHY");
      w.EndObject();
      w.EndArray();
    }
    if (chance(25)) {
      w.Key("command");
      w.StartArray();
      w.String("node");
      w.String("server.js");
      w.String("--port=8080");
      w.EndArray();
    }
    if (chance(15)) {
      w.Key("mountPoints");
      w.StartArray();
      w.StartObject();
      member(w, "sourceVolume", "data");
      member(w, "containerPath", "/var/lib/data");
      w.Key("readOnly");
      w.Bool(false);
      w.EndObject();
      w.EndArray();
    }
    if (chance(15)) {
      w.Key("ulimits");
      w.StartArray();
      w.StartObject();
      member(w, "name", "nofile");
      member(w, "softLimit", 65536);
      member(w, "hardLimit", 65536);
      w.EndObject();
      w.EndArray();
    }
    w.EndObject();
    return containerName;
  }

  void logConfiguration(Writer& w, const std::string& containerName, bool fargate) {
    w.Key("logConfiguration");
    w.StartObject();
    member(w, "logDriver", fargate || chance(80) ? "awslogs" : "json-file");
    w.Key("options");
    w.StartObject();
    member(w, "awslogs-group", "/ecs/" + containerName);
    member(w, "awslogs-region", "us-east-1");
    // Missing now and then (ECS302).
    if (chance(85)) member(w, "awslogs-stream-prefix", "ecs");
    if (chance(20)) member(w, "awslogs-create-group", "true");
    w.EndObject();
    w.EndObject();
  }

  void volumes(Writer& w) {
    w.Key("volumes");
    w.StartArray();
    w.StartObject();
    member(w, "name", "data");
    if (chance(50)) {
      w.Key("efsVolumeConfiguration");
      w.StartObject();
      member(w, "fileSystemId", "fs-0123456789abcdef0");
      member(w, "transitEncryption", "ENABLED");
      w.EndObject();
    }
    w.EndObject();
    w.EndArray();
  }

  void tags(Writer& w, const std::string& family) {
    w.Key("tags");
    w.StartArray();
    for (const char* key : {"team", "service", "environment"}) {
      w.StartObject();
      member(w, "key", key);
      member(w, "value", std::string(key) == "service" ? family : "prod");
      w.EndObject();
    }
    w.EndArray();
  }

  std::mt19937_64 random_;
};

}  // namespace

std::string generateTaskDefinition(std::uint64_t seed) { return Generator(seed).taskDefinition(); }

std::string generateLargeTaskDefinition(std::size_t bytes, std::uint64_t seed) {
  return Generator(seed).largeTaskDefinition(bytes);
}

}  // namespace ecslint::bench
