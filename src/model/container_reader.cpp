#include "model/container_reader.h"

namespace ecslint {
namespace {

PortMapping readPortMapping(const FieldReader& reader, NodeId node) {
  PortMapping mapping;
  mapping.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "containerPort")
      mapping.containerPort = reader.integer(member);
    else if (key == "hostPort")
      mapping.hostPort = reader.integer(member);
    else if (key == "protocol")
      mapping.protocol = reader.string(member);
    else if (key == "name")
      mapping.name = reader.string(member);
    else if (key == "appProtocol")
      mapping.appProtocol = reader.string(member);
    else if (key == "containerPortRange")
      mapping.containerPortRange = reader.string(member);
  });
  return mapping;
}

// `valueKey` is "value" for environment entries and "valueFrom" for secrets.
NameValue readNameValue(const FieldReader& reader, NodeId node, std::string_view valueKey) {
  NameValue entry;
  entry.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "name")
      entry.name = reader.string(member);
    else if (key == valueKey)
      entry.value = reader.string(member);
  });
  return entry;
}

std::vector<LogOption> readOptions(const FieldReader& reader, NodeId node) {
  std::vector<LogOption> options;
  forEachChild(reader, node, [&](NodeId option) {
    // Option names are values, not members: never respelt. A structure is not a string (in a
    // template, a number or boolean reads as its text, as CloudFormation passes it).
    const StringField value = reader.string(option);
    const NodeKind kind = reader.document().kind(option);
    const bool notString =
        reader.isMapping(option) || reader.isSequence(option) ||
        (reader.dialect() == Dialect::EcsApi && kind != NodeKind::String && kind != NodeKind::Null);
    options.push_back(LogOption{reader.rawKey(option), value, notString});
  });
  return options;
}

LogConfiguration readLogConfiguration(const FieldReader& reader, NodeId node) {
  LogConfiguration log;
  log.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "logDriver") {
      log.logDriver = reader.string(member);
    } else if (key == "options") {
      log.optionsNode = kNoNode;
      log.options.clear();
      log.optionsPresence = reader.absent(member) ? Presence::Absent : Presence::Unknown;
      if (!reader.isMapping(member)) return;
      log.optionsPresence = Presence::Known;
      log.optionsNode = member;
      log.options = readOptions(reader, member);
    } else if (key == "secretOptions") {
      log.secretOptionsNode = nonEmptyArrayNode(reader, member);
      log.secretOptionsPresence = reader.absent(member)       ? Presence::Absent
                                  : reader.isSequence(member) ? Presence::Known
                                                              : Presence::Unknown;
      log.secretOptions =
          readObjects(reader, member, [&](NodeId n) { return readNameValue(reader, n, "valueFrom"); });
    }
  });
  return log;
}

HealthCheck readHealthCheck(const FieldReader& reader, NodeId node) {
  HealthCheck check;
  check.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "command") {
      check.commandNode = reader.isSequence(member) ? member : kNoNode;
      check.command = readStrings(reader, member);
    } else if (key == "interval")
      check.interval = reader.integer(member);
    else if (key == "timeout")
      check.timeout = reader.integer(member);
    else if (key == "retries")
      check.retries = reader.integer(member);
    else if (key == "startPeriod")
      check.startPeriod = reader.integer(member);
  });
  return check;
}

LinuxParameters readLinuxParameters(const FieldReader& reader, NodeId node) {
  LinuxParameters parameters;
  parameters.node = node;
  forEachChild(reader, node, [&](NodeId member) {
    const std::string_view key = reader.key(member);
    if (key == "capabilities") {
      const NodeId add = reader.member(member, "add");
      parameters.capabilitiesAddNode = add == kNoNode ? kNoNode : nonEmptyArrayNode(reader, add);
      parameters.capabilitiesAdd = add == kNoNode ? std::vector<StringField>{} : readStrings(reader, add);
    } else if (key == "devices")
      parameters.devicesNode = nonEmptyArrayNode(reader, member);
    else if (key == "tmpfs")
      parameters.tmpfsNode = nonEmptyArrayNode(reader, member);
    else if (key == "sharedMemorySize")
      parameters.sharedMemorySize = reader.integer(member);
    else if (key == "maxSwap")
      parameters.maxSwap = reader.integer(member);
    else if (key == "swappiness")
      parameters.swappiness = reader.integer(member);
    else if (key == "initProcessEnabled")
      parameters.initProcessEnabled = reader.boolean(member);
  });
  return parameters;
}

void readContainerMember(const FieldReader& reader, NodeId member, Container& container) {
  const std::string_view key = reader.key(member);
  const bool isObject = reader.isMapping(member);
  if (key == "name") {
    container.name = reader.string(member);
    container.nameText = reader.text(member);
  } else if (key == "image") {
    container.image = reader.string(member);
    container.imageShape = reader.imageShape(member);
  } else if (key == "cpu")
    container.cpu = reader.integer(member);
  else if (key == "memory")
    container.memory = reader.integer(member);
  else if (key == "memoryReservation")
    container.memoryReservation = reader.integer(member);
  else if (key == "essential")
    container.essential = reader.boolean(member);
  else if (key == "portMappings") {
    container.portMappingsNode = nonEmptyArrayNode(reader, member);
    container.portMappings =
        readObjects(reader, member, [&](NodeId n) { return readPortMapping(reader, n); });
  } else if (key == "logConfiguration") {
    container.logConfiguration.reset();
    container.logConfigurationPresence = reader.absent(member) ? Presence::Absent : Presence::Unknown;
    if (isObject) {
      container.logConfigurationPresence = Presence::Known;
      container.logConfiguration = readLogConfiguration(reader, member);
    }
  } else if (key == "secrets") {
    container.secretsNode = nonEmptyArrayNode(reader, member);
    container.secrets =
        readObjects(reader, member, [&](NodeId n) { return readNameValue(reader, n, "valueFrom"); });
  } else if (key == "repositoryCredentials")
    container.repositoryCredentialsNode = isObject ? member : kNoNode;
  else if (key == "environment")
    container.environment =
        readObjects(reader, member, [&](NodeId n) { return readNameValue(reader, n, "value"); });
  else if (key == "environmentFiles") {
    container.environmentFilesNode = nonEmptyArrayNode(reader, member);
    container.environmentFiles = readObjects(reader, member, [&](NodeId n) {
      EnvironmentFile file;
      file.node = n;
      forEachChild(reader, n, [&](NodeId m) {
        if (reader.key(m) == "value")
          file.value = reader.string(m);
        else if (reader.key(m) == "type")
          file.type = reader.string(m);
      });
      return file;
    });
  } else if (key == "links") {
    container.linksNode = nonEmptyArrayNode(reader, member);
    container.links = readStrings(reader, member);
  } else if (key == "dependsOn") {
    container.dependsOn = readObjects(reader, member, [&](NodeId n) {
      ContainerDependency dependency;
      dependency.node = n;
      forEachChild(reader, n, [&](NodeId m) {
        if (reader.key(m) == "containerName")
          dependency.containerName = reader.string(m);
        else if (reader.key(m) == "condition")
          dependency.condition = reader.string(m);
      });
      return dependency;
    });
  } else if (key == "mountPoints") {
    container.mountPointsPresence = objectListPresence(reader, member);
    container.mountPoints = readObjects(reader, member, [&](NodeId n) {
      MountPoint mount;
      mount.node = n;
      forEachChild(reader, n, [&](NodeId m) {
        if (reader.key(m) == "sourceVolume")
          mount.sourceVolume = reader.string(m);
        else if (reader.key(m) == "containerPath")
          mount.containerPath = reader.string(m);
      });
      return mount;
    });
  } else if (key == "volumesFrom") {
    container.volumesFrom = readObjects(reader, member, [&](NodeId n) {
      VolumeFrom from;
      from.node = n;
      forEachChild(reader, n, [&](NodeId m) {
        if (reader.key(m) == "sourceContainer") from.sourceContainer = reader.string(m);
      });
      return from;
    });
  } else if (key == "healthCheck") {
    container.healthCheck.reset();
    container.healthCheckPresence = reader.absent(member) ? Presence::Absent : Presence::Unknown;
    if (isObject) {
      container.healthCheckPresence = Presence::Known;
      container.healthCheck = readHealthCheck(reader, member);
    }
  } else if (key == "ulimits") {
    container.ulimitsNode = nonEmptyArrayNode(reader, member);
    container.ulimits = readObjects(reader, member, [&](NodeId n) {
      Ulimit limit;
      limit.node = n;
      forEachChild(reader, n, [&](NodeId m) {
        if (reader.key(m) == "name")
          limit.name = reader.string(m);
        else if (reader.key(m) == "softLimit")
          limit.softLimit = reader.integer(m);
        else if (reader.key(m) == "hardLimit")
          limit.hardLimit = reader.integer(m);
      });
      return limit;
    });
  } else if (key == "resourceRequirements") {
    container.resourceRequirements = readObjects(reader, member, [&](NodeId n) {
      ResourceRequirement requirement;
      requirement.node = n;
      forEachChild(reader, n, [&](NodeId m) {
        if (reader.key(m) == "type")
          requirement.type = reader.string(m);
        else if (reader.key(m) == "value")
          requirement.value = reader.string(m);
      });
      return requirement;
    });
  } else if (key == "linuxParameters") {
    container.linuxParameters.reset();
    if (isObject) container.linuxParameters = readLinuxParameters(reader, member);
  } else if (key == "firelensConfiguration") {
    container.firelensConfiguration.reset();
    if (isObject) {
      FirelensConfiguration firelens;
      firelens.node = member;
      forEachChild(reader, member, [&](NodeId m) {
        if (reader.key(m) == "type")
          firelens.type = reader.string(m);
        else if (reader.key(m) == "options" && reader.isMapping(m))
          firelens.options = readOptions(reader, m);
      });
      container.firelensConfiguration = std::move(firelens);
    }
  } else if (key == "hostname")
    container.hostname = reader.string(member);
  else if (key == "user")
    container.user = reader.string(member);
  else if (key == "privileged")
    container.privileged = reader.boolean(member);
  else if (key == "readonlyRootFilesystem")
    container.readonlyRootFilesystem = reader.boolean(member);
  else if (key == "disableNetworking")
    container.disableNetworking = reader.boolean(member);
  else if (key == "startTimeout")
    container.startTimeout = reader.integer(member);
  else if (key == "stopTimeout")
    container.stopTimeout = reader.integer(member);
  else if (key == "extraHosts")
    container.extraHostsNode = nonEmptyArrayNode(reader, member);
  else if (key == "dnsServers")
    container.dnsServersNode = nonEmptyArrayNode(reader, member);
  else if (key == "dnsSearchDomains")
    container.dnsSearchDomainsNode = nonEmptyArrayNode(reader, member);
  else if (key == "dockerSecurityOptions")
    container.dockerSecurityOptionsNode = nonEmptyArrayNode(reader, member);
  else if (key == "credentialSpecs")
    container.credentialSpecsNode = nonEmptyArrayNode(reader, member);
  else if (key == "systemControls")
    container.systemControlsNode = nonEmptyArrayNode(reader, member);
}

}  // namespace

Container readContainer(const FieldReader& reader, NodeId node) {
  Container container;
  container.node = node;
  forEachChild(reader, node, [&](NodeId member) { readContainerMember(reader, member, container); });
  return container;
}

}  // namespace ecslint
