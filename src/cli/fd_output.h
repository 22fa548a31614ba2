#pragma once
// An output stream onto a file descriptor that remembers why a write failed: std::cout and
// std::ofstream only say that one did, and a report or fixed document lost to a full disk must be
// an error with the system's reason, not a silent success.

#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace ecslint {

class FdOutputBuffer final : public std::streambuf {
 public:
  explicit FdOutputBuffer(int fd);
  ~FdOutputBuffer() override;  // flushes; a failure then is the caller's to check before
  FdOutputBuffer(const FdOutputBuffer&) = delete;
  FdOutputBuffer& operator=(const FdOutputBuffer&) = delete;

  // The errno of the first failed write (0: none). After a failure, output is discarded.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  bool drain();
  bool writeAll(const char* data, std::size_t size);

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

// A stream and its buffer in one object.
class FdOutput {
 public:
  explicit FdOutput(int fd) : buffer_(fd), stream_(&buffer_) {}
  std::ostream& stream() { return stream_; }
  // Flushes: "" when everything was written, else the system's reason ("No space left on device").
  std::string finish();

 private:
  FdOutputBuffer buffer_;
  std::ostream stream_;
};

}  // namespace ecslint
