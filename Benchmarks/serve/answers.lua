-- wrk script for `wijzer serve`: every request saves an answer in a teacher's own self-check.
--
-- SERVE_BENCH_DATA names a Lua file (written by serve-bench.sh) returning
--   { links = { { path = "/s/<link>", csrf = "<token>" }, ... },
--     answers = { { path = "/thema/<theme>/vraag/<n>", form = "antwoord=b" }, ... } }
-- The links are split over wrk's threads (thread k takes links k+1, k+1+T, ...; T from the
-- first script argument), and each thread goes round its links in turn, so with as many
-- connections as links every connection is, in effect, one teacher. Each round through the
-- links moves to the next answer, so a save changes what is stored. A save is answered with
-- 303 (POST-redirect-GET); anything else is counted as unexpected.
expected_status = 303
dofile(os.getenv("SERVE_BENCH_DIR") .. "/report.lua")

-- The requests are formatted once, in init: formatting each one in request() cost wrk about a
-- quarter more CPU per save than per hello-world GET, CPU the server shares on this machine.
function init(args)
  local data = dofile(os.getenv("SERVE_BENCH_DATA"))
  local threads = tonumber(args[1]) or 1
  answers = data.answers
  mine = {}  -- this thread's teachers (pages.lua walks them too)
  for i = id + 1, #data.links, threads do table.insert(mine, data.links[i]) end
  requests = {}
  for _, answer in ipairs(answers) do
    for _, link in ipairs(mine) do
      table.insert(requests, wrk.format("POST", link.path .. answer.path, {
        ["Cookie"] = "wijzer-csrf=" .. link.csrf,
        ["Content-Type"] = "application/x-www-form-urlencoded",
      }, "csrf=" .. link.csrf .. "&actie=antwoord&" .. answer.form))
    end
  end
  turn = 0
end

-- Round the links, then the next answer for each: requests[] holds them in that order.
function request()
  turn = turn % #requests + 1
  return requests[turn]
end

-- With SERVE_BENCH_THINK_MS set, each connection waits 0 to twice that many milliseconds
-- before each request (a teacher reading the next question), so the run measures latency at
-- a rate below saturation instead of the most the server can take.
local think = tonumber(os.getenv("SERVE_BENCH_THINK_MS") or "")
if think then
  function delay()
    return math.random(0, 2 * think)
  end
end
