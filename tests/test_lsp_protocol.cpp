// The language server's JSON-RPC and lifecycle: initialize and what it advertises, errors for
// malformed messages (the server keeps serving), shutdown and exit.
#include "lsp_session.h"

namespace ecslint::test {

TEST_CASE("lsp protocol: initialize advertises what is implemented, in the encoding negotiated") {
  LspSession session;
  const Json response = session.initialize();
  const auto& capabilities = response["result"]["capabilities"];
  CHECK(str(capabilities["positionEncoding"]) == "utf-16");
  CHECK(capabilities["textDocumentSync"]["change"].GetInt() == 2);
  CHECK(capabilities["textDocumentSync"]["openClose"].GetBool() == true);
  CHECK(capabilities["hoverProvider"].GetBool() == true);
  CHECK(jsonText(capabilities["codeActionProvider"]) ==
        R"({"codeActionKinds":["quickfix","source.fixAll.ecslint"]})");
  CHECK_FALSE(capabilities.HasMember("diagnosticProvider"));  // the client did not ask to pull
  CHECK(str(response["result"]["serverInfo"]["name"]) == "ecslint");

  LspSession utf8;
  const Json negotiated = utf8.initialize(R"({"general":{"positionEncodings":["utf-8","utf-16"]}})");
  CHECK(str(negotiated["result"]["capabilities"]["positionEncoding"]) == "utf-8");

  LspSession pull;
  const Json pulled = pull.initialize(R"({"textDocument":{"diagnostic":{}}})");
  CHECK(pulled["result"]["capabilities"]["diagnosticProvider"]["interFileDependencies"].GetBool() == false);
}

TEST_CASE("lsp protocol: malformed messages get JSON-RPC errors and the server keeps serving") {
  LspSession session;
  CHECK(session.request("textDocument/hover")["error"]["code"].GetInt() == -32002);  // before initialize
  session.initialize();
  CHECK(session.request("initialize")["error"]["code"].GetInt() == -32600);  // twice
  CHECK(session.request("no/such/method")["error"]["code"].GetInt() == -32601);
  CHECK(session.request("textDocument/hover", R"({"textDocument":{"uri":"file:///a.json"}})")["error"]["code"]
            .GetInt() == -32602);
  CHECK(session
            .request("textDocument/hover",
                     R"({"textDocument":{"uri":1},"position":{"line":0,"character":0}})")["error"]["code"]
            .GetInt() == -32602);

  session.send("{not json");
  session.send(R"([{"jsonrpc":"2.0","id":9,"method":"shutdown"}])");
  session.send(R"({"id":10,"method":"shutdown"})");
  session.send(R"({"jsonrpc":"2.0","id":{"an":"object"},"method":"shutdown"})");
  session.send(R"({"jsonrpc":"2.0","id":11,"method":7})");
  session.send(R"({"jsonrpc":"2.0\u0000","id":12,"method":"shutdown"})");
  session.send(std::string(R"({"jsonrpc":"2.0","method":"x","params":")") + "\xff\xfe" + "\"}");
  session.send(std::string(100000, '[') + std::string(100000, ']'));  // deep, yet parsed without recursion
  const std::vector<Json> errors = session.take();
  REQUIRE(errors.size() == 8);
  CHECK(errors[0]["error"]["code"].GetInt() == -32700);
  CHECK(errors[1]["error"]["code"].GetInt() == -32600);  // a batch: LSP sends none
  CHECK(errors[2]["error"]["code"].GetInt() == -32600);
  CHECK(errors[2]["id"].GetInt() == 10);
  CHECK(errors[3]["id"].IsNull());
  CHECK(errors[4]["error"]["code"].GetInt() == -32600);
  CHECK(errors[5]["error"]["code"].GetInt() == -32600);  // "2.0" and more
  CHECK(errors[6]["error"]["code"].GetInt() == -32700);  // not UTF-8
  CHECK(errors[7]["error"]["code"].GetInt() == -32600);

  // Notifications are never answered, malformed or unknown; responses to the server's requests
  // are taken quietly.
  session.notify("textDocument/didOpen", R"({"textDocument":{}})");
  session.notify("$/cancelRequest", R"({"id":3})");
  session.send(R"({"jsonrpc":"2.0","id":1,"result":null})");
  CHECK(session.take().empty());
  const Json answer = session.request("shutdown");
  CHECK(answer["result"].IsNull());
  CHECK(str(session.request("textDocument/hover", "{}")["error"]["message"]) ==
        "the server is shutting down");
  CHECK_FALSE(session.server().finished());
  session.notify("exit");
  CHECK(session.server().finished());
  CHECK(session.server().exitCode() == 0);
}

TEST_CASE("lsp protocol: exit without shutdown is status 1, the end of input ends the server") {
  LspSession session;
  session.initialize();
  session.notify("exit");
  CHECK(session.server().finished());
  CHECK(session.server().exitCode() == 1);

  LspSession closed;
  closed.initialize();
  closed.server().endOfInput();
  CHECK(closed.server().finished());
  CHECK(closed.server().exitCode() == 0);
}

TEST_CASE("lsp protocol: string ids are echoed, and a registration for .ecslint.json is requested") {
  LspSession session;
  session.send(
      R"({"jsonrpc":"2.0","id":"first","method":"initialize","params":{"capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}}})");
  std::vector<Json> messages = session.take();
  REQUIRE(messages.size() == 1);
  CHECK(str(messages[0]["id"]) == "first");
  session.notify("initialized");
  messages = session.take();
  REQUIRE(messages.size() == 1);
  CHECK(str(messages[0]["method"]) == "client/registerCapability");
  CHECK(str(messages[0]["params"]["registrations"][0]["registerOptions"]["watchers"][0]["globPattern"]) ==
        "**/.ecslint.json");
}

}  // namespace ecslint::test
