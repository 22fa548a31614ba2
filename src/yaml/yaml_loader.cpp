#include "yaml/yaml_loader.h"

#include <yaml.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "document/document_builder.h"
#include "yaml/mark_offsets.h"
#include "yaml/yaml_errors.h"
#include "yaml/yaml_scalar.h"

namespace ecslint {

namespace {

constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

std::string_view asView(const yaml_char_t* text, std::size_t length) {
  return {reinterpret_cast<const char*>(text), length};
}
std::string_view asView(const yaml_char_t* text) {
  return text == nullptr ? std::string_view{} : std::string_view(reinterpret_cast<const char*>(text));
}

ScalarStyle styleOf(yaml_scalar_style_t style) {
  switch (style) {
    case YAML_PLAIN_SCALAR_STYLE:
      return ScalarStyle::Plain;
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
      return ScalarStyle::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
      return ScalarStyle::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE:
      return ScalarStyle::Literal;
    case YAML_FOLDED_SCALAR_STYLE:
      return ScalarStyle::Folded;
    default:
      return ScalarStyle::None;
  }
}

// The kind of a scalar: untagged plain scalars by YAML 1.1's implicit rules, core tags (`!!int`)
// as they say, everything else (quoted, `!`, local tags such as `!Ref`) a string.
NodeKind scalarKind(const yaml_event_t& event) {
  const std::string_view text = asView(event.data.scalar.value, event.data.scalar.length);
  const std::string_view tag = asView(event.data.scalar.tag);
  if (tag.empty()) {
    return event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? plainScalarKind(text) : NodeKind::String;
  }
  if (tag.substr(0, kCoreTagPrefix.size()) == kCoreTagPrefix) {
    const std::string_view name = tag.substr(kCoreTagPrefix.size());
    if (name == "int") return NodeKind::Integer;
    if (name == "float") return NodeKind::Float;
    if (name == "bool") return NodeKind::Boolean;
    if (name == "null") return NodeKind::Null;
  }
  return NodeKind::String;
}

// RAII for libyaml's parser and events.
struct Parser {
  yaml_parser_t parser{};
  Parser() { yaml_parser_initialize(&parser); }
  ~Parser() { yaml_parser_delete(&parser); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};
struct Event {
  yaml_event_t event{};
  ~Event() { yaml_event_delete(&event); }
};

class Loader {
 public:
  Loader(const SourceText& source, std::uint32_t maxValues)
      : source_(source),
        offsets_(source.bytes(), source.contentStart()),
        builder_(source, Syntax::Yaml, maxValues) {}

  Result<Document, DocumentError> run() {
    const std::string_view text = source_.bytes();
    const std::uint32_t start = source_.contentStart();
    if (auto encoding = yamlEncodingError(text, start)) return makeError(std::move(*encoding));
    Parser p;
    yaml_parser_set_input_string(&p.parser, reinterpret_cast<const unsigned char*>(text.data()) + start,
                                 text.size() - start);
    yaml_parser_set_encoding(&p.parser, YAML_UTF8_ENCODING);
    int documents = 0;
    for (;;) {
      Event e;
      if (!yaml_parser_parse(&p.parser, &e.event)) return makeError(syntaxError(p.parser));
      const yaml_event_t& event = e.event;
      switch (event.type) {
        case YAML_STREAM_END_EVENT:
          return std::move(builder_).finish();
        case YAML_DOCUMENT_START_EVENT:
          if (++documents > 1) {
            // Only one document: a second one is an error at its `---` rather than ignored, so a
            // file that holds two templates is not half linted.
            ByteRange marker = offsets_.range(event.start_mark, event.end_mark);
            if (marker.begin == marker.end) marker = characterAt(marker.begin);
            return makeError(
                documentError(DocumentError::Kind::Syntax, marker, "ECS001.yaml.second-document"));
          }
          break;
        case YAML_SCALAR_EVENT: {
          auto ok = onScalar(event);
          if (!ok) return makeError(std::move(ok.error()));
          break;
        }
        case YAML_ALIAS_EVENT: {
          auto ok = onAlias(event);
          if (!ok) return makeError(std::move(ok.error()));
          break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
          auto ok = onOpen(event);
          if (!ok) return makeError(std::move(ok.error()));
          break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
          auto ok = onClose(event);
          if (!ok) return makeError(std::move(ok.error()));
          break;
        }
        default:
          break;
      }
    }
  }

 private:
  // Where the loader is inside a mapping: waiting for a key, or for the value of one.
  struct Frame {
    bool mapping = false;
    bool expectKey = true;
    bool mergeValue = false;       // the value under way is a merge key's (`<<`)
    bool mergeSequence = false;    // this sequence is a merge key's value: its elements are merged
    NodeId mergeTarget = kNoNode;  // the mapping a merge sequence merges into
  };

  ByteRange characterAt(std::uint32_t offset) const { return yamlCharacterAt(source_.bytes(), offset); }

  DocumentError syntaxError(const yaml_parser_t& parser) const {
    // The text is valid UTF-8 (checked first), so the reader refuses only characters YAML forbids.
    if (parser.error == YAML_READER_ERROR && parser.problem_value >= 0) {
      const auto at = static_cast<std::uint32_t>(offsets_.start() + parser.problem_offset);
      return yamlUnacceptableCharacter(source_.bytes(), at, static_cast<std::uint32_t>(parser.problem_value));
    }
    const std::uint32_t at = parser.error == YAML_READER_ERROR
                                 ? static_cast<std::uint32_t>(offsets_.start() + parser.problem_offset)
                                 : offsets_.offset(parser.problem_mark.index);
    std::optional<YamlContext> context;
    if (parser.context != nullptr) {
      context = YamlContext{parser.context, source_.position(offsets_.offset(parser.context_mark.index))};
    }
    return explainYamlProblem(parser.problem != nullptr ? parser.problem : "", context, source_.bytes(), at,
                              characterAt(at));
  }

  DocumentError error(const yaml_mark_t& mark, std::string_view id, MessageArgs arguments = {}) const {
    return documentError(DocumentError::Kind::Syntax, characterAt(offsets_.offset(mark.index)), id,
                         std::move(arguments));
  }

  // A mapping's key must be a scalar: CloudFormation names are strings, and a complex key (`? [a]`)
  // could not be named by a JSON pointer.
  Result<bool, DocumentError> takeKey(const yaml_event_t& event) {
    Frame& frame = frames_.back();
    if (event.type != YAML_SCALAR_EVENT) {
      return makeError(error(event.start_mark, "ECS001.yaml.key-not-scalar"));
    }
    const std::string_view name = asView(event.data.scalar.value, event.data.scalar.length);
    frame.expectKey = false;
    // A key is no node, so an alias cannot refer to it; the name is kept to say so.
    if (event.data.scalar.anchor != nullptr)
      anchors_[std::string(asView(event.data.scalar.anchor))] = kNoNode;
    frame.mergeValue = name == "<<" && event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
                       event.data.scalar.tag == nullptr;
    builder_.key(name, offsets_.range(event.start_mark, event.end_mark));
    return true;
  }

  bool expectingKey() const { return !frames_.empty() && frames_.back().mapping && frames_.back().expectKey; }

  void remember(const yaml_char_t* anchor, NodeId id) {
    if (anchor != nullptr) anchors_[std::string(asView(anchor))] = id;
  }

  // A value just completed: the enclosing mapping now waits for a key again, and a merge key's
  // value (or each element of a merge sequence) is merged into its mapping.
  Result<bool, DocumentError> completed(NodeId id, const yaml_mark_t& mark) {
    if (frames_.empty()) return true;
    Frame& frame = frames_.back();
    if (frame.mapping) {
      frame.expectKey = true;
      if (frame.mergeValue) {
        frame.mergeValue = false;
        if (builder_.document().kind(id) == NodeKind::Sequence) return true;  // merged element by element
        return merge(builder_.innermost(), id, mark);
      }
    } else if (frame.mergeSequence) {
      return merge(frame.mergeTarget, id, mark);
    }
    return true;
  }

  Result<bool, DocumentError> merge(NodeId mapping, NodeId value, const yaml_mark_t& mark) {
    const Document& doc = builder_.document();
    const NodeId source = doc.kind(value) == NodeKind::Alias ? doc.aliasTarget(value) : value;
    if (source == kNoNode || doc.kind(source) != NodeKind::Mapping) {
      return makeError(error(mark, "ECS001.yaml.merge-not-mapping"));
    }
    builder_.mergeInto(mapping, source);
    return true;
  }

  Result<bool, DocumentError> onScalar(const yaml_event_t& event) {
    if (expectingKey()) return takeKey(event);
    const auto& s = event.data.scalar;
    auto id = builder_.scalar(scalarKind(event), styleOf(s.style), asView(s.value, s.length), asView(s.tag),
                              offsets_.range(event.start_mark, event.end_mark));
    if (!id) return makeError(std::move(id.error()));
    remember(s.anchor, *id);
    return completed(*id, event.start_mark);
  }

  Result<bool, DocumentError> onAlias(const yaml_event_t& event) {
    if (expectingKey()) return takeKey(event);
    const std::string_view anchor = asView(event.data.alias.anchor);
    const auto it = anchors_.find(std::string(anchor));
    if (it == anchors_.end()) {
      return makeError(
          error(event.start_mark, "ECS001.yaml.alias-without-anchor", {{"anchor", std::string(anchor)}}));
    }
    if (it->second == kNoNode) {
      return makeError(
          error(event.start_mark, "ECS001.yaml.alias-of-key", {{"anchor", std::string(anchor)}}));
    }
    if (builder_.isOpen(it->second)) {
      return makeError(
          error(event.start_mark, "ECS001.yaml.alias-inside-itself", {{"anchor", std::string(anchor)}}));
    }
    auto id = builder_.alias(anchor, it->second, offsets_.range(event.start_mark, event.end_mark));
    if (!id) return makeError(std::move(id.error()));
    return completed(*id, event.start_mark);
  }

  Result<bool, DocumentError> onOpen(const yaml_event_t& event) {
    if (expectingKey()) return takeKey(event);
    const bool mapping = event.type == YAML_MAPPING_START_EVENT;
    const yaml_char_t* tag = mapping ? event.data.mapping_start.tag : event.data.sequence_start.tag;
    const yaml_char_t* anchor = mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
    const bool flow = mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                              : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    Frame frame;
    frame.mapping = mapping;
    if (!mapping && !frames_.empty() && frames_.back().mapping && frames_.back().mergeValue) {
      frame.mergeSequence = true;
      frame.mergeTarget = builder_.innermost();
    }
    auto id = builder_.open(mapping ? NodeKind::Mapping : NodeKind::Sequence,
                            flow ? ScalarStyle::Flow : ScalarStyle::Block, asView(tag),
                            offsets_.offset(event.start_mark.index));
    if (!id) return makeError(std::move(id.error()));
    remember(anchor, *id);
    frames_.push_back(frame);
    return true;
  }

  Result<bool, DocumentError> onClose(const yaml_event_t& event) {
    frames_.pop_back();
    auto id = builder_.close(offsets_.offset(event.end_mark.index));
    if (!id) return makeError(std::move(id.error()));
    return completed(*id, event.start_mark);
  }

  const SourceText& source_;
  MarkOffsets offsets_;
  DocumentBuilder builder_;
  std::vector<Frame> frames_;
  std::unordered_map<std::string, NodeId> anchors_;
};

}  // namespace

Result<Document, DocumentError> loadYaml(const SourceText& source, std::uint32_t maxValues) {
  return Loader(source, maxValues).run();
}

}  // namespace ecslint
