#include "cli/fd_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ecslint {

FdOutputBuffer::FdOutputBuffer(int fd) : fd_(fd), buffer_(std::size_t{1} << 16) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FdOutputBuffer::~FdOutputBuffer() { drain(); }

bool FdOutputBuffer::writeAll(const char* data, std::size_t size) {
  while (size > 0 && error_ == 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno != EINTR) error_ = errno;
      continue;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return error_ == 0;
}

bool FdOutputBuffer::drain() {
  const bool written = writeAll(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return written;
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdOutputBuffer::xsputn(const char* data, std::streamsize size) {
  const auto count = static_cast<std::size_t>(size);
  if (count <= static_cast<std::size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), data, count);
    pbump(static_cast<int>(count));
    return size;
  }
  // Large writes (a whole fixed document) go straight through, after what is buffered.
  if (!drain() || !writeAll(data, count)) return 0;
  return size;
}

int FdOutputBuffer::sync() { return drain() ? 0 : -1; }

std::string FdOutput::finish() {
  stream_.flush();
  if (const int error = buffer_.error(); error != 0) return std::strerror(error);
  return stream_ ? "" : "the output stream failed";
}

}  // namespace ecslint
