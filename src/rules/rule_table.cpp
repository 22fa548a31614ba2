#include "rules/rule_table.h"

#include <array>

#include "rules/checks.h"

namespace ecslint {
namespace {

constexpr std::array kImplementations = {
    RuleImplementation{"ECS001", RuleStage::Parse, nullptr},
    RuleImplementation{"ECS002", RuleStage::Parse, nullptr},
    RuleImplementation{"ECS009", RuleStage::Check, checkDescribeOutputFields},
    RuleImplementation{"ECS011", RuleStage::Check, checkMissingRequiresCompatibilities},
    RuleImplementation{"ECS012", RuleStage::Suppressor, nullptr},
    RuleImplementation{"ECS013", RuleStage::InputShape, nullptr},
    RuleImplementation{"ECS014", RuleStage::Parse, nullptr},
    RuleImplementation{"ECS101", RuleStage::Check, checkAwsvpcHostPortMismatch},
    RuleImplementation{"ECS102", RuleStage::Check, checkHostModeHostPortMismatch},
    RuleImplementation{"ECS103", RuleStage::Check, checkFargateRequiresAwsvpc},
    RuleImplementation{"ECS104", RuleStage::Check, checkLinksRequireBridge},
    RuleImplementation{"ECS105", RuleStage::Check, checkHostnameWithAwsvpc},
    RuleImplementation{"ECS106", RuleStage::Check, checkExtraHostsWithAwsvpc},
    RuleImplementation{"ECS107", RuleStage::Check, checkPortMappingsWithNone},
    RuleImplementation{"ECS108", RuleStage::Check, checkDuplicatePortMapping},
    RuleImplementation{"ECS109", RuleStage::Check, checkPortConflictBetweenContainers},
    RuleImplementation{"ECS110", RuleStage::Check, checkInvalidPortRange},
    RuleImplementation{"ECS111", RuleStage::Check, checkUnknownLinkTarget},
    RuleImplementation{"ECS112", RuleStage::Check, checkAppProtocolWithoutName},
    RuleImplementation{"ECS201", RuleStage::Check, checkEcrImageWithoutExecutionRole},
    RuleImplementation{"ECS202", RuleStage::Check, checkAwslogsWithoutExecutionRole},
    RuleImplementation{"ECS203", RuleStage::Check, checkSecretsWithoutExecutionRole},
    RuleImplementation{"ECS204", RuleStage::Check, checkRepositoryCredentialsWithoutExecutionRole},
    RuleImplementation{"ECS205", RuleStage::Check, checkSameTaskAndExecutionRole},
    RuleImplementation{"ECS206", RuleStage::Check, checkTaskRoleLooksLikeExecutionRole},
    RuleImplementation{"ECS207", RuleStage::Check, checkInvalidRoleArn},
    RuleImplementation{"ECS208", RuleStage::Check, checkEfsIamWithoutTaskRole},
    RuleImplementation{"ECS209", RuleStage::Check, checkEnvironmentFilesWithoutExecutionRole},
    RuleImplementation{"ECS301", RuleStage::Check, checkMissingLogConfiguration},
    RuleImplementation{"ECS302", RuleStage::Check, checkAwslogsMissingOption},
    RuleImplementation{"ECS303", RuleStage::Check, checkUnsupportedLogDriver},
    RuleImplementation{"ECS304", RuleStage::Check, checkFirelensRouterMissing},
    RuleImplementation{"ECS305", RuleStage::Check, checkInvalidLogOption},
    RuleImplementation{"ECS306", RuleStage::Check, checkSplunkMissingOption},
    RuleImplementation{"ECS401", RuleStage::Check, checkFargateInvalidCpuMemory},
    RuleImplementation{"ECS402", RuleStage::Check, checkFargateMissingTaskSize},
    RuleImplementation{"ECS403", RuleStage::Check, checkInvalidTaskSize},
    RuleImplementation{"ECS404", RuleStage::Check, checkContainerMemoryExceedsTask},
    RuleImplementation{"ECS405", RuleStage::Check, checkContainerCpuExceedsTask},
    RuleImplementation{"ECS406", RuleStage::Check, checkMemoryReservationExceedsMemory},
    RuleImplementation{"ECS407", RuleStage::Check, checkContainerMemoryRequired},
    RuleImplementation{"ECS408", RuleStage::Check, checkFargateWindowsTaskSize},
    RuleImplementation{"ECS409", RuleStage::Check, checkEphemeralStorageNotSupported},
    RuleImplementation{"ECS410", RuleStage::Check, checkContainerMemoryTooSmall},
};

}  // namespace

std::span<const RuleImplementation> ruleImplementations() { return kImplementations; }

}  // namespace ecslint
