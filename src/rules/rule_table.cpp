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
    RuleImplementation{"ECS013", RuleStage::InputShape, nullptr},
    RuleImplementation{"ECS014", RuleStage::Parse, nullptr},
    RuleImplementation{"ECS015", RuleStage::Parse, nullptr},
    RuleImplementation{"ECS101", RuleStage::Check, checkAwsvpcHostPortMismatch},
    RuleImplementation{"ECS201", RuleStage::Check, checkEcrImageWithoutExecutionRole},
    RuleImplementation{"ECS202", RuleStage::Check, checkAwslogsWithoutExecutionRole},
    RuleImplementation{"ECS203", RuleStage::Check, checkSecretsWithoutExecutionRole},
    RuleImplementation{"ECS204", RuleStage::Check, checkRepositoryCredentialsWithoutExecutionRole},
    RuleImplementation{"ECS205", RuleStage::Check, checkSameTaskAndExecutionRole},
    RuleImplementation{"ECS206", RuleStage::Check, checkTaskRoleLooksLikeExecutionRole},
    RuleImplementation{"ECS301", RuleStage::Check, checkMissingLogConfiguration},
    RuleImplementation{"ECS302", RuleStage::Check, checkAwslogsMissingOption},
    RuleImplementation{"ECS401", RuleStage::Check, checkFargateInvalidCpuMemory},
    RuleImplementation{"ECS402", RuleStage::Check, checkFargateMissingTaskSize},
    RuleImplementation{"ECS403", RuleStage::Check, checkInvalidTaskSize},
};

}  // namespace

std::span<const RuleImplementation> ruleImplementations() { return kImplementations; }

}  // namespace ecslint
