-- A real editor as the client: Neovim (headless, --clean) starts `handbook lsp --stdio`, opens
-- the brief named by HANDBOOK_FILE, waits for its diagnostics, writes them to HANDBOOK_OUT,
-- applies the quick fix of the `brief-why` diagnostic, waits for the diagnostics of the fixed
-- buffer and writes those and the buffer's text too. Debian's Neovim is 0.7, which has
-- `vim.lsp.start_client` + `buf_attach_client` (`vim.lsp.start` arrived in 0.8).
local out = {}
local function say(line) table.insert(out, line) end
local function finish()
  vim.fn.writefile(out, os.getenv('HANDBOOK_OUT'))
  vim.cmd('qall!')
end

local client_id = vim.lsp.start_client({
  name = 'handbook',
  cmd = { os.getenv('HANDBOOK_NODE'), os.getenv('HANDBOOK_BIN'), 'lsp', '--stdio' },
  root_dir = os.getenv('HANDBOOK_ROOT'),
})
if not client_id then say('error: the server did not start') finish() end
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('HANDBOOK_FILE')))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

local function why()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'brief-why' then return d end
  end
end
local function dump(label)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local id = d.user_data and d.user_data.lsp and d.user_data.lsp.data and d.user_data.lsp.data.messageId or '?'
    say(string.format('%s %d:%d %s/%s', label, d.lnum + 1, d.col + 1, tostring(d.code), id))
  end
end

if not vim.wait(30000, function() return why() ~= nil end, 50) then say('error: no brief-why diagnostic') dump('seen') finish() end
dump('before')

local d = why()
local lsp_diagnostic = d.user_data and d.user_data.lsp or {}
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = d.lnum, character = 0 }, ['end'] = { line = d.lnum, character = 0 } },
  context = { diagnostics = { lsp_diagnostic }, only = { 'quickfix' } },
}
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
local applied = false
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    if not applied and action.edit then
      say('action ' .. action.title)
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      applied = true
    end
  end
end
if not applied then say('error: no quick fix') finish() end

local function fixed()
  local current = why()
  return current ~= nil and current.user_data.lsp.data.messageId ~= 'missing'
end
if not vim.wait(30000, fixed, 50) then say('error: diagnostics did not follow the fix') end
dump('after')
for _, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do say('text ' .. line) end
finish()
