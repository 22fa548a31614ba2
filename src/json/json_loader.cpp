#include "json/json_loader.h"

#include "json/json_sax.h"

namespace ecslint {

Result<Document, DocumentError> loadJson(const SourceText& source, std::uint32_t maxValues) {
  const std::string_view text = source.bytes();
  if (auto problem = detectUnsupportedEncoding(text)) return makeError(std::move(*problem));

  // The limits are the recorder's, so the builder is given none.
  DocumentBuilder builder(source, Syntax::Json, UINT32_MAX);
  builder.reserve(text.size() / 32 + 4);  // about one value per 32 bytes of a task definition
  // The bytes RapidJSON parses in place, NUL-terminated (a std::string) like the buffers its own
  // in-situ parsing expects, and the document's text. Every text the recorder gives the builder
  // lies in them (or is empty), so the builder never appends to its text while the stream reads it:
  // an append could move the buffer under the stream.
  char* const bytes = builder.adoptText(std::string(text));
  auto root = parseInto(builder, bytes, text.size(), source.contentStart(), text, maxValues, IdentitySpans{});
  if (!root) return makeError(std::move(root.error()));
  return std::move(builder).finish();
}

}  // namespace ecslint