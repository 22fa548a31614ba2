-- Neovim's built-in LSP client (0.7 and later) against `ecslint lsp`, driven by
-- tests/test_lsp_neovim.cpp: open a task definition with a hostPort mismatch, wait for its
-- diagnostic, apply the preferred quick fix, wait for the diagnostic to go, and write what happened
-- to $ECSLINT_RESULT, one fact per line. Every wait is generous (a loaded machine is slow); the test
-- is bounded by CPU time, not by these.
local result = {}
local function say(line) table.insert(result, line) end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('ECSLINT_TASK')))
  local buffer = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'ecslint',
    cmd = { os.getenv('ECSLINT_BINARY'), 'lsp' },
    root_dir = vim.fn.fnamemodify(os.getenv('ECSLINT_TASK'), ':h'),
  })
  if not client_id then return say('error: the client did not start') end
  vim.lsp.buf_attach_client(buffer, client_id)

  if not vim.wait(60000, function() return #vim.diagnostic.get(buffer) > 0 end, 50) then
    return say('error: no diagnostic')
  end
  local diagnostic = vim.diagnostic.get(buffer)[1]
  local lsp = (diagnostic.user_data or {}).lsp or {}
  say(string.format('diagnostic %s %s %d:%d-%d:%d', tostring(lsp.code or diagnostic.code), tostring(diagnostic.source),
    diagnostic.lnum, diagnostic.col, diagnostic.end_lnum, diagnostic.end_col))

  local client = vim.lsp.get_client_by_id(client_id)
  local range = {
    start = { line = diagnostic.lnum, character = diagnostic.col },
    ['end'] = { line = diagnostic.end_lnum, character = diagnostic.end_col },
  }
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    range = range,
    context = { diagnostics = { lsp }, only = { 'quickfix' } },
  }, 60000, buffer)
  if not response or response.err then return say('error: codeAction failed') end
  local chosen
  for _, action in ipairs(response.result or {}) do
    if action.isPreferred then chosen = action end
  end
  if not chosen then return say('error: no preferred quick fix') end
  say('action ' .. chosen.title)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')

  if not vim.wait(60000, function() return #vim.diagnostic.get(buffer) == 0 end, 50) then
    return say('error: the diagnostic stayed')
  end
  say('diagnostics 0')
  say('buffer ' .. table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n'))
  client.stop()
end

local ok, failure = pcall(run)
if not ok then say('error: ' .. tostring(failure)) end
vim.fn.writefile(vim.split(table.concat(result, '\n'), '\n'), os.getenv('ECSLINT_RESULT'))
vim.cmd('qall!')
