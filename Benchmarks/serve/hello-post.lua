-- wrk script for hello-server: POST / with a saved answer's headers and form (a CSRF cookie,
-- a form-encoded body of the same length: csrf, actie, antwoord), answered 200 "Hallo" after
-- the body is read. Not the target's ceiling (that is the GET); it shows what Hummingbird
-- itself spends on a POST like a save, so the rest of a save's cost is Wijzer's.
expected_status = 200
dofile(os.getenv("SERVE_BENCH_DIR") .. "/report.lua")

function init(args)
  local token = string.rep("k", 32)  -- a CSRF token is 32 characters
  post = wrk.format("POST", "/", {
    ["Cookie"] = "wijzer-csrf=" .. token,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "csrf=" .. token .. "&actie=antwoord&antwoord=b")
end

function request()
  return post
end
