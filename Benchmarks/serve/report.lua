-- Shared by answers.lua and hello.lua: counts responses per thread and prints one machine-
-- readable line at the end, which serve-bench.sh reads (wrk's own summary is printed above it).
-- Latencies from wrk are in microseconds.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

expected_status = expected_status or 200
good, bad = 0, 0

function response(status, headers, body)
  if status == expected_status then good = good + 1 else bad = bad + 1 end
end

function done(summary, latency, requests)
  local good_total, bad_total = 0, 0
  for _, thread in ipairs(threads) do
    good_total = good_total + thread:get("good")
    bad_total = bad_total + thread:get("bad")
  end
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f expected=%d unexpected=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    good_total, bad_total, errors.connect + errors.read + errors.write + errors.timeout))
end
