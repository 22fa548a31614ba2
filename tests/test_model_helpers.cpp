#include <doctest/doctest.h>

#include "model/image_reference.h"
#include "model/placeholder.h"
#include "model/role_name.h"
#include "support/spelling.h"
#include "support/utf8.h"

#include <vector>

namespace ecslint {

TEST_CASE("placeholders: template syntaxes are recognised, ordinary values are not") {
  for (const char* text : {"${IMAGE}", "app:${TAG}", "{{ image }}", "#{Octopus.Var}", "<IMAGE1_NAME>",
                           "arn:aws:iam::<account-id>:role/x", "%BUILD_ID%", "$AWS_ACCOUNT_ID.dkr.ecr",
                           "REPLACE_ME", "changeme-role", "__TASK_CPU__"}) {
    INFO(text);
    CHECK(containsPlaceholder(text));
  }
  for (const char* text : {"nginx:1.27", "arn:aws:iam::123456789012:role/web", "50%", "a < b > c", "$5",
                           "/ecs/web", "us-east-1", "price: $a", "__init__", "a__b"}) {
    INFO(text);
    CHECK_FALSE(containsPlaceholder(text));
  }
}

TEST_CASE("placeholders: text for a human between angle brackets, but not a shell command's redirections") {
  for (const char* text :
       {"<your nginx reverse proxy image URL here>", "arn:aws:iam::<your account id>:role/app",
        "<account id>.dkr.ecr.us-east-1.amazonaws.com/web:<image tag>", "< your image >"}) {
    INFO(text);
    CHECK(containsPlaceholder(text));
  }
  // Spaces outside the brackets: a command or a sentence, whose '<' and '>' are redirections or
  // comparisons, not a slot to fill in.
  for (const char* text : {"sort <in out> sorted.txt", "cat <in.txt >out.txt", "test 1 <2 >x", "echo a<b c>d",
                           "<>", "< >", "a<b c"}) {
    INFO(text);
    CHECK_FALSE(containsPlaceholder(text));
  }
}

TEST_CASE("images: private ECR, public ECR and other registries") {
  CHECK(classifyImageRegistry("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1") ==
        ImageRegistry::PrivateEcr);
  CHECK(classifyImageRegistry("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/web") ==
        ImageRegistry::PrivateEcr);
  CHECK(classifyImageRegistry("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web") ==
        ImageRegistry::PrivateEcr);
  CHECK(classifyImageRegistry("123456789012.dkr-ecr.us-east-1.on.aws/web") == ImageRegistry::PrivateEcr);
  CHECK(classifyImageRegistry("${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web:${TAG}") ==
        ImageRegistry::PrivateEcr);
  CHECK(classifyImageRegistry("public.ecr.aws/nginx/nginx:1.27") == ImageRegistry::PublicEcr);
  CHECK(classifyImageRegistry("nginx") == ImageRegistry::Other);
  CHECK(classifyImageRegistry("library/nginx:latest") == ImageRegistry::Other);
  CHECK(classifyImageRegistry("ghcr.io/org/app:1") == ImageRegistry::Other);
  CHECK(classifyImageRegistry("localhost:5000/app") == ImageRegistry::Other);
  CHECK(classifyImageRegistry("<IMAGE1_NAME>") == ImageRegistry::Unknown);
  CHECK(classifyImageRegistry("${REGISTRY}/app:1") == ImageRegistry::Unknown);
  CHECK(imageRegistryHost("docker.io/library/nginx") == "docker.io");
  CHECK(imageRegistryHost("org/app") == "");
}

TEST_CASE("roles: names, sameness and execution-role look-alikes") {
  CHECK(roleName("arn:aws:iam::123456789012:role/path/to/web-task") == "web-task");
  CHECK(roleName("web-task") == "web-task");
  CHECK(sameRole("arn:aws:iam::1:role/a", "arn:aws:iam::1:role/a"));
  CHECK(sameRole("a", "arn:aws:iam::1:role/a"));
  CHECK_FALSE(sameRole("arn:aws:iam::1:role/a", "arn:aws:iam::2:role/a"));
  for (const char* name : {"ecsTaskExecutionRole", "arn:aws:iam::1:role/MyStack-TaskExecutionRole-1AB2",
                           "web-execution-role", "web_exec_role", "WebExecRole"}) {
    INFO(name);
    CHECK(looksLikeExecutionRole(name));
    CHECK_FALSE(looksLikeTaskRole(name));
  }
  for (const char* name : {"ecsTaskRole", "web-task-role", "arn:aws:iam::1:role/AppTaskRole"}) {
    INFO(name);
    CHECK(looksLikeTaskRole(name));
    CHECK_FALSE(looksLikeExecutionRole(name));
  }
  CHECK_FALSE(looksLikeExecutionRole("web-app"));
}

TEST_CASE("spelling: case first, then a small edit distance, no guess on ties") {
  const std::vector<std::string_view> keys = {"executionRoleArn", "essential", "taskRoleArn", "memory"};
  CHECK(closestSpelling("executionRoleARN", keys) == "executionRoleArn");
  CHECK(closestSpelling("essental", keys) == "essential");
  CHECK(closestSpelling("memroy", keys) == "memory");
  CHECK_FALSE(closestSpelling("image", keys));
  const std::vector<std::string_view> tied = {"abcd", "abce"};
  CHECK_FALSE(closestSpelling("abcf", tied));
  CHECK(editDistance("kitten", "sitting") == 3);
}

TEST_CASE("utf8: invalid sequences become U+FFFD") {
  CHECK(toValidUtf8("ok é") == "ok é");
  CHECK(toValidUtf8("a\xFF"
                    "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(toValidUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a UTF-16 surrogate
  CHECK(toValidUtf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
}

}  // namespace ecslint
