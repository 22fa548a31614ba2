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
// - one document per file: a second document is an error at its start.
// Anything it cannot read is a DocumentError with a position: syntax errors with libyaml's
// problem and context, invalid UTF-8 at the first bad byte, nesting past Document::kMaxDepth,
// more than `maxValues` values.

#include "document/document.h"
#include "support/result.h"

namespace ecslint {

Result<Document, DocumentError> loadYaml(const SourceText& source,
                                         std::uint32_t maxValues = Document::kMaxValues);

}  // namespace ecslint
