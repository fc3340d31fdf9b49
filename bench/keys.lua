-- wrk script: POST the JSON body in BODY_FILE, each request with the next API key of TOKENS_FILE (one per line) as
-- its bearer token, so that many keys are active at once. Prints the same RESULT line as the peers' post.lua.
local f = assert(io.open(os.getenv("BODY_FILE"), "r")); local body = f:read("*a"); f:close()
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do if #line > 0 then tokens[#tokens + 1] = line end end
local next = 0
request = function()
  next = next % #tokens + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[next] }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
