// ECS services, target groups, listeners and load balancers (ECS803-ECS807, ECS809, ECS811 read them).
#include "terraform/stack_translations.h"

namespace ecslint {
namespace {

using Names = StackWriter::Names;

// A max-one block (network_configuration, deployment_controller, health_check) as the mapping
// `key`; unknown as a whole (the template's intrinsic in its place) when Terraform says so.
template <class Members>
void maxOneBlock(StackWriter& writer, std::string_view key, const PlanAttribute& attribute, Members members) {
  if (writer.unknown(attribute))
    return writer.unknownValue(key, writer.span(attribute), writer.keySpan(attribute));
  const std::optional<PlanObject> block = writer.onlyBlock(attribute);
  if (!block) return;
  writer.openMapping(key, writer.span(block->after), writer.keySpan(attribute));
  members(*block);
  writer.close();
}

// A list of blocks as the sequence `key`, each element a mapping of what `members` writes; false
// when the list itself is unknown.
template <class Members>
bool blockList(StackWriter& writer, std::string_view key, const PlanAttribute& attribute, Members members) {
  if (writer.absent(attribute)) return true;
  if (writer.unknown(attribute) || writer.plan().kind(attribute.value) != NodeKind::Sequence) {
    writer.unknownValue(key, writer.span(attribute), writer.keySpan(attribute));
    return false;
  }
  writer.openSequence(key, writer.span(attribute), writer.keySpan(attribute));
  for (const PlanObject& block : writer.blocks(attribute)) {
    writer.openMapping("", writer.span(block.after), {});
    members(block);
    writer.close();
  }
  writer.close();
  return true;
}

// aws_ecs_service -> AWS::ECS::Service (ecs_service.h reads it).
void service(StackWriter& writer, const PlanObject& after) {
  writer.value("TaskDefinition", writer.attribute(after, "task_definition"), Names::Resources);
  // LaunchType and a capacity provider strategy exclude each other; the reader takes LaunchType
  // first, so an unset (unknown or "") launch type must not hide the strategy.
  const PlanAttribute launchType = writer.attribute(after, "launch_type");
  const PlanAttribute strategy = writer.attribute(after, "capacity_provider_strategy");
  if (writer.knownString(launchType) && !writer.absent(launchType)) {
    writer.value("LaunchType", launchType, Names::Nothing);
  } else if (!writer.absent(strategy)) {
    blockList(writer, "CapacityProviderStrategy", strategy, [&](const PlanObject& item) {
      writer.value("CapacityProvider", writer.attribute(item, "capacity_provider"), Names::Nothing);
    });
  } else if (writer.unknown(launchType)) {
    writer.value("LaunchType", launchType, Names::Nothing);
  }
  blockList(writer, "LoadBalancers", writer.attribute(after, "load_balancer"), [&](const PlanObject& item) {
    writer.value("ContainerName", writer.attribute(item, "container_name"), Names::Nothing);
    writer.value("ContainerPort", writer.attribute(item, "container_port"), Names::Nothing);
    writer.value("TargetGroupArn", writer.attribute(item, "target_group_arn"), Names::Resources);
    writer.value("LoadBalancerName", writer.attribute(item, "elb_name"), Names::Nothing);
  });
  const PlanAttribute network = writer.attribute(after, "network_configuration");
  maxOneBlock(writer, "NetworkConfiguration", network, [&](const PlanObject& block) {
    // Terraform's block is the API's awsvpcConfiguration itself; CloudFormation nests it.
    writer.openMapping("AwsvpcConfiguration", writer.span(block.after), writer.keySpan(network));
    writer.list("Subnets", writer.attribute(block, "subnets"), Names::Resources);
    writer.list("SecurityGroups", writer.attribute(block, "security_groups"), Names::Resources);
    const PlanAttribute publicIp = writer.attribute(block, "assign_public_ip");
    if (const auto assign = writer.knownBoolean(publicIp)) {
      writer.text("AssignPublicIp", *assign ? "ENABLED" : "DISABLED", writer.span(publicIp),
                  writer.keySpan(publicIp));
    } else {
      writer.value("AssignPublicIp", publicIp, Names::Nothing);
    }
    writer.close();
  });
  // An unknown controller must not read as the default (ECS): its type is what is unknown.
  const PlanAttribute controller = writer.attribute(after, "deployment_controller");
  if (writer.unknown(controller)) {
    writer.openMapping("DeploymentController", writer.span(controller), writer.keySpan(controller));
    writer.unknownValue("Type", writer.span(controller), writer.keySpan(controller));
    writer.close();
  } else {
    maxOneBlock(writer, "DeploymentController", controller, [&](const PlanObject& block) {
      writer.value("Type", writer.attribute(block, "type"), Names::Nothing);
    });
  }
}

// aws_lb_target_group -> AWS::ElasticLoadBalancingV2::TargetGroup (health_check is a block).
void targetGroup(StackWriter& writer, const PlanObject& after) {
  writer.value("TargetType", writer.attribute(after, "target_type"), Names::Nothing);
  writer.value("Port", writer.attribute(after, "port"), Names::Nothing);
  writer.value("Protocol", writer.attribute(after, "protocol"), Names::Nothing);
  writer.value("VpcId", writer.attribute(after, "vpc_id"), Names::Resources);
  const PlanAttribute healthCheck = writer.attribute(after, "health_check");
  if (writer.unknown(healthCheck)) {
    writer.unknownValue("HealthCheckPort", writer.span(healthCheck), writer.keySpan(healthCheck));
  } else if (const std::optional<PlanObject> block = writer.onlyBlock(healthCheck)) {
    writer.value("HealthCheckPort", writer.attribute(*block, "port"), Names::Nothing);
    writer.value("HealthCheckProtocol", writer.attribute(*block, "protocol"), Names::Nothing);
    writer.value("HealthCheckPath", writer.attribute(*block, "path"), Names::Nothing);
  }
}

// A listener's or rule's actions: `type`, `target_group_arn`, and `forward { target_group { arn } }`.
// A target group the plan does not name may be any of its own.
void actions(StackWriter& writer, std::string_view key, const PlanAttribute& attribute) {
  const auto targetGroupArn = [&](const PlanAttribute& arn) {
    if (writer.value("TargetGroupArn", arn, Names::Resources) == StackWriter::Written::Unknown)
      writer.undecided.forward = true;
  };
  const bool known = blockList(writer, key, attribute, [&](const PlanObject& action) {
    writer.value("Type", writer.attribute(action, "type"), Names::Nothing);
    targetGroupArn(writer.attribute(action, "target_group_arn"));
    const PlanAttribute forward = writer.attribute(action, "forward");
    if (writer.unknown(forward)) writer.undecided.forward = true;
    maxOneBlock(writer, "ForwardConfig", forward, [&](const PlanObject& config) {
      const PlanAttribute groups = writer.attribute(config, "target_group");
      if (!blockList(writer, "TargetGroups", groups,
                     [&](const PlanObject& group) { targetGroupArn(writer.attribute(group, "arn")); }))
        writer.undecided.forward = true;
    });
  });
  if (!known) writer.undecided.forward = true;
}

void listener(StackWriter& writer, const PlanObject& after) {
  writer.value("LoadBalancerArn", writer.attribute(after, "load_balancer_arn"), Names::Resources);
  writer.value("Port", writer.attribute(after, "port"), Names::Nothing);
  writer.value("Protocol", writer.attribute(after, "protocol"), Names::Nothing);
  actions(writer, "DefaultActions", writer.attribute(after, "default_action"));
}

void listenerRule(StackWriter& writer, const PlanObject& after) {
  writer.value("ListenerArn", writer.attribute(after, "listener_arn"), Names::Resources);
  actions(writer, "Actions", writer.attribute(after, "action"));
}

// aws_lb -> LoadBalancer: `load_balancer_type` is CloudFormation's `Type` (application by default).
void loadBalancer(StackWriter& writer, const PlanObject& after) {
  writer.value("Type", writer.attribute(after, "load_balancer_type"), Names::Nothing);
  writer.list("SecurityGroups", writer.attribute(after, "security_groups"), Names::Resources);
  writer.list("Subnets", writer.attribute(after, "subnets"), Names::Resources);
}

}  // namespace

bool translateLoadBalancing(StackWriter& writer, std::uint32_t resource, std::string_view type) {
  void (*translate)(StackWriter&, const PlanObject&) = nullptr;
  if (type == "aws_ecs_service") {
    translate = service;
  } else if (type == "aws_lb_target_group" || type == "aws_alb_target_group") {
    translate = targetGroup;
  } else if (type == "aws_lb_listener" || type == "aws_alb_listener") {
    translate = listener;
  } else if (type == "aws_lb_listener_rule" || type == "aws_alb_listener_rule") {
    translate = listenerRule;
  } else if (type == "aws_lb" || type == "aws_alb") {
    translate = loadBalancer;
  } else {
    return false;
  }
  writer.beginResource(resource);
  translate(writer, writer.planObject(resource));
  writer.endResource();
  return true;
}

}  // namespace ecslint
