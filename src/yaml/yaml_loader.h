#pragma once
// Reads a YAML file (a CloudFormation or SAM template) into a Document, with libyaml's event API.
//
// libyaml gives exact start and end marks for every event (equal to cfn-lint's, which runs on the
// same library), never expands aliases, and accepts every real template in the corpus
// (docs: ../shared/research/iac-front-ends.md §4). Marks count code points; the loader turns them
// into byte offsets so that spans, columns and edits work as for JSON.
//
// What the loader decides, as CloudFormation's YAML reading does:
// - plain scalars are typed by YAML 1.1's rules, timestamps excepted (yaml_scalar.h);
// - local tags (`!Ref`, `!GetAtt`, `!Sub`) stay on the node; interpreting them is the template
//   reader's job;
// - a repeated key keeps the last value and is recorded (ECS002), and loading continues;
// - a merge key (`<<: *base`) lists the merged members (bounded, never copied); other aliases stay
//   alias nodes pointing at their anchor;
// - an anchor on a key is allowed, an alias to it is an error (a key is no node to refer to);
// - one document per file: a second document is an error at its `---`, so a file of two templates is
//   never half read; `%YAML 1.1`/`1.2` and `%TAG` directives are read, plain scalars typed as 1.1.
// Anything it cannot read is a DocumentError whose range lies inside the file (empty at its end),
// with a message that says what to do (yaml_errors.h): syntax errors with libyaml's problem,
// context and, for the common ones, a hint (tabs, indentation, unclosed quotes and brackets, keys
// over 1024 characters); UTF-16 and UTF-32 files; invalid UTF-8 at the first bad byte; NUL bytes and
// control characters at the character; nesting past Document::kMaxDepth at the first level too
// deep; more than `maxValues` values (members merge keys look at included) at the first value past.
// libyaml's parser is iterative (heap stacks, no recursion), so no input exhausts the stack.

#include "document/document.h"
#include "support/result.h"

namespace ecslint {

Result<Document, DocumentError> loadYaml(const SourceText& source,
                                         std::uint32_t maxValues = Document::kMaxValues);

}  // namespace ecslint
