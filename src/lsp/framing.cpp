#include "lsp/framing.h"

#include <algorithm>
#include <cctype>

namespace ecslint::lsp {
namespace {

constexpr std::string_view kLengthName = "content-length:";

std::string lowered(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return result;
}

// The value of the Content-Length header in a header block, or nullopt. After a message whose
// length was too short, the block starts with the rest of its body: the header is then found
// where it begins, which is how the reader gets back in step.
std::optional<std::size_t> contentLength(std::string_view block) {
  const std::string text = lowered(block);
  const std::size_t name = text.rfind(kLengthName);
  if (name == std::string::npos) return std::nullopt;
  std::size_t at = name + kLengthName.size();
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  const std::size_t digits = at;
  std::size_t length = 0;
  for (; at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])); ++at) {
    if (at - digits >= 12) return std::nullopt;  // beyond any bound: not a length we would read
    length = length * 10 + static_cast<std::size_t>(text[at] - '0');
  }
  if (at == digits) return std::nullopt;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at < text.size() && text.compare(at, 2, "\r\n") != 0) return std::nullopt;
  return length;
}

}  // namespace

void MessageReader::feed(std::string_view bytes) {
  if (stopped_) return;
  const std::size_t dropped = std::min(skipping_, bytes.size());
  skipping_ -= dropped;
  buffer_.append(bytes.substr(dropped));
}

std::optional<Frame> MessageReader::next() {
  if (stopped_) return std::nullopt;
  if (!bodyLength_) {
    const std::size_t end = buffer_.find("\r\n\r\n");
    if (end == std::string::npos || end > kMaxHeaderBytes) {
      if (buffer_.size() <= kMaxHeaderBytes + 3) return std::nullopt;
      stopped_ = true;
      buffer_.clear();
      buffer_.shrink_to_fit();
      return Frame{Frame::Kind::Fatal, "a message header longer than 4096 bytes"};
    }
    const std::optional<std::size_t> length = contentLength(std::string_view(buffer_).substr(0, end + 2));
    buffer_.erase(0, end + 4);
    if (!length) return Frame{Frame::Kind::Problem, "a message header without a valid Content-Length"};
    if (*length > kMaxBodyBytes) {
      const std::size_t dropped = std::min(*length, buffer_.size());
      buffer_.erase(0, dropped);
      skipping_ = *length - dropped;
      return Frame{Frame::Kind::Problem,
                   "a message longer than the " + std::to_string(kMaxBodyBytes >> 20) + " MiB limit"};
    }
    bodyLength_ = *length;
  }
  if (buffer_.size() < *bodyLength_) return std::nullopt;
  Frame message{Frame::Kind::Message, buffer_.substr(0, *bodyLength_)};
  buffer_.erase(0, *bodyLength_);
  bodyLength_.reset();
  return message;
}

std::string frame(std::string_view body) {
  std::string framed = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  framed.append(body);
  return framed;
}

}  // namespace ecslint::lsp
