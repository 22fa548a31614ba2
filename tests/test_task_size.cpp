#include <doctest/doctest.h>

#include "model/fargate_sizes.h"
#include "model/task_size.h"

namespace ecslint {

TEST_CASE("task size: cpu strings normalise to CPU units") {
  CHECK(parseTaskCpu("256") == 256);
  CHECK(parseTaskCpu("1 vCPU") == 1024);
  CHECK(parseTaskCpu("1vcpu") == 1024);
  CHECK(parseTaskCpu("0.25 vcpu") == 256);
  CHECK(parseTaskCpu(".5 VCPU") == 512);
  CHECK(parseTaskCpu(" 2 vCPU ") == 2048);
  CHECK_FALSE(parseTaskCpu("0.1 vCPU"));  // 102.4 units
  CHECK_FALSE(parseTaskCpu("256.5"));
  CHECK_FALSE(parseTaskCpu("1 core"));
  CHECK_FALSE(parseTaskCpu("vcpu"));
  CHECK_FALSE(parseTaskCpu(""));
  CHECK_FALSE(parseTaskCpu("-256"));
  CHECK_FALSE(parseTaskCpu("99999999999999999999"));
}

TEST_CASE("task size: memory strings normalise to MiB") {
  CHECK(parseTaskMemory("2048") == 2048);
  CHECK(parseTaskMemory("2 GB") == 2048);
  CHECK(parseTaskMemory("2GB") == 2048);
  CHECK(parseTaskMemory("0.5gb") == 512);
  CHECK_FALSE(parseTaskMemory("2 GiB"));
  CHECK_FALSE(parseTaskMemory("512 MB"));
  CHECK_FALSE(parseTaskMemory("lots"));
}

TEST_CASE("fargate sizes: the table has all seven rows") {
  CHECK(fargateCpuRows().size() == 7);
  CHECK(isValidFargatePair({256, 512}));
  CHECK(isValidFargatePair({256, 2048}));
  CHECK_FALSE(isValidFargatePair({256, 1536}));
  CHECK_FALSE(isValidFargatePair({256, 4096}));
  CHECK(isValidFargatePair({512, 3072}));
  CHECK(isValidFargatePair({4096, 30720}));
  CHECK_FALSE(isValidFargatePair({4096, 31744}));
  CHECK(isValidFargatePair({8192, 20480}));
  CHECK_FALSE(isValidFargatePair({8192, 17408}));  // 17 GB: 8 vCPU steps by 4 GB
  CHECK(isValidFargatePair({16384, 122880}));
  CHECK_FALSE(isValidFargatePair({16384, 126976}));
  CHECK_FALSE(isValidFargatePair({300, 1024}));
  CHECK(validFargateMemories(*fargateRowForCpu(2048)).size() == 13);
  CHECK(validFargateMemories(*fargateRowForCpu(4096)).size() == 23);
  CHECK(validFargateMemories(*fargateRowForCpu(8192)).size() == 12);
  CHECK(validFargateMemories(*fargateRowForCpu(16384)).size() == 12);
}

TEST_CASE("fargate sizes: the nearest pair never shrinks memory") {
  CHECK(nearestFargatePair({256, 1536}) == TaskSizePair{256, 2048});
  CHECK(nearestFargatePair({256, 4096}) == TaskSizePair{512, 4096});
  CHECK(nearestFargatePair({1024, 1024}) == TaskSizePair{1024, 2048});
  CHECK(nearestFargatePair({300, 512}) == TaskSizePair{512, 1024});
  CHECK(nearestFargatePair({8192, 17408}) == TaskSizePair{8192, 20480});
  CHECK_FALSE(nearestFargatePair({16384, 200000}));
}

}  // namespace ecslint
