-- wrk script for hello-server: GET / (answered 200 "Hallo"), counted by report.lua.
expected_status = 200
dofile(os.getenv("SERVE_BENCH_DIR") .. "/report.lua")
