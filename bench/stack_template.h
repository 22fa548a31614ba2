#pragma once
// Generated CloudFormation templates for the stack rules (ECS8xx): a whole application per service
// (task definition, execution role and its policy, log group, target group, listener rule,
// security group and its ingress), around one VPC with public and private subnets, a NAT gateway
// and an internet gateway. Header-only: the benchmark measures them, and
// tests/test_hostile_inputs.cpp lints the shared-resource worst case under a CPU-time limit.

#include <string>

namespace ecslint::bench {

namespace stack_detail {

inline std::string resource(const std::string& id, const std::string& type, const std::string& properties) {
  return ",\n\"" + id + "\": {\"Type\": \"" + type + "\", \"Properties\": {" + properties + "}}";
}

inline std::string getAtt(const std::string& id, const std::string& attribute) {
  return R"({"Fn::GetAtt": [")" + id + R"(", ")" + attribute + R"("]})";
}

inline std::string refTo(const std::string& id) { return R"({"Ref": ")" + id + R"("})"; }

// The network every service runs in: two private subnets behind a NAT gateway.
inline std::string network() {
  std::string out = R"("Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}})";
  out += resource("Igw", "AWS::EC2::InternetGateway", "");
  out += resource("IgwAttachment", "AWS::EC2::VPCGatewayAttachment",
                  R"("VpcId": )" + refTo("Vpc") + R"(, "InternetGatewayId": )" + refTo("Igw"));
  out += resource("PublicSubnet", "AWS::EC2::Subnet",
                  R"("VpcId": )" + refTo("Vpc") + R"(, "CidrBlock": "10.0.0.0/24")");
  out += resource("PublicRoutes", "AWS::EC2::RouteTable", R"("VpcId": )" + refTo("Vpc"));
  out += resource("PublicDefault", "AWS::EC2::Route",
                  R"("RouteTableId": )" + refTo("PublicRoutes") +
                      R"(, "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": )" + refTo("Igw"));
  out +=
      resource("PublicAssociation", "AWS::EC2::SubnetRouteTableAssociation",
               R"("SubnetId": )" + refTo("PublicSubnet") + R"(, "RouteTableId": )" + refTo("PublicRoutes"));
  out += resource("NatIp", "AWS::EC2::EIP", R"("Domain": "vpc")");
  out += resource(
      "Nat", "AWS::EC2::NatGateway",
      R"("SubnetId": )" + refTo("PublicSubnet") + R"(, "AllocationId": )" + getAtt("NatIp", "AllocationId"));
  out += resource("PrivateRoutes", "AWS::EC2::RouteTable", R"("VpcId": )" + refTo("Vpc"));
  out += resource("PrivateDefault", "AWS::EC2::Route",
                  R"("RouteTableId": )" + refTo("PrivateRoutes") +
                      R"(, "DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": )" + refTo("Nat"));
  for (const char* subnet : {"PrivateA", "PrivateB"}) {
    out += resource(subnet, "AWS::EC2::Subnet",
                    R"("VpcId": )" + refTo("Vpc") + R"(, "CidrBlock": "10.0.1.0/24")");
    out += resource(std::string(subnet) + "Association", "AWS::EC2::SubnetRouteTableAssociation",
                    R"("SubnetId": )" + refTo(subnet) + R"(, "RouteTableId": )" + refTo("PrivateRoutes"));
  }
  out += resource("LbSecurityGroup", "AWS::EC2::SecurityGroup",
                  R"("GroupDescription": "load balancer", "VpcId": )" + refTo("Vpc"));
  out += resource("Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer",
                  R"("Subnets": [)" + refTo("PublicSubnet") + R"(], "SecurityGroups": [)" +
                      getAtt("LbSecurityGroup", "GroupId") + "]");
  out += resource("Listener", "AWS::ElasticLoadBalancingV2::Listener",
                  R"("LoadBalancerArn": )" + refTo("Lb") +
                      R"(, "Port": 80, "Protocol": "HTTP", "DefaultActions": [{"Type": "fixed-response",
                      "FixedResponseConfig": {"StatusCode": "404"}}])");
  return out;
}

// Service `i`'s resources. With `shared`, every service uses the same execution role, security
// group and target group (the names of service 0), so that each of those is named by thousands of
// references: the worst case for a rule that walks a resource's referrers once per service.
inline std::string service(int i, bool shared) {
  const std::string n = std::to_string(i);
  const std::string owner = shared ? "0" : n;
  std::string out;
  if (!shared || i == 0) {
    out += resource("ExecutionRole" + n, "AWS::IAM::Role",
                    R"("AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                    "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]})");
    out += resource("ServiceSecurityGroup" + n, "AWS::EC2::SecurityGroup",
                    R"("GroupDescription": "service", "VpcId": )" + refTo("Vpc"));
    out += resource("TargetGroup" + n, "AWS::ElasticLoadBalancingV2::TargetGroup",
                    R"("Port": 8080, "Protocol": "HTTP", "TargetType": "ip", "VpcId": )" + refTo("Vpc"));
  }
  out += resource("ExecutionPolicy" + n, "AWS::IAM::Policy",
                  R"("PolicyName": "pull", "Roles": [)" + refTo("ExecutionRole" + owner) +
                      R"(], "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                      "Action": ["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                      "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]})");
  out +=
      resource("Ingress" + n, "AWS::EC2::SecurityGroupIngress",
               R"("GroupId": )" + getAtt("ServiceSecurityGroup" + owner, "GroupId") +
                   R"(, "IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080, "SourceSecurityGroupId": )" +
                   getAtt("LbSecurityGroup", "GroupId"));
  out += resource("Logs" + n, "AWS::Logs::LogGroup", R"("RetentionInDays": 14)");
  out += resource("Rule" + n, "AWS::ElasticLoadBalancingV2::ListenerRule",
                  R"("ListenerArn": )" + refTo("Listener") + R"(, "Priority": )" + std::to_string(i + 1) +
                      R"(, "Conditions": [{"Field": "path-pattern", "Values": ["/s)" + n +
                      R"(/*"]}], "Actions": [{"Type": "forward", "TargetGroupArn": )" +
                      refTo("TargetGroup" + owner) + "}]");
  out += resource(
      "Task" + n, "AWS::ECS::TaskDefinition",
      R"("Family": "service-)" + n +
          R"(", "RequiresCompatibilities": ["FARGATE"], "NetworkMode": "awsvpc", "Cpu": "256", "Memory": "512",
          "ExecutionRoleArn": )" +
          getAtt("ExecutionRole" + owner, "Arn") +
          R"(, "ContainerDefinitions": [{"Name": "web", "Essential": true,
          "Image": {"Fn::Sub": "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:1.0.)" +
          n + R"("}, "PortMappings": [{"ContainerPort": 8080}], "ReadonlyRootFilesystem": true,
          "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": )" +
          refTo("Logs" + n) +
          R"(, "awslogs-region": {"Ref": "AWS::Region"}, "awslogs-stream-prefix": "web"}}}])");
  out +=
      resource("Service" + n, "AWS::ECS::Service",
               R"("Cluster": "main", "LaunchType": "FARGATE", "DesiredCount": 2, "TaskDefinition": )" +
                   refTo("Task" + n) + R"(, "LoadBalancers": [{"ContainerName": "web", "ContainerPort": 8080,
                      "TargetGroupArn": )" +
                   refTo("TargetGroup" + owner) + R"(}], "NetworkConfiguration": {"AwsvpcConfiguration": {
                      "AssignPublicIp": "DISABLED", "Subnets": [)" +
                   refTo("PrivateA") + ", " + refTo("PrivateB") + R"(], "SecurityGroups": [)" +
                   getAtt("ServiceSecurityGroup" + owner, "GroupId") + "]}}");
  return out;
}

}  // namespace stack_detail

// A JSON template of `services` services, about ten resources each (22 more for the network).
// `shared`: one execution role, security group and target group for all of them.
inline std::string generateStackTemplate(int services, bool shared = false) {
  std::string out =
      "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\n" + stack_detail::network();
  for (int i = 0; i < services; ++i) out += stack_detail::service(i, shared);
  return out + "\n}}\n";
}

}  // namespace ecslint::bench
