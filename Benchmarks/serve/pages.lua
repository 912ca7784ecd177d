-- wrk script for `wijzer serve`: every request loads a page of a teacher's own self-check, as
-- the browser does after each saved answer (POST-redirect-GET) and on every visit: in turn the
-- self-check's start page (its themes and their state) and a question page.
--
-- The teachers and their connections are answers.lua's; only the request differs. A page is
-- answered with 200; anything else is counted as unexpected.
dofile(os.getenv("SERVE_BENCH_DIR") .. "/answers.lua")
expected_status = 200

function request()
  local link = mine[(turn % #mine) + 1]
  local round = math.floor(turn / #mine)
  turn = turn + 1
  local path = link.path
  if round % 2 == 1 then path = path .. answers[(math.floor(round / 2) % #answers) + 1].path end
  return wrk.format("GET", path, { ["Cookie"] = "wijzer-csrf=" .. link.csrf })
end
