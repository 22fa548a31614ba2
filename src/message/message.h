#pragma once
// A message as data: an id in the message catalogue and its named arguments. Checks, the schema
// stage and the command line report these; text is rendered from the catalogue of the language
// asked for (message/message_catalogue.h), and SARIF carries the id and arguments as they are.

#include <string>
#include <string_view>
#include <vector>

namespace ecslint {

struct MessageArg {
  const char* name;  // a literal at the call site: "container", "host_port"
  std::string value;
};

using MessageArgs = std::vector<MessageArg>;

// The id and arguments a finding's message was rendered from (SARIF message.id and arguments).
struct MessageData {
  std::string_view id;  // "ECS101.awsvpc"; empty for a message with no catalogue entry
  MessageArgs arguments;
};

}  // namespace ecslint
