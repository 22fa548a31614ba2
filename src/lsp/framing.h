#pragma once
// LSP's base protocol: each message is a header ("Content-Length: N\r\n", optionally
// "Content-Type: ...\r\n", then "\r\n") and N bytes of JSON. The reader takes bytes in whatever
// pieces they arrive and hands out whole bodies, within bounds a hostile peer cannot move: a
// header is at most kMaxHeaderBytes, a body at most the linter's input limit. A body over it is
// skipped as it arrives, never buffered; a header block without a length is dropped.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "engine/linter.h"

namespace ecslint::lsp {

inline constexpr std::size_t kMaxHeaderBytes = 4096;
// A message carries at most one document, which the linter reads up to its limit; the JSON
// around it (escapes included) gets as much again.
inline constexpr std::size_t kMaxBodyBytes = 2 * InputLimits::kDefaultMaxBytes;

struct Frame {
  enum class Kind {
    Message,  // `body` is one message's bytes
    Problem,  // a malformed header or an oversized body: answer with an error, then go on
    Fatal,    // a header over kMaxHeaderBytes: nothing more can be trusted; stop
  };
  Kind kind = Kind::Message;
  std::string body;  // Message: the body; Problem and Fatal: what was wrong (protocol text)
};

class MessageReader {
 public:
  void feed(std::string_view bytes);
  // The next frame from what was fed, or nullopt until more bytes arrive.
  std::optional<Frame> next();
  // Bytes held for a message not yet complete (tests: it stays bounded).
  std::size_t buffered() const { return buffer_.size(); }

 private:
  std::string buffer_;
  std::optional<std::size_t> bodyLength_;  // the header is read; waiting for this many bytes
  std::size_t skipping_ = 0;               // bytes of an oversized body still to drop
  bool stopped_ = false;
};

// `body` with its header.
std::string frame(std::string_view body);

}  // namespace ecslint::lsp
