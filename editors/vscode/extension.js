// Starts `ecslint lsp` for JSON and YAML files. The server decides which of them are task
// definitions or CloudFormation templates; every other file gets no diagnostics.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

async function activate() {
  const command = vscode.workspace.getConfiguration('ecslint').get('path', 'ecslint');
  const documentSelector = ['json', 'jsonc', 'yaml'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  client = new LanguageClient(
    'ecslint',
    'ecslint',
    { command, args: ['lsp'] },
    {
      documentSelector,
      // A changed .ecslint.json re-lints the open documents.
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.ecslint.json') },
    },
  );
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
