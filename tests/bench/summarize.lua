-- wrk script: POST /summarize with the ~1 KB real reviews of out/api-bodies.jsonl, in turn.
-- Requests are formatted once per thread in init; the request callback only hands them out.
local requests = {}
local next_index = 1

function init(args)
  local path = args[1] or "tests/bench/out/api-bodies.jsonl"
  local headers = { ["Content-Type"] = "application/json" }
  for line in io.lines(path) do
    requests[#requests + 1] = wrk.format("POST", "/summarize", headers, line)
  end
  if #requests == 0 then error("no bodies in " .. path) end
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

-- Non-200 answers are counted by wrk itself (summary.errors.status) and printed at the end, so a fast
-- run of errors cannot pass for throughput.
function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx answers: %d, socket errors: %d\n",
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
