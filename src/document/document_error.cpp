#include "document/document.h"
#include "message/message_catalogue.h"

namespace ecslint {

DocumentError documentError(DocumentError::Kind kind, ByteRange range, std::string_view id,
                            MessageArgs arguments, std::vector<DocumentError::Phrase> phrases) {
  DocumentError error{kind, range, "", MessageData{id, std::move(arguments)}, std::move(phrases)};
  const MessageData english = messageDataIn(error, Language::English);
  error.message = renderMessage(Language::English, english.id, english.arguments);
  return error;
}

MessageData messageDataIn(const DocumentError& error, Language language) {
  MessageData data = error.data;
  for (const DocumentError::Phrase& phrase : error.phrases) {
    data.arguments.push_back(
        MessageArg{phrase.name, renderMessage(language, phrase.phrase.id, phrase.phrase.arguments)});
  }
  return data;
}

std::string messageIn(const DocumentError& error, Language language) {
  if (error.data.id.empty()) return error.message;
  const MessageData data = messageDataIn(error, language);
  return renderMessage(language, data.id, data.arguments);
}

}  // namespace ecslint
