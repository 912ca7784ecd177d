-- wrk script for `wijzer serve`: every request loads a page of a teacher's own self-check, as
-- the browser does after each saved answer (POST-redirect-GET) and on every visit: in turn the
-- self-check's start page (its themes and their state) and a question page.
--
-- Reads the same SERVE_BENCH_DATA as answers.lua; thread k takes links k+1, k+1+T, ... (T from
-- the first script argument). A page is answered with 200; anything else is counted as unexpected.
expected_status = 200
dofile(os.getenv("SERVE_BENCH_DIR") .. "/report.lua")

function init(args)
  local data = dofile(os.getenv("SERVE_BENCH_DATA"))
  local threads = tonumber(args[1]) or 1
  answers = data.answers
  mine = {}
  for i = id + 1, #data.links, threads do table.insert(mine, data.links[i]) end
  turn = 0
end

function request()
  local link = mine[(turn % #mine) + 1]
  local round = math.floor(turn / #mine)
  turn = turn + 1
  local path = link.path
  if round % 2 == 1 then path = path .. answers[(math.floor(round / 2) % #answers) + 1].path end
  return wrk.format("GET", path, { ["Cookie"] = "wijzer-csrf=" .. link.csrf })
end
