// Inputs built to break a parser or a linter: every one must end with a defined exit status and a
// clear message, in bounded time and memory. Most run the real executable (child_process.h kills
// it after a deadline and caps its address space); the exhaustive ones run in process.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <sys/stat.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>

#include "../bench/hostile.h"
#include "check/finding_limits.h"
#include "child_process.h"
#include "document/json_pointer.h"
#include "hostile_run.h"
#include "json/json_loader.h"
#include "rules/rule_table.h"
#include "support/utf8.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// A scratch directory per test case and process (suites run in parallel), removed at the end.
class Scratch {
 public:
  explicit Scratch(const std::string& name)
      : dir_(fs::temp_directory_path() / ("ecslint-hostile-" + std::to_string(getpid()) + "-" + name)) {
    std::error_code ignored;
    fs::permissions(dir_, fs::perms::owner_all, ignored);
    fs::remove_all(dir_, ignored);
    fs::create_directories(dir_);
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  const fs::path& dir() const { return dir_; }
  std::string write(const std::string& name, const std::string& bytes) const {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

 private:
  fs::path dir_;
};

// Runs ecslint and checks what every hostile input must end with (hostile_run.h), `message` in
// the output.
ChildRun expectOutcome(const std::vector<std::string>& arguments, int exitCode, const std::string& message,
                       double seconds = 10, const std::string& stdinPath = "/dev/null") {
  return expectHostileOutcome(arguments, exitCode, {message}, seconds, stdinPath);
}

}  // namespace

TEST_CASE("hostile: an empty file, and one of only whitespace") {
  Scratch scratch("empty");
  expectOutcome({scratch.write("empty.json", "")}, 1, "the file is empty; expected a JSON task definition");
  expectOutcome({scratch.write("blank.json", " \n\t\r\n")}, 1, "the file is empty");
  expectOutcome({"-"}, 1, "the file is empty");  // empty standard input
}

TEST_CASE("hostile: 200,000-deep arrays and objects, closed and unclosed, stop at depth 128 (ECS014)") {
  Scratch scratch("deep");
  constexpr std::size_t kDepth = 200'000;
  const std::string arrays = repeat("[", kDepth);
  const std::string objects = repeat("{\"a\":", kDepth);
  const std::string message = "JSON nested more than 128 levels deep";
  expectOutcome({scratch.write("arrays-closed.json", arrays + repeat("]", kDepth))}, 1, message);
  expectOutcome({scratch.write("arrays-open.json", arrays)}, 1, message);
  expectOutcome({scratch.write("objects-closed.json", objects + "0" + repeat("}", kDepth))}, 1, message);
  expectOutcome({scratch.write("objects-open.json", objects)}, 1, message);
  // Mixed, with the task definition's own keys, and the point where reading stops is exact.
  const ChildRun mixed =
      expectOutcome({scratch.write("mixed.json", "{\"containerDefinitions\":" + repeat("[{\"x\":", kDepth))},
                    1, "[ECS014 input-too-deep]");
  CHECK(mixed.output.find("mixed.json:1:") != std::string::npos);
}

TEST_CASE("hostile: NUL bytes anywhere are ECS001 findings") {
  Scratch scratch("nul");
  using namespace std::string_literals;
  expectOutcome({scratch.write("in-string.json", "{\"family\": \"we\0b\"}"s)}, 1,
                "NUL byte inside a string; JSON text cannot contain NUL bytes");
  expectOutcome({scratch.write("after.json", kCleanTask + "\0\0garbage"s)}, 1,
                "NUL byte after the end of the JSON document");
  expectOutcome({scratch.write("between.json", "{\"family\":\0 \"web\"}"s)}, 1, "found a NUL byte");
  expectOutcome({scratch.write("only.json", "\0"s)}, 1, "expected a JSON value, found a NUL byte");
  expectOutcome({scratch.write("leading.json", "\0\0{}"s)}, 1, "expected a JSON value, found a NUL byte");
}

TEST_CASE("hostile: invalid UTF-8 in values, keys, outside strings and cut at the end") {
  Scratch scratch("utf8");
  const std::string message = "invalid UTF-8 byte sequence; save the file as UTF-8";
  expectOutcome({scratch.write("latin1.json", "{\"family\": \"caf\xE9\"}")}, 1, message);
  expectOutcome({scratch.write("key.json", "{\"fam\xC0\xAFily\": \"web\"}")}, 1, message);  // overlong '/'
  expectOutcome({scratch.write("surrogate.json", "{\"family\": \"\xED\xA0\x80\"}")}, 1, message);
  expectOutcome({scratch.write("outside.json", "{\"family\": \xFF}")}, 1, "byte 0xFF (not UTF-8)");
  expectOutcome({scratch.write("cut.json", "{\"family\": \"web\xE2\x82")}, 1, "[ECS001 invalid-json]");
  // The report itself stays valid UTF-8 when it quotes the file.
  const ChildRun run = runEcslint({"--format", "sarif", scratch.write("name\xFF.json", "{\"a\": \"\xFE\"}")});
  CHECK(run.exitCode == 1);
  CHECK(toValidUtf8(run.output) == run.output);
}

TEST_CASE("hostile: UTF-16 and UTF-32 files, with and without a byte-order mark") {
  Scratch scratch("utf16");
  std::string le("\xFF\xFE", 2);
  std::string be("\xFE\xFF", 2);
  std::string leBare;
  std::string beBare;
  for (char c : std::string("{\"family\": \"web\"}")) {
    le += c;
    le += '\0';
    leBare += c;
    leBare += '\0';
    be += '\0';
    be += c;
    beBare += '\0';
    beBare += c;
  }
  const std::string message = "the file is UTF-16 encoded; ECS task definitions must be UTF-8 JSON";
  expectOutcome({scratch.write("le-bom.json", le)}, 1, message);
  expectOutcome({scratch.write("be-bom.json", be)}, 1, message);
  expectOutcome({scratch.write("le.json", leBare)}, 1, message);
  expectOutcome({scratch.write("be.json", beBare)}, 1, message);
  expectOutcome({scratch.write("utf32.json", std::string("\xFF\xFE\0\0{\0\0\0", 8))}, 1, "UTF-32 encoded");
  // A UTF-8 byte-order mark is accepted.
  expectOutcome({scratch.write("utf8-bom.json", "\xEF\xBB\xBF" + kCleanTask)}, 0,
                "No problems found in 1 file.");
}

TEST_CASE("hostile: huge and odd numbers never crash and are never judged as other numbers") {
  Scratch scratch("numbers");
  expectOutcome(
      {scratch.write("1e400.json", R"({"family": "web", "containerDefinitions": [{"memory": 1e400}]})")}, 1,
      "number too large to represent");
  for (const char* number : {"18446744073709551616", "18446744073709551615", "9223372036854775808",
                             "-9223372036854775809", "-0", "-0.0", "1e308", "4.9e-324", "0.5", "1E+2"}) {
    INFO(number);
    // Every integer field of the model at once: ports, sizes, limits, timeouts, health check.
    std::string text = kCleanTask;
    const std::string container = R"("name": "web",)";
    text.replace(text.find(container), container.size(),
                 std::string(R"("name": "web", "cpu": N, "memory": N, "memoryReservation": N,
      "portMappings": [{"containerPort": N, "hostPort": N}], "startTimeout": N, "stopTimeout": N,
      "healthCheck": {"command": ["CMD", "true"], "interval": N, "timeout": N, "retries": N, "startPeriod": N},
      "ulimits": [{"name": "nofile", "softLimit": N, "hardLimit": N}],
      "linuxParameters": {"sharedMemorySize": N, "maxSwap": N, "swappiness": N},)"));
    for (std::size_t at = text.find(": N"); at != std::string::npos; at = text.find(": N", at)) {
      text.replace(at + 2, 1, number);
    }
    text.replace(text.find("\"512\""), 5, number);  // task memory: a string in the API, a number here
    const ChildRun run = runEcslint({scratch.write("numbers.json", text)});
    INFO(run.output);
    CHECK((run.exitCode == 0 || run.exitCode == 1));
    CHECK(run.output.find("internal error") == std::string::npos);
  }
}

// Every value of a task definition that uses every field the model reads, replaced in turn by a
// value of every other JSON type (and by a placeholder): ecslint must not throw, and no check may
// report inside the replaced value. A wrong type is the schema's finding (ECS004), never a check's.
TEST_CASE("hostile: wrong types at every level draw no finding from any check") {
  const std::string kitchenSink = readFile(sourceDir() / "tests" / "data" / "every-field.json");
  REQUIRE(!kitchenSink.empty());
  const std::vector<std::string> shapes = {kitchenSink, "{\"taskDefinition\": " + kitchenSink + "}"};
  // replacement text, its JSON type ("integer" and "number" apart: 1.5 is no container port)
  const std::vector<std::pair<std::string, std::string>> replacements = {
      {"\"wrong\"", "string"},
      {"\"${PLACEHOLDER}\"", "placeholder"},
      {"7", "integer"},
      {"1.5", "number"},
      {"18446744073709551615", "number"},
      {"true", "boolean"},
      {"null", "null"},
      {"{}", "object"},
      {"{\"a\": [1]}", "object"},
      {"[]", "array"},
      {"[{}, \"x\", 3]", "array"}};
  std::set<std::string_view> checkRules;
  for (const RuleImplementation& implementation : ruleImplementations()) {
    if (implementation.stage == RuleStage::Check) checkRules.insert(implementation.id);
  }
  const auto typeOf = [](const Document& document, NodeId id) -> std::string {
    switch (document.kind(id)) {
      case NodeKind::String:
        return "string";
      case NodeKind::Integer: {  // "integer" when it fits an int64, as RapidJSON's IsInt64()
        const std::string_view text = document.text(id);
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        return error == std::errc() && end == text.data() + text.size() ? "integer" : "number";
      }
      case NodeKind::Float:
        return "number";
      case NodeKind::Boolean:
        return "boolean";
      case NodeKind::Null:
        return "null";
      case NodeKind::Mapping:
        return "object";
      default:
        return "array";
    }
  };
  std::size_t variants = 0;
  for (const std::string& text : shapes) {
    const SourceText source("every-field.json", text);
    auto document = loadJson(source);
    REQUIRE(document.has_value());
    for (NodeId id = 1; id < document->nodeCount(); ++id) {
      const ByteRange span = document->node(id).span;
      const std::string original = typeOf(*document, id);
      for (const auto& entry : replacements) {
        // Not structured bindings: clang before 16 cannot capture one in doctest's INFO lambda.
        const std::string& replacement = entry.first;
        if (entry.second == original) continue;
        std::string variant = text;
        variant.replace(span.begin, span.end - span.begin, replacement);
        INFO(document->pointer(id) << " = " << replacement);
        FileReport report;
        REQUIRE_NOTHROW(report = lintText(variant));
        ++variants;
        for (const Finding& finding : report.findings) {
          const bool inside =
              finding.range.begin >= span.begin &&
              finding.range.begin < span.begin + static_cast<std::uint32_t>(replacement.size());
          // ECS305 owns a non-string awslogs option (RULES.md; the schema's ECS004 yields to it).
          const bool ownedByCheck = finding.rule->id == "ECS305" &&
                                    finding.pointer.find("/logConfiguration/options/") != std::string::npos;
          CHECK_MESSAGE(!(inside && !ownedByCheck && checkRules.count(finding.rule->id) != 0),
                        finding.rule->id << " reported inside a wrongly typed value: " << finding.message);
          CHECK(!finding.message.empty());
        }
      }
    }
  }
  MESSAGE(variants << " variants linted");
  CHECK(variants > 2000);
}

TEST_CASE("hostile: 5,000 containers with a dependsOn chain through all of them") {
  Scratch scratch("chain");
  constexpr int kContainers = 5000;
  std::string text = R"({"family": "chain", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
    "cpu": "4096", "memory": "30720",
    "executionRoleArn": "arn:aws:iam::123456789012:role/chainTaskExecutionRole", "containerDefinitions": [)";
  for (int i = 0; i < kContainers; ++i) {
    // append(), not "c" + temporary: GCC 12 at -O3 (the README's Release build) warns falsely (-Wrestrict).
    const std::string name = std::string("c").append(std::to_string(i));
    // Each waits for the next; the last closes the loop back to the first.
    const std::string next = std::string("c").append(std::to_string((i + 1) % kContainers));
    text += std::string(i == 0 ? "" : ",") + R"({"name": ")" + name +
            R"(", "image": "public.ecr.aws/nginx/nginx:1.27", "essential": true, "memoryReservation": 6,
      "dependsOn": [{"containerName": ")" +
            next + R"(", "condition": "START"}],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/chain",
        "awslogs-region": "us-east-1", "awslogs-stream-prefix": ")" +
            name + R"("}}})";
  }
  text += "]}";
  const std::string file = scratch.write("chain.json", text);
  ChildLimits limits;
  limits.seconds = 10 * kSlowdown;
  const ChildRun run = runEcslint({file}, "/dev/null", limits);
  INFO(run.output.substr(0, 2000));
  CHECK(!run.timedOut);
  CHECK((run.exitCode == 0 || run.exitCode == 1));
  CHECK(run.output.find("internal error") == std::string::npos);
  MESSAGE("5,000-container chain: exit " << run.exitCode << " in " << run.seconds << " s");
  // The SARIF report of the same file, which buffers everything, is bounded too.
  const ChildRun sarif = runEcslint({"--format", "sarif", file}, "/dev/null", limits);
  CHECK(!sarif.timedOut);
  CHECK((sarif.exitCode == 0 || sarif.exitCode == 1));
}

TEST_CASE(
    "hostile: a 70 MB string, its file on standard input and endless input end at the 64 MiB limit "
    "(ECS015)") {
  Scratch scratch("big");
  const std::string huge = "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"" +
                           std::string(70'000'000, 'a') + "\"}]}";
  const std::string message = "the file is larger than 64 MiB, the most ecslint reads";
  const std::string file = scratch.write("string.json", huge);
  expectOutcome({file}, 1, message);
  expectOutcome({"-"}, 1, message, 10, file);  // the same bytes on standard input
  expectOutcome({"/dev/zero"}, 1, message);    // never ends
  // Found by walking a directory, a large file that looks like a task definition is reported...
  expectOutcome({scratch.dir().string()}, 1, message);
  // ...and one that does not (a lock file, a data dump) is skipped like any other JSON.
  fs::remove(file);
  scratch.write("package-lock.json",
                "{\"name\": \"app\", \"data\": \"" + std::string(70'000'000, 'x') + "\"}");
  expectOutcome({scratch.dir().string()}, 0, "No problems found in 0 files.");
}

TEST_CASE("hostile: a 10 MB string under the limit is read and reported at exact positions") {
  std::string text = kCleanTask;
  const std::string image = "\"public.ecr.aws/nginx/nginx:1.27\"";
  text.replace(text.find(image), image.size(), "\"" + std::string(10'000'000, 'x') + "\"");
  text.replace(text.find("\"family\": \"web\","), 16, "\"family\": \"web\", \"family\": \"web\",");
  const FileReport report = lintText(text);
  // The duplicate key, then the 10 MB image: too long for an image reference (ECS008) and
  // without a tag (ECS707).
  REQUIRE(ruleIds(report) == "ECS002,ECS008,ECS707");
  CHECK(report.source->position(report.findings[0].range.begin) == Position{2, 20});
}

TEST_CASE("hostile: more than four million values stop the parse (ECS015)") {
  Scratch scratch("values");
  const std::string values = "[" + repeat("0,", Document::kMaxValues + 100'000) + "0]";
  expectOutcome({scratch.write("values.json", values)}, 1, "the JSON holds more than 4,000,000 values");
}

TEST_CASE("hostile: findings per file, their messages and pointers are bounded") {
  Scratch scratch("findings");
  // 900,000 duplicate keys under a 100 KB member name: unbounded, a terabyte of pointers.
  const std::string key(100'000, 'k');
  const std::string text =
      "{\"" + key + "\": {" + repeat("\"" + key.substr(0, 3) + "\": 0, ", 900'000) + "\"x\": 0}}";
  const ChildRun run =
      expectOutcome({scratch.write("duplicates.json", text)}, 1,
                    "this file reached 10,000 findings, the most ecslint reports for one file");
  CHECK(run.output.find("10001 problems") != std::string::npos);
  const FileReport report = lintText(text);
  REQUIRE(report.findings.size() == kMaxFindingsPerFile + 1);
  for (const Finding& finding : report.findings) {
    CHECK(finding.pointer.size() <= kMaxPointerBytes + 3);
    CHECK(finding.message.size() <= kMaxMessageBytes);
  }
}

// Random JSON from a task definition's vocabulary: every member name and string value of
// tests/data/every-field.json, numbers at and beyond the integer limits, placeholders.
class RandomTaskJson {
 public:
  RandomTaskJson(std::mt19937_64& random, const std::string& example) : random_(random) {
    rapidjson::Document document;
    document.Parse(example.c_str());
    collect(document);
  }

  // Mostly task-definition-shaped: a task object, a describe wrapper or a container list.
  std::string document() {
    switch (pick(4)) {
      case 0:
        return "[" + container() + (pick(2) ? "," + container() : "") + "]";
      case 1:
        return "{\"taskDefinition\": " + task() + "}";
      default:
        return task();
    }
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

  void collect(const rapidjson::Value& value) {
    if (value.IsObject()) {
      for (const auto& member : value.GetObject()) {
        keys_.emplace_back(member.name.GetString());
        collect(member.value);
      }
    } else if (value.IsArray()) {
      for (const auto& element : value.GetArray()) collect(element);
    } else if (value.IsString()) {
      strings_.emplace_back(value.GetString());
    }
  }

  std::string quoted(const std::string& text) { return "\"" + text + "\""; }

  std::string task() {
    std::string text = "{\"family\": \"f\", \"containerDefinitions\": [" + container();
    for (std::size_t i = pick(3); i > 0; --i) text.append(",").append(container());
    text += "]";
    for (std::size_t i = pick(8); i > 0; --i)
      text += ", " + quoted(keys_[pick(keys_.size())]) + ": " + value(1);
    return text + "}";
  }

  std::string container() {
    return object(2, quoted("name") + ": " + quoted(strings_[pick(strings_.size())]));
  }

  std::string object(int depth, std::string members = "") {
    for (std::size_t i = pick(7); i > 0; --i) {
      if (!members.empty()) members += ", ";
      members += quoted(keys_[pick(keys_.size())]) + ": " + value(depth + 1);
    }
    return "{" + members + "}";
  }

  std::string value(int depth) {
    static const char* const kScalars[] = {"0",
                                           "-1",
                                           "80",
                                           "65536",
                                           "-0",
                                           "1.5",
                                           "1e3",
                                           "9223372036854775807",
                                           "9223372036854775808",
                                           "18446744073709551616",
                                           "true",
                                           "false",
                                           "null",
                                           "\"${X}\"",
                                           "\"\"",
                                           "\"256\"",
                                           "\"1 vCPU\"",
                                           "\"2 GB\""};
    const std::size_t choice = pick(depth > 5 ? 3 : 5);
    if (choice == 0) return quoted(strings_[pick(strings_.size())]);
    if (choice == 1) return kScalars[pick(std::size(kScalars))];
    if (choice == 2) return quoted(keys_[pick(keys_.size())]);
    if (choice == 3) return object(depth);
    std::string elements;
    for (std::size_t i = pick(4); i > 0; --i) elements += (elements.empty() ? "" : ", ") + value(depth + 1);
    return "[" + elements + "]";
  }

  std::mt19937_64& random_;
  std::vector<std::string> keys_;
  std::vector<std::string> strings_;
};

TEST_CASE("hostile: random bytes and random task-definition-like JSON (seeded) never crash") {
  std::mt19937_64 random(20240607);
  const auto number = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
  };
  RandomTaskJson generator(random, readFile(sourceDir() / "tests" / "data" / "every-field.json"));
  std::size_t parsed = 0;
  std::size_t findings = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    if (i % 3 == 0) {
      text.resize(number(2048));
      for (char& c : text) c = static_cast<char>(number(256));
    } else {
      text = generator.document();
      // Every other one gets a few random bytes changed.
      for (std::size_t k = i % 3 == 2 ? 1 + number(3) : 0; k > 0 && !text.empty(); --k) {
        text[number(text.size())] = static_cast<char>(number(256));
      }
    }
    INFO("input " << i << ": " << text.substr(0, 500));
    FileReport report;
    REQUIRE_NOTHROW(report = lintText(text));
    if (report.isTaskDefinition) ++parsed;
    findings += report.findings.size();
  }
  MESSAGE(parsed << " of 3,000 random inputs were task definitions; " << findings << " findings");
  CHECK(parsed > 1000);

  Scratch scratch("random");
  std::string bytes(1 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(number(256));
  expectOutcome({scratch.write("random.json", bytes)}, 1, "[ECS001 invalid-json]");
}

TEST_CASE("hostile: a directory with symlink loops is walked once, and loops are named, not followed") {
  Scratch scratch("loops");
  fs::create_directories(scratch.dir() / "sub");
  scratch.write("sub/task.json", kCleanTask);
  fs::create_directory_symlink(scratch.dir(), scratch.dir() / "sub" / "up");  // directory loop
  fs::create_symlink("b.json", scratch.dir() / "a.json");                     // file loop
  fs::create_symlink("a.json", scratch.dir() / "b.json");
  fs::create_symlink("self.json", scratch.dir() / "self.json");
  const ChildRun run =
      expectOutcome({scratch.dir().string()}, 2, "a.json: cannot read: Too many levels of symbolic links");
  CHECK(run.output.find("self.json: cannot read") != std::string::npos);
  CHECK(run.output.find("No problems found in 1 file.") != std::string::npos);  // sub/task.json, once
  expectOutcome({(scratch.dir() / "self.json").string()}, 2,
                "cannot read: Too many levels of symbolic links");
}

TEST_CASE("hostile: an unreadable file and an unreadable directory exit 2 and name the path") {
  Scratch scratch("unreadable");
  fs::permissions(scratch.dir(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                     fs::perms::others_read | fs::perms::others_exec);
  const std::string file = scratch.write("secret.json", kCleanTask);
  fs::permissions(file, fs::perms::none);
  fs::create_directories(scratch.dir() / "closed");
  scratch.write("closed/task.json", kCleanTask);
  fs::permissions(scratch.dir() / "closed", fs::perms::none);
  ChildLimits limits;
  limits.seconds = 10 * kSlowdown;
  std::string ecslint = ECSLINT_BINARY;
  if (geteuid() == 0) {
    // Root reads anything: run ecslint as nobody, which is what an unreadable file means. nobody
    // may not reach the build directory (a checkout in /root or in a mktemp -d directory is private),
    // so it runs a copy in the scratch directory, which every user can reach if the temporary
    // directory's ancestors let it (else nobody's "Permission denied" would prove nothing).
    limits.runAs = 65534;
    for (fs::path up = scratch.dir().parent_path(); up != up.parent_path(); up = up.parent_path()) {
      if ((fs::status(up).permissions() & fs::perms::others_exec) == fs::perms::none) {
        MESSAGE("skipped: user nobody cannot reach " << scratch.dir().string() << " (" << up.string()
                                                     << " is private); set TMPDIR to a public directory");
        return;
      }
    }
    ecslint = (scratch.dir() / "ecslint").string();
    fs::copy_file(ECSLINT_BINARY, ecslint);
    fs::permissions(ecslint, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec);
  }
  const ChildRun run = runProgram(ecslint, {file}, "/dev/null", limits);
  if (run.exitCode == 126) {
    MESSAGE("skipped: running as root and cannot switch to user nobody");
    return;
  }
  REQUIRE_MESSAGE(run.exitCode != 127, "could not execute " << ecslint);
  CHECK(run.exitCode == 2);
  CHECK(run.output.find("secret.json: cannot read: Permission denied") != std::string::npos);
  const ChildRun directory = runProgram(ecslint, {(scratch.dir() / "closed").string()}, "/dev/null", limits);
  CHECK(directory.exitCode == 2);
  CHECK(directory.output.find("closed: cannot list directory: Permission denied") != std::string::npos);
}

namespace {

// Runs ecslint under a CPU-time limit far below what a quadratic pass over `arguments`' input
// takes (minutes) and far above what a linear one does (a fraction of a second, several under the
// sanitizers). CPU time, not wall time, so a loaded machine cannot fail it; the wall-clock deadline
// only stops a hang.
ChildRun expectLinear(const std::vector<std::string>& arguments, int exitCode, const std::string& message) {
  ChildLimits limits;
  limits.seconds = 5 * kSlowdown;
  const ChildRun run = runEcslint(arguments, "/dev/null", limits);
  INFO("output: " << run.output.substr(0, 2000));
  CHECK_MESSAGE(run.signal == 0, "ecslint was killed by signal " << run.signal << " (SIGXCPU is " << SIGXCPU
                                                                 << ": over the CPU-time limit)");
  CHECK(!run.timedOut);
  CHECK(run.exitCode == exitCode);
  CHECK_MESSAGE(run.output.find(message) != std::string::npos, "missing: " << message);
  MESSAGE(arguments.back().substr(0, 80) << ": exit " << run.exitCode << " in " << run.seconds << " s");
  return run;
}

// The arguments that lint one of the benchmark's worst cases (bench/hostile.h), written to `scratch`.
std::vector<std::string> caseArguments(const Scratch& scratch, const bench::HostileCase& hostile) {
  std::vector<std::string> arguments = hostile.options;
  if (!hostile.config.empty())
    arguments.insert(arguments.end(), {"--config", scratch.write("config.json", hostile.config)});
  arguments.push_back(scratch.write("case.json", hostile.file));
  return arguments;
}

}  // namespace

TEST_CASE("hostile: 64,000 containers without logConfiguration stay linear (ECS301's fix inference)") {
  Scratch scratch("ecs301");
  const std::vector<std::string> arguments = caseArguments(scratch, bench::manyContainersWithoutLogs());
  expectLinear(arguments, 1, "[ECS301 missing-log-configuration]");
  expectLinear({"--format", "sarif", arguments.back()}, 1,
               "\"ruleId\": \"ECS301\"");  // with the fixes' edits
}

TEST_CASE("hostile: a 128 KB image with a trusted_registries configuration stays linear (ECS707)") {
  Scratch scratch("ecs707");
  expectLinear(caseArguments(scratch, bench::longImageWithTrustedRegistries()), 1,
               "[ECS707 mutable-image-tag]");
}

TEST_CASE("hostile: a 300,000-character variable name against secret_name_patterns stays linear (ECS702)") {
  Scratch scratch("ecs702");
  expectLinear(caseArguments(scratch, bench::longNameWithSecretPatterns()), 0,
               "[ECS702 secret-in-environment]");
}

TEST_CASE("hostile: 150,000 misspellings of one property stay linear (ECS003's suggestions)") {
  Scratch scratch("misspellings");
  const ChildRun run = expectLinear(caseArguments(scratch, bench::manyMisspellings()), 1,
                                    "did you mean 'containerDefinitions'? register-task-definition rejects");
  CHECK(run.output.find("this file reached 10,000 findings") != std::string::npos);
}

TEST_CASE("hostile: input that cannot be read fails whatever the selection, severities and ignores") {
  Scratch scratch("unreadable-selection");
  const std::string broken = scratch.write("broken.json", "{\"family\": ");
  const std::string empty = scratch.write("empty.json", "");
  const std::string deep = scratch.write("deep.json", repeat("[", 200));
  fs::create_directories(scratch.dir() / "sub");
  for (const std::string deselect : {"--select=ECS101", "--ignore=ECS0"}) {
    INFO(deselect);
    expectOutcome({deselect, broken}, 1, "error: the file ends where a value was expected");
    expectOutcome({deselect, empty}, 1, "error: the file is empty");
    expectOutcome({deselect, "/dev/zero"}, 1, "error: the file is larger than 64 MiB");
    expectOutcome({deselect, deep}, 1, "[ECS014 input-too-deep]");
    // Found by a walk too, when it looks like a task definition.
    const std::string walked = scratch.write("sub/task.json", "{\"containerDefinitions\": [");
    expectOutcome({deselect, (scratch.dir() / "sub").string()}, 1, "[ECS001 invalid-json]");
    fs::remove(walked);
  }
  // Nor can the configuration demote or suppress it.
  const std::string config = scratch.write(
      "config.json",
      R"({"severity": {"ECS0": "note"}, "per_file_ignores": {"*.json": ["ECS001", "ECS015"]}})");
  expectOutcome({"--config", config, broken}, 1, "error: the file ends where a value was expected");
  expectOutcome({"--config", config, "--select", "ECS101", "/dev/zero"}, 1, "error: the file is larger");
  // Readable files keep following the selection.
  expectOutcome({"--select=ECS101", scratch.write("ok.json", kCleanTask)}, 0, "No problems found in 1 file.");
}

TEST_CASE("hostile: a lone low surrogate is refused like a lone high one (ECS001 at the escape)") {
  Scratch scratch("surrogates");
  for (const std::string unit : {"\\ud800", "\\udc00", "\\uDFFF"}) {
    INFO(unit);
    std::string text = kCleanTask;
    text.replace(text.find("\"name\": \"web\""), 13, "\"name\": \"w" + unit + "\"");
    const std::string file = scratch.write("task.json", text);
    // Line 9, column 15: the backslash of the escape.
    const std::string message = "task.json:9:15: error: invalid \\u escape: unpaired UTF-16 surrogate";
    expectOutcome({file}, 1, message);
    const ChildRun fixed = expectOutcome({"--fix", file}, 1, message);
    CHECK(readFile(file) == text);  // nothing to fix in a file that cannot be read
    expectOutcome({"--diff", file}, 1, "1 problem would remain");
    const ChildRun sarif = expectOutcome({"--format", "sarif", file}, 1, "\"ruleId\": \"ECS001\"");
    CHECK(sarif.output.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD in a fix
    CHECK(sarif.output.find("\"fixes\"") == std::string::npos);
  }
}

TEST_CASE("hostile: a configuration that is endless, huge or not a file is refused (exit 2)") {
  Scratch scratch("config-limits");
  const std::string task = scratch.write("task.json", kCleanTask);
  // Read until memory ran out, then std::bad_alloc (exit 134).
  expectOutcome({"--config", "/dev/zero", task}, 2,
                "ecslint: /dev/zero: cannot read the configuration: not a regular file");
  // Found next to the file: an 8 GiB sparse file, then one just over the limit.
  const fs::path found = scratch.dir() / ".ecslint.json";
  std::ofstream(found).put('{');
  fs::resize_file(found, std::uintmax_t{8} << 30);
  const std::string tooLarge = "cannot read the configuration: larger than 16 MiB, the most ecslint reads";
  expectOutcome({task}, 2, ".ecslint.json: " + tooLarge);
  scratch.write(".ecslint.json", "{\"ignore\": [\"ECS301\"], \"x\": \"" + std::string(16 << 20, 'x') + "\"}");
  expectOutcome({task}, 2, tooLarge);
  // A FIFO by that name: neither a wait for a writer nor a reason to look further up.
  fs::remove(found);
  REQUIRE(mkfifo(found.c_str(), 0600) == 0);
  expectOutcome({task}, 2, ".ecslint.json: cannot read the configuration: not a regular file");
  fs::remove(found);
  fs::create_directory(found);
  expectOutcome({task}, 2, ".ecslint.json: cannot read the configuration: Is a directory");
}

TEST_CASE("hostile: a .ecslint.json above the repository's root does not apply to it") {
  Scratch scratch("config-root");
  // A stray configuration one level up that silences everything it governs.
  scratch.write(".ecslint.json", R"({"ignore": ["ECS"]})");
  fs::create_directories(scratch.dir() / "repo" / "deploy");
  std::string text = kCleanTask;
  const std::string logs = text.substr(text.find(",\n    \"logConfiguration\""));
  text.replace(text.find(logs), logs.size(), "\n  }]\n}\n");  // no logConfiguration: ECS301
  const std::string task = scratch.write("repo/deploy/task.json", text);
  // Not a repository: the search goes up to '/', and the stray file applies.
  expectOutcome({task}, 0, "No problems found in 1 file.");
  // A repository, whose root holds .git as a directory, or as a file (a worktree or submodule).
  fs::create_directory(scratch.dir() / "repo" / ".git");
  expectOutcome({task}, 0, "[ECS301 missing-log-configuration]");
  fs::remove(scratch.dir() / "repo" / ".git");
  scratch.write("repo/.git", "gitdir: /elsewhere/.git/worktrees/repo\n");
  expectOutcome({task}, 0, "[ECS301 missing-log-configuration]");
  // The root's own configuration applies.
  scratch.write("repo/.ecslint.json", R"({"ignore": ["ECS301"]})");
  expectOutcome({task}, 0, "No problems found in 1 file.");
}

TEST_CASE("hostile: control characters in names, keys and file names cannot forge report lines") {
  Scratch scratch("controls");
  std::string text = kCleanTask;
  const std::string logs = text.substr(text.find(",\n    \"logConfiguration\""));
  text.replace(text.find(logs), logs.size(), "\n  }]\n}\n");  // no logConfiguration: ECS301
  // A container name that ends the finding's line, prints a fake summary and clears the screen.
  const std::string forged = "w\\r\\nNo problems found in 1 file.\\n\\u001b[2J\\u001b]0;title\\u0007";
  text.replace(text.find("\"name\": \"web\""), 13, "\"name\": \"" + forged + "\"");
  text.replace(text.find("\"family\": \"web\""), 15, "\"family\": \"web\", \"\\u001b[1mk\\r\\n\": 1");
  const std::string file = scratch.write("evil\nfile.json:1:1: error: x\x1b[2J.json", text);
  const auto rawControls = [](const std::string& output) {
    return std::count_if(output.begin(), output.end(),
                         [](char c) { return (c >= 0 && c < 0x20 && c != '\n') || c == 0x7F; });
  };
  for (const char* format : {"text", "github"}) {
    INFO(format);
    const ChildRun run = expectOutcome({"--color", "never", "--format", format, file}, 1, "x\\x1b[2J.json");
    CHECK(rawControls(run.output) == 0);
    // Three findings (ECS003 for the key, ECS008 and ECS301 for the name) and the summary.
    CHECK(std::count(run.output.begin(), run.output.end(), '\n') == 4);
  }
  // Standard error too: a path that cannot be read, and a configuration's unknown key.
  const ChildRun missing = expectOutcome({"missing\r\n\x1b[2J.json"}, 2, "missing\\r\\n\\x1b[2J.json: ");
  CHECK(rawControls(missing.output) == 0);
  const std::string config = scratch.write("config.json", "{\"\\u001b[2Jx\\r\\n\": 1}");
  const ChildRun badConfig = expectOutcome({"--config", config, file}, 2, "unknown key '\\x1b[2Jx\\r\\n'");
  CHECK(rawControls(badConfig.output) == 0);
}

TEST_CASE("hostile: a file name that is not UTF-8 can be recovered from the JSON and SARIF reports") {
  Scratch scratch("raw-path");
  const std::string name = "web\xFF%41\xC3.json";  // invalid bytes, and a '%' that is not an escape
  const std::string file = scratch.write(name, "{");
  const ChildRun json = expectOutcome({"--format", "json", file}, 1, "\"path_bytes\"");
  rapidjson::Document report;
  report.Parse(json.output.c_str(), json.output.size());
  REQUIRE_FALSE(report.HasParseError());
  CHECK(toValidUtf8(json.output) == json.output);
  const auto decoded = [](std::string_view encoded) {
    std::string bytes;
    for (std::size_t i = 0; i < encoded.size(); ++i) {
      if (encoded[i] == '%' && i + 2 < encoded.size()) {
        bytes += static_cast<char>(std::stoi(std::string(encoded.substr(i + 1, 2)), nullptr, 16));
        i += 2;
      } else {
        bytes += encoded[i];
      }
    }
    return bytes;
  };
  CHECK(decoded(report["files"][0]["path_bytes"].GetString()) == file);
  CHECK(decoded(report["findings"][0]["path_bytes"].GetString()) == file);
  CHECK(std::string(report["files"][0]["path"].GetString()).ends_with("web\xEF\xBF\xBD%41\xEF\xBF\xBD.json"));
  // A valid name has no path_bytes.
  CHECK(runEcslint({"--format", "json", scratch.write("ok.json", "{")}).output.find("path_bytes") ==
        std::string::npos);
  // SARIF's URI percent-encodes every byte.
  expectOutcome({"--format", "sarif", file}, 1, "web%FF%2541%C3.json\"");
}

TEST_CASE("hostile: fixes on a minified 2 MB line stay linear (SARIF, --diff)") {
  Scratch scratch("minified-fixes");
  const bench::HostileCase minified = bench::minifiedFixes();
  REQUIRE(minified.file.find('\n') == std::string::npos);
  const std::string file = caseArguments(scratch, minified).back();
  expectLinear({"--format", "sarif", file}, 1, "\"fixes\"");  // 1: the 10,000-finding limit
  expectLinear({"--diff", file}, 0, "+++ b/");
}

TEST_CASE("hostile: 50,000 ecslint:ignore tags stay linear (suppressions, ECS012)") {
  Scratch scratch("ignore-tags");
  const std::string file = caseArguments(scratch, bench::manyIgnoreTags()).back();
  expectLinear({file}, 1, "suppressed");
  expectLinear({"--format", "sarif", file}, 1, "\"suppressions\"");
}

TEST_CASE(
    "hostile: 3,000 services sharing a role, a security group and a target group stay linear (ECS8xx)") {
  Scratch scratch("shared-stack");
  expectLinear(caseArguments(scratch, bench::sharedStackResources()), 0, "No problems found in 1 file.");
}

}  // namespace ecslint::test
