// The base protocol: Content-Length framing, split and joined messages, wrong and hostile lengths.
#include "lsp/framing.h"

#include "lsp_session.h"

namespace ecslint::test {

using lsp::Frame;
using lsp::MessageReader;

TEST_CASE("lsp framing: a message split into single bytes, and messages joined in one read") {
  const std::string one = lsp::frame(R"({"a":1})");
  CHECK(one == "Content-Length: 7\r\n\r\n{\"a\":1}");
  MessageReader reader;
  for (std::size_t i = 0; i + 1 < one.size(); ++i) {
    reader.feed(one.substr(i, 1));
    CHECK_FALSE(reader.next().has_value());
  }
  reader.feed(one.substr(one.size() - 1));
  const auto frame = reader.next();
  REQUIRE(frame);
  CHECK(frame->kind == Frame::Kind::Message);
  CHECK(frame->body == R"({"a":1})");

  reader.feed(lsp::frame("[1]") +
              "content-length:3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[2]" +
              lsp::frame("[3]"));
  for (const char* expected : {"[1]", "[2]", "[3]"}) {
    const auto next = reader.next();
    REQUIRE(next);
    CHECK(next->body == expected);
  }
  CHECK_FALSE(reader.next().has_value());
  CHECK(reader.buffered() == 0);
}

TEST_CASE("lsp framing: a length too short, a header without a length, then back in step") {
  MessageReader reader;
  // 5 bytes of a 7-byte body: the rest runs into the next header, which is found again.
  reader.feed("Content-Length: 5\r\n\r\n{\"a\":1}" + lsp::frame("[2]") + "X-Other: 1\r\n\r\n" +
              lsp::frame("[3]"));
  auto next = reader.next();
  REQUIRE(next);
  CHECK(next->body == R"({"a":)");
  next = reader.next();
  REQUIRE(next);
  CHECK(next->body == "[2]");
  next = reader.next();
  REQUIRE(next);
  CHECK(next->kind == Frame::Kind::Problem);
  next = reader.next();
  REQUIRE(next);
  CHECK(next->body == "[3]");
}

TEST_CASE("lsp framing: a hostile length is refused and its body skipped without being buffered") {
  MessageReader reader;
  reader.feed("Content-Length: 9999999999999\r\n\r\n");
  auto next = reader.next();
  REQUIRE(next);
  CHECK(next->kind == Frame::Kind::Problem);  // more digits than any length read

  const std::size_t huge = lsp::kMaxBodyBytes + 1;
  reader.feed("Content-Length: " + std::to_string(huge) + "\r\n\r\n");
  next = reader.next();
  REQUIRE(next);
  CHECK(next->kind == Frame::Kind::Problem);
  const std::string chunk(1 << 20, 'x');
  for (std::size_t sent = 0; sent < huge; sent += chunk.size()) {
    reader.feed(std::string_view(chunk).substr(0, std::min(chunk.size(), huge - sent)));
    CHECK(reader.buffered() == 0);
    CHECK_FALSE(reader.next().has_value());
  }
  reader.feed(lsp::frame("[4]"));
  next = reader.next();
  REQUIRE(next);
  CHECK(next->body == "[4]");
}

TEST_CASE("lsp framing: a header longer than 4 KiB stops the reader") {
  MessageReader reader;
  reader.feed("Content-Length: 2\r\nX-Padding: " + std::string(lsp::kMaxHeaderBytes, 'p'));
  const auto next = reader.next();
  REQUIRE(next);
  CHECK(next->kind == Frame::Kind::Fatal);
  reader.feed(lsp::frame("[]"));
  CHECK_FALSE(reader.next().has_value());
  CHECK(reader.buffered() == 0);
}

TEST_CASE("lsp framing: the server answers framing problems with errors and keeps serving") {
  LspSession session;
  session.sendBytes("Content-Length: nine\r\n\r\n");
  session.sendBytes("Content-Length: 5\r\n\r\n{\"a\":1}");
  const std::vector<Json> errors = session.take();
  REQUIRE(errors.size() == 2);
  CHECK(errors[0]["error"]["code"].GetInt() == -32600);
  CHECK(errors[0]["id"].IsNull());
  CHECK(errors[1]["error"]["code"].GetInt() == -32700);
  const Json response = session.initialize();
  CHECK(response["result"]["capabilities"].IsObject());
  CHECK_FALSE(session.server().finished());

  session.sendBytes("Content-Length: 1\r\n" + std::string(lsp::kMaxHeaderBytes, ' '));
  CHECK(session.server().finished());
  CHECK(session.server().exitCode() == 1);
}

}  // namespace ecslint::test
