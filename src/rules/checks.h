#pragma once
// Every C++ rule check, one per file in this directory. Listed in rule_table.cpp.

#include "check/rule_context.h"
#include "stack/stack_context.h"

namespace ecslint {

void checkDescribeOutputFields(RuleContext& context);                       // ECS009
void checkMissingRequiresCompatibilities(RuleContext& context);             // ECS011
void checkAwsvpcHostPortMismatch(RuleContext& context);                     // ECS101
void checkHostModeHostPortMismatch(RuleContext& context);                   // ECS102
void checkFargateRequiresAwsvpc(RuleContext& context);                      // ECS103
void checkLinksRequireBridge(RuleContext& context);                         // ECS104
void checkHostnameWithAwsvpc(RuleContext& context);                         // ECS105
void checkExtraHostsWithAwsvpc(RuleContext& context);                       // ECS106
void checkPortMappingsWithNone(RuleContext& context);                       // ECS107
void checkDuplicatePortMapping(RuleContext& context);                       // ECS108
void checkPortConflictBetweenContainers(RuleContext& context);              // ECS109
void checkInvalidPortRange(RuleContext& context);                           // ECS110
void checkUnknownLinkTarget(RuleContext& context);                          // ECS111
void checkAppProtocolWithoutName(RuleContext& context);                     // ECS112
void checkEcrImageWithoutExecutionRole(RuleContext& context);               // ECS201
void checkAwslogsWithoutExecutionRole(RuleContext& context);                // ECS202
void checkSecretsWithoutExecutionRole(RuleContext& context);                // ECS203
void checkRepositoryCredentialsWithoutExecutionRole(RuleContext& context);  // ECS204
void checkSameTaskAndExecutionRole(RuleContext& context);                   // ECS205
void checkTaskRoleLooksLikeExecutionRole(RuleContext& context);             // ECS206
void checkInvalidRoleArn(RuleContext& context);                             // ECS207
void checkEfsIamWithoutTaskRole(RuleContext& context);                      // ECS208
void checkEnvironmentFilesWithoutExecutionRole(RuleContext& context);       // ECS209
void checkMissingLogConfiguration(RuleContext& context);                    // ECS301
void checkAwslogsMissingOption(RuleContext& context);                       // ECS302
void checkUnsupportedLogDriver(RuleContext& context);                       // ECS303
void checkFirelensRouterMissing(RuleContext& context);                      // ECS304
void checkInvalidLogOption(RuleContext& context);                           // ECS305
void checkSplunkMissingOption(RuleContext& context);                        // ECS306
void checkUnusedFirelensRouter(RuleContext& context);                       // ECS307
void checkFargateInvalidCpuMemory(RuleContext& context);                    // ECS401
void checkFargateMissingTaskSize(RuleContext& context);                     // ECS402
void checkInvalidTaskSize(RuleContext& context);                            // ECS403
void checkContainerMemoryExceedsTask(RuleContext& context);                 // ECS404
void checkContainerCpuExceedsTask(RuleContext& context);                    // ECS405
void checkMemoryReservationExceedsMemory(RuleContext& context);             // ECS406
void checkContainerMemoryRequired(RuleContext& context);                    // ECS407
void checkFargateWindowsTaskSize(RuleContext& context);                     // ECS408
void checkEphemeralStorageNotSupported(RuleContext& context);               // ECS409
void checkContainerMemoryTooSmall(RuleContext& context);                    // ECS410
void checkDuplicateContainerName(RuleContext& context);                     // ECS501
void checkNoEssentialContainer(RuleContext& context);                       // ECS502
void checkUnknownDependency(RuleContext& context);                          // ECS503
void checkDependencyCycle(RuleContext& context);                            // ECS504
void checkHealthyDependencyWithoutHealthCheck(RuleContext& context);        // ECS505
void checkCompletionDependencyOnEssential(RuleContext& context);            // ECS506
void checkUnknownMountVolume(RuleContext& context);                         // ECS507
void checkUnknownVolumesFrom(RuleContext& context);                         // ECS508
void checkInvalidHealthCheck(RuleContext& context);                         // ECS509
void checkDuplicateVolumeName(RuleContext& context);                        // ECS510
void checkUnusedVolume(RuleContext& context);                               // ECS511
void checkEfsTransitEncryptionRequired(RuleContext& context);               // ECS512
void checkInvalidSecretReference(RuleContext& context);                     // ECS513
void checkDuplicateEnvironmentVariable(RuleContext& context);               // ECS514
void checkInvalidUlimit(RuleContext& context);                              // ECS515
void checkUnknownProxyContainer(RuleContext& context);                      // ECS516
void checkInvalidEnvironmentFile(RuleContext& context);                     // ECS517
void checkFargateUnsupportedParameter(RuleContext& context);                // ECS601
void checkWindowsUnsupportedParameter(RuleContext& context);                // ECS602
void checkWindowsRequiresX86(RuleContext& context);                         // ECS603
void checkPrivilegedContainer(RuleContext& context);                        // ECS701
void checkSecretInEnvironment(RuleContext& context);                        // ECS702
void checkHostNetworkMode(RuleContext& context);                            // ECS703
void checkHostNamespaceSharing(RuleContext& context);                       // ECS704
void checkRootUser(RuleContext& context);                                   // ECS705
void checkWritableRootFilesystem(RuleContext& context);                     // ECS706
void checkMutableImageTag(RuleContext& context);                            // ECS707
void checkEfsTransitEncryptionDisabled(RuleContext& context);               // ECS708
void checkMissingHealthCheck(RuleContext& context);                         // ECS709

// Stack checks (ECS8xx): once per template, on its services and the resources around their tasks.
void checkExecutionRoleLacksPermissions(StackContext& context);        // ECS801
void checkRoleNotAssumableByEcsTasks(StackContext& context);           // ECS802
void checkServiceLoadBalancerUnknownContainer(StackContext& context);  // ECS803
void checkServiceLoadBalancerUnmappedPort(StackContext& context);      // ECS804
void checkTargetTypeNetworkModeMismatch(StackContext& context);        // ECS805
void checkServiceNetworkConfigurationMismatch(StackContext& context);  // ECS806
void checkServiceLaunchTypeIncompatible(StackContext& context);        // ECS807
void checkNoRouteForImagePull(StackContext& context);                  // ECS808
void checkSecurityGroupBlocksContainerPort(StackContext& context);     // ECS809
void checkLogGroupNotCreated(StackContext& context);                   // ECS810
void checkDynamicHostPortHealthCheck(StackContext& context);           // ECS811

}  // namespace ecslint
