// Image references: the parts ECS707 judges, and values that are not references at all.
#include <doctest/doctest.h>

#include "model/image_reference.h"

namespace ecslint {

TEST_CASE("image reference: registry, repository, tag and digest") {
  auto reference = parseImageReference("nginx");
  REQUIRE(reference);
  CHECK(reference->registry.empty());
  CHECK(reference->repository == "nginx");
  CHECK(reference->tag.empty());

  reference = parseImageReference("public.ecr.aws/nginx/nginx:1.27-alpine");
  REQUIRE(reference);
  CHECK(reference->registry == "public.ecr.aws");
  CHECK(reference->repository == "nginx/nginx");
  CHECK(reference->tag == "1.27-alpine");

  reference = parseImageReference(
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app@sha256:"
      "94afd1f2e64d908bc90dbca0035a5b567d9a4e3f1c2b3a4d5e6f708192a3b4c5");
  REQUIRE(reference);
  CHECK(reference->tag.empty());
  CHECK(reference->digest.starts_with("sha256:"));
}

TEST_CASE("image reference: a registry port is not a tag") {
  auto reference = parseImageReference("localhost:5000/app");
  REQUIRE(reference);
  CHECK(reference->registry == "localhost:5000");
  CHECK(reference->tag.empty());
  reference = parseImageReference("registry.internal:5000/team/api:2.1");
  REQUIRE(reference);
  CHECK(reference->repository == "team/api");
  CHECK(reference->tag == "2.1");
}

TEST_CASE("image reference: values that are not references") {
  for (const char* image :
       {"IMAGE_URI", "PLACEHOLDER_IMAGE", "my image", "app:", ":1.0", "app@sha256:short",
        "$awsAccount.dkr.ecr.us-east-1.amazonaws.com/app:latest", "team//app", "App/web:1"}) {
    INFO(image);
    CHECK_FALSE(parseImageReference(image).has_value());
  }
}

TEST_CASE("image reference: CloudFormation pseudo parameters in a private ECR registry") {
  // cdk synth writes asset images so; AWS::URLSuffix is amazonaws.com, or amazonaws.com.cn in China.
  const char* const cdkAsset = "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/repo:tag";
  CHECK(classifyImageRegistry(cdkAsset) == ImageRegistry::PrivateEcr);
  CHECK(ecrImageRegion(cdkAsset).empty());
  CHECK(classifyImageRegistry("${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/repo") ==
        ImageRegistry::PrivateEcr);
  CHECK(ecrImageRegion("${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/repo").empty());
  CHECK(classifyImageRegistry("${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/repo:1") ==
        ImageRegistry::PrivateEcr);
  CHECK(ecrImageRegion("${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/repo:1") == "us-east-1");
  CHECK(classifyImageRegistry("123456789012.dkr.ecr.us-west-2.${AWS::URLSuffix}/repo") ==
        ImageRegistry::PrivateEcr);
  CHECK(ecrImageRegion("${AWS::AccountId}.dkr.ecr.us-west-2.${AWS::URLSuffix}/repo") == "us-west-2");
  CHECK(classifyImageRegistry("${AWS::AccountId}.dkr.ecr-fips.us-gov-west-1.${AWS::URLSuffix}/repo") ==
        ImageRegistry::PrivateEcr);

  // Other placeholders, and AWS::URLSuffix outside an ECR host, say nothing about the registry.
  CHECK(classifyImageRegistry("123456789012.dkr.ecr.us-east-1.${Suffix}/repo") == ImageRegistry::Unknown);
  CHECK(classifyImageRegistry("registry.${AWS::URLSuffix}/repo") == ImageRegistry::Unknown);
  CHECK(classifyImageRegistry("${AWS::URLSuffix}/repo") == ImageRegistry::Unknown);
  CHECK(classifyImageRegistry("${Registry}/repo:tag") == ImageRegistry::Unknown);
  CHECK(classifyImageRegistry("123456789012.dkr-ecr.us-east-1.${AWS::URLSuffix}/repo") ==
        ImageRegistry::Unknown);
}

}  // namespace ecslint
