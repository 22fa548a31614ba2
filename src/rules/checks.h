#pragma once
// Every C++ rule check, one per file in this directory. Listed in rule_table.cpp.

#include "engine/rule_context.h"

namespace ecslint {

void checkDescribeOutputFields(RuleContext& context);                   // ECS009
void checkMissingRequiresCompatibilities(RuleContext& context);         // ECS011
void checkAwsvpcHostPortMismatch(RuleContext& context);                 // ECS101
void checkEcrImageWithoutExecutionRole(RuleContext& context);           // ECS201
void checkAwslogsWithoutExecutionRole(RuleContext& context);            // ECS202
void checkSecretsWithoutExecutionRole(RuleContext& context);            // ECS203
void checkRepositoryCredentialsWithoutExecutionRole(RuleContext& context);  // ECS204
void checkSameTaskAndExecutionRole(RuleContext& context);               // ECS205
void checkTaskRoleLooksLikeExecutionRole(RuleContext& context);         // ECS206
void checkMissingLogConfiguration(RuleContext& context);                // ECS301
void checkAwslogsMissingOption(RuleContext& context);                   // ECS302
void checkFargateInvalidCpuMemory(RuleContext& context);                // ECS401
void checkFargateMissingTaskSize(RuleContext& context);                 // ECS402
void checkInvalidTaskSize(RuleContext& context);                        // ECS403
void checkDuplicateContainerName(RuleContext& context);                 // ECS501
void checkNoEssentialContainer(RuleContext& context);                   // ECS502
void checkUnknownDependency(RuleContext& context);                      // ECS503
void checkDependencyCycle(RuleContext& context);                        // ECS504
void checkHealthyDependencyWithoutHealthCheck(RuleContext& context);    // ECS505
void checkCompletionDependencyOnEssential(RuleContext& context);        // ECS506
void checkUnknownMountVolume(RuleContext& context);                     // ECS507
void checkUnknownVolumesFrom(RuleContext& context);                     // ECS508
void checkInvalidHealthCheck(RuleContext& context);                     // ECS509
void checkDuplicateVolumeName(RuleContext& context);                    // ECS510
void checkUnusedVolume(RuleContext& context);                           // ECS511
void checkEfsTransitEncryptionRequired(RuleContext& context);           // ECS512
void checkInvalidSecretReference(RuleContext& context);                 // ECS513
void checkDuplicateEnvironmentVariable(RuleContext& context);           // ECS514
void checkInvalidUlimit(RuleContext& context);                          // ECS515
void checkUnknownProxyContainer(RuleContext& context);                  // ECS516
void checkInvalidEnvironmentFile(RuleContext& context);                 // ECS517
void checkFargateUnsupportedParameter(RuleContext& context);            // ECS601
void checkWindowsUnsupportedParameter(RuleContext& context);            // ECS602
void checkWindowsRequiresX86(RuleContext& context);                     // ECS603
void checkPrivilegedContainer(RuleContext& context);                    // ECS701
void checkSecretInEnvironment(RuleContext& context);                    // ECS702
void checkHostNetworkMode(RuleContext& context);                        // ECS703
void checkHostNamespaceSharing(RuleContext& context);                   // ECS704
void checkRootUser(RuleContext& context);                               // ECS705
void checkWritableRootFilesystem(RuleContext& context);                 // ECS706
void checkMutableImageTag(RuleContext& context);                        // ECS707
void checkEfsTransitEncryptionDisabled(RuleContext& context);           // ECS708
void checkMissingHealthCheck(RuleContext& context);                     // ECS709

}  // namespace ecslint
