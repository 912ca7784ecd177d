#!/usr/bin/env bash
# Load benchmark of `wijzer serve` (issue 16, "Speed"), on loopback only, bounded in time.
#
#   1. Starts `hello-server` (a Hummingbird hello-world route, the same Hummingbird: the
#      ceiling) and, for each database (SQLite, then PostgreSQL), `wijzer serve` on a fresh one.
#      PostgreSQL is a throwaway server of the run's own (Debian's postgresql, initdb in the
#      run's temporary folder, reached through its socket there, defaults: fsync and
#      synchronous_commit on), run as the postgres user when this script runs as root. Before
#      the server starts, PostgreSQL writes and frees about 800 MB of WAL, so that the rounds
#      recycle WAL segments as a server that has run a while does (warm_wal).
#   2. Makes one self-check per simulated teacher (200) as a browser does: GET / for the CSRF
#      cookie, POST /begin with it, which answers with the private link. Reads the first theme's
#      first questions from their pages and keeps every answer of those with radio buttons or
#      check boxes (n.v.t. left out). Then answers, through the forms, part of the other themes
#      for each teacher, from hardly any to all (fill.py): teachers part way through theirs, so
#      the stored self-checks have the sizes a school's have (SERVE_BENCH_FILL=0 leaves them
#      with the rounds' answers only, under 1 kB each, as this benchmark did before 2026-12-04).
#   3. Rounds (3): wrk against hello-server (GET /, the target's ceiling; then POST / with a
#      save's cookie and form, hello-post.lua, what the framework spends on a POST), then wrk
#      against `wijzer serve` (answers.lua: each request POSTs an answer to a question of one
#      teacher's private link, with that teacher's CSRF cookie and field; 303 = saved). Same
#      connections, threads and duration.
#   3b. Paced rounds (3): the same answers, but each connection waits 0 to 2 s (SERVE_BENCH_THINK_MS
#      on average) before each one, as teachers read a question first: latency below saturation.
#   3c. Page rounds (3): wrk loading pages (pages.lua: each connection GETs its own teacher's
#      start page and a question page in turn; 200 = shown), what follows every saved answer.
#   In every round: the server's and wrk's CPU per request, and the share of the machine's
#      cores left idle (and taken by the virtual machine's host: steal), which tells a round
#      the server could not keep busy from one the host slowed down.
#   4. The server's peak memory (VmHWM) after the load; checks in the database that every
#      teacher's answers are stored; stops the server and times 11 starts of each server to
#      its first accepted connection.
# Steps 2 to 4 are done for each database. Every server it starts is stopped on exit. Build
# first (release; on a shared machine with nice -n 19), both linked as the README's binary for
# a school's server is (the Swift runtime in the binary), so the ceiling is built like the server:
#   swift build -c release --static-swift-stdlib --product wijzer
#   swift build -c release --static-swift-stdlib --package-path Benchmarks --product hello-server
# Settings (environment): SERVE_BENCH_CONNECTIONS (200), SERVE_BENCH_THREADS (2),
# SERVE_BENCH_DURATION (10s), SERVE_BENCH_ROUNDS (3), SERVE_BENCH_STARTS (11),
# SERVE_BENCH_PORT (18080; hello-server on the next port, PostgreSQL on the one after),
# SERVE_BENCH_DATABASES ("sqlite postgres"), SERVE_BENCH_POSTGRES_VIA ("socket": the server's
# socket folder, as docs/SERVER.md has a school connect to a PostgreSQL on the same machine;
# "tcp": loopback TCP), SERVE_BENCH_WAL (warm; fresh: PostgreSQL's WAL as a new cluster's),
# SERVE_BENCH_THINK_MS (1000: the paced rounds'
# average think time per connection), SERVE_BENCH_FILL (1; 0: no answers outside the rounds'), WIJZER and HELLO_SERVER (binaries),
# SERVE_BENCH_PROFILE=1 (perf record -g of the server during the last round's answers, =pages
# during the last round of pages;
# SERVE_BENCH_PERF_DATA=PATH keeps its perf.data as PATH-sqlite and PATH-postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
here="$PWD/Benchmarks/serve"

connections="${SERVE_BENCH_CONNECTIONS:-200}"
threads="${SERVE_BENCH_THREADS:-2}"
duration="${SERVE_BENCH_DURATION:-10s}"
rounds="${SERVE_BENCH_ROUNDS:-3}"
starts="${SERVE_BENCH_STARTS:-11}"
port="${SERVE_BENCH_PORT:-18080}"
hello_port=$((port + 1))
pg_port=$((port + 2))
databases="${SERVE_BENCH_DATABASES:-sqlite postgres}"
think_ms="${SERVE_BENCH_THINK_MS:-1000}"
wal="${SERVE_BENCH_WAL:-warm}"
[[ $wal == warm || $wal == fresh ]] || { echo "serve-bench: SERVE_BENCH_WAL is warm or fresh, not '$wal'" >&2; exit 2; }
wijzer="${WIJZER:-$PWD/.build/release/wijzer}"
hello="${HELLO_SERVER:-$PWD/Benchmarks/.build/release/hello-server}"

for tool in wrk curl python3 psql; do
  command -v "$tool" >/dev/null || { echo "serve-bench: $tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done
[[ -x "$wijzer" ]] || { echo "serve-bench: no $wijzer; build it: swift build -c release --static-swift-stdlib --product wijzer" >&2; exit 1; }
[[ -x "$hello" ]] || { echo "serve-bench: no $hello; build it: swift build -c release --static-swift-stdlib --package-path Benchmarks --product hello-server" >&2; exit 1; }
"$here/same-linkage.sh" "$wijzer" "$hello" || { echo "serve-bench: see the header for how to build both" >&2; exit 1; }

work="$(mktemp -d)"
chmod 755 "$work"
servers=()
pg_bin=""
as_pg() { # PostgreSQL refuses to run as root
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  if [[ -n "$pg_bin" && -f "$work/pg/data/postmaster.pid" ]]; then
    as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for_port() { # port: until a connection is accepted (at most 10 s)
  for _ in $(seq 200); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.05
  done
  echo "serve-bench: nothing listens on port $1" >&2
  exit 1
}

median() { sort -g | awk '{a[NR]=$1} END {printf "%.3f", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; } # a key=value of wrk's RESULT line
header() { sed -n "s/^$1: *\([^;?]*\).*/\1/Ip" | tr -d '\r'; }

start_postgres() { # a throwaway server on $pg_port with an empty database wijzer; PostgreSQL's defaults
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x "$pg_bin/initdb" ]] || { echo "serve-bench: PostgreSQL is needed (Debian: apt-get install postgresql)" >&2; exit 1; }
  mkdir -p "$work/pg"
  if [[ $(id -u) == 0 ]]; then chown postgres "$work/pg"; fi
  as_pg "$pg_bin/initdb" -D "$work/pg/data" -A trust -U wijzer -E UTF8 >"$work/pg-initdb.log" 2>&1
  as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U wijzer wijzer
  [[ $wal == fresh ]] || warm_wal
}

warm_wal() { # WAL segments for the run's PostgreSQL to recycle, as a server that has run a while has
  # A new cluster has none: until its first checkpoint, every 16 MB of WAL is a new segment file,
  # written full of zeros and flushed while the commits behind it wait (XLogFileInit, a tenth of
  # PostgreSQL's samples in a saturated round, 2026-12-05). A server in use recycles the segments
  # a checkpoint frees instead. About 800 MB of WAL from a table dropped before the checkpoint
  # (3-7 s here) covers every round; SERVE_BENCH_WAL=fresh measures the new cluster instead.
  local started=$SECONDS
  "$pg_bin/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U wijzer wijzer \
    -c "CREATE TABLE warm_wal AS SELECT repeat(md5(i::text), 60) AS t FROM generate_series(1, 400000) AS i" \
    -c "DROP TABLE warm_wal" -c "CHECKPOINT" >/dev/null
  echo "PostgreSQL: $(find "$work/pg/data/pg_wal" -maxdepth 1 -type f -name '0*' | wc -l) WAL segments to recycle ($((SECONDS - started)) s)"
}

cpu_ticks() { # pid: the process's user + system CPU time so far, in clock ticks (/proc/PID/stat)
  sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}
pg_ticks() { # the CPU time so far of the run's PostgreSQL (its postmaster and every backend), 0 without one
  local main
  main=$(head -1 "$work/pg/data/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  { echo "$main"; pgrep -P "$main"; } | while read -r p; do cpu_ticks "$p" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'
}
machine_ticks() { # the machine's CPU time so far in clock ticks: "idle steal all" (/proc/stat;
  # idle counts iowait, steal is time the virtual machine's host gave to others)
  awk '/^cpu / {print $5 + $6, $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit}' /proc/stat
}
run_wrk() { # name url script server-pid [args]: prints wrk's output, keeps its RESULT line in
  # $work/name.results, the server's CPU time per request (µs) in $work/name.cpu, PostgreSQL's
  # in $work/name.db and wrk's own (user + system, from bash's `time`) in $work/name.client:
  # the load generator and the database share the cores. The share of the machine's cores
  # left idle during the round, and taken by the host (steal), go to $work/name.idle.
  local name=$1 url=$2 script=$3 pid=$4 before after db_before db_after machine_before TIMEFORMAT="WRK-CPU %U %S"
  shift 4
  db_before=$(pg_ticks)
  machine_before=$(machine_ticks)
  before=$(cpu_ticks "$pid")
  { time wrk -t "$threads" -c "$connections" -d "$duration" --timeout 10s --latency -s "$script" "$url" -- "$@" \
      | tee "$work/$name.out"; } 2>"$work/$name.stderr"
  after=$(cpu_ticks "$pid")
  paste -d ' ' <(echo "$machine_before") <(machine_ticks) |
    awk '{all = $6 - $3; printf "%.1f %.1f\n", 100 * ($4 - $1) / all, 100 * ($5 - $2) / all}' >>"$work/$name.idle"
  db_after=$(pg_ticks)
  grep -v '^WRK-CPU' "$work/$name.stderr" >&2 || true
  grep '^RESULT' "$work/$name.out" >>"$work/$name.results"
  field requests <"$work/$name.out" | awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    '{printf "%.1f\n", 1e6 * t / hz / $1}' >>"$work/$name.cpu"
  field requests <"$work/$name.out" | awk -v t=$((db_after - db_before)) -v hz="$(getconf CLK_TCK)" \
    '{printf "%.1f\n", 1e6 * t / hz / $1}' >>"$work/$name.db"
  field requests <"$work/$name.out" | awk -v cpu="$(sed -n 's/^WRK-CPU //p' "$work/$name.stderr")" \
    '{split(cpu, t, " "); printf "%.1f\n", 1e6 * (t[1] + t[2]) / $1}' >>"$work/$name.client"
}
column_median() { field "$2" <"$work/$1.results" | median; }
budget_line() { # kind saves/s hello/s: what 40 % of hello-world leaves a save, and the most a save could reach
  # In µs of the machine's cores per request: a hello-world GET takes cores / its rate, so 40 %
  # leaves a save 2.5 times that. The ceiling is the share a save would reach were its server
  # CPU no more than hello-world's POST (the same cookie and form, nothing stored) and no core
  # idle: the database's and wrk's CPU per save stay, as they share the cores.
  awk -v cores="$(nproc)" -v saves="$2" -v hello="$3" -v server="$(median <"$work/wijzer-$1.cpu")" \
      -v db="$(median <"$work/wijzer-$1.db")" -v wrk="$(median <"$work/wijzer-$1.client")" \
      -v post="$(median <"$work/hello-post-$1.cpu")" -v kind="$1" 'BEGIN {
    get = 1e6 * cores / hello
    printf "40 %% of hello-world leaves a save %.1f µs of the %d cores; it took %.1f (server %.1f, ", get / 0.4, cores, 1e6 * cores / saves, server
    if (kind == "postgres") printf "PostgreSQL %.1f, ", db
    printf "wrk %.1f, the rest idle or the kernel'"'"'s); with a save costing the server no more than hello-world'"'"'s POST (%.1f), at most %.1f %%", wrk, post, 100 * get / (post + db + wrk)
  }'
}
idle_median() { # name: "idle % / steal %", the medians of the rounds' shares (run_wrk)
  echo "$(awk '{print $1}' "$work/$1.idle" | median | xargs printf "%.1f") % / $(awk '{print $2}' "$work/$1.idle" | median | xargs printf "%.1f") %"
}

# --- The ceiling, for the whole run ---------------------------------------------------------
hello_command=("$hello" "$hello_port")
"${hello_command[@]}" >"$work/hello.log" 2>&1 &
hello_pid=$!
servers+=("$hello_pid")
wait_for_port "$hello_port"
export SERVE_BENCH_DIR="$here"

status=0
summaries=()
bench() { # kind (sqlite or postgres): steps 1 to 4 against wijzer serve on a fresh database
  local kind=$1 database_argument
  if [[ $kind == sqlite ]]; then
    database_argument="sqlite:$work/wijzer.sqlite"
  elif [[ $kind == postgres ]]; then
    start_postgres
    # As docs/SERVER.md has a school connect to a PostgreSQL on the same machine: through its
    # socket folder. SERVE_BENCH_POSTGRES_VIA=tcp connects over loopback TCP instead.
    if [[ "${SERVE_BENCH_POSTGRES_VIA:-socket}" == tcp ]]; then
      database_argument="postgres://wijzer@127.0.0.1:$pg_port/wijzer"
    else
      database_argument="postgres://wijzer@localhost:$pg_port/wijzer?host=$work/pg"
    fi
  else
    echo "serve-bench: unknown database $kind (sqlite or postgres)" >&2
    exit 1
  fi
  serve_command=("$wijzer" serve --port "$port" --database "$database_argument" --data-dir "$work/data-$kind")

  # --- 1. The server ------------------------------------------------------------------------
  # The request log (one line per request, no answers or links) goes to a file, as under systemd.
  "${serve_command[@]}" >"$work/serve-$kind.log" 2>&1 &
  serve_pid=$!
  servers+=("$serve_pid")
  wait_for_port "$port"
  local base="http://127.0.0.1:$port"

  # --- 2. One self-check per teacher, through the forms -------------------------------------
  local data="$work/data-$kind.lua"
  {
    echo "return {"
    echo "  links = {"
    for _ in $(seq "$connections"); do
      csrf=$(curl -s -o /dev/null -D - "$base/" | grep -i '^set-cookie: wijzer-csrf=' | sed 's/^[^=]*=\([^;]*\).*/\1/' | tr -d '\r')
      link=$(curl -s -o /dev/null -D - -H "Cookie: wijzer-csrf=$csrf" --data "csrf=$csrf" "$base/begin" | header location)
      [[ "$link" =~ ^/s/[a-z0-9]+$ ]] || { echo "serve-bench: POST /begin did not give a private link (got '$link')" >&2; exit 1; }
      echo "    { path = \"$link\", csrf = \"$csrf\" },"
    done
    echo "  },"
  } >"$data"
  first_link=$(sed -n 's/.*path = "\([^"]*\)".*/\1/p' "$data" | awk 'NR == 1')
  first_csrf=$(sed -n 's/.*csrf = "\([^"]*\)".*/\1/p' "$data" | awk 'NR == 1')
  theme=$(curl -s -H "Cookie: wijzer-csrf=$first_csrf" "$base$first_link" | grep -o "href=\"$first_link/thema/[^\"/]*\"" |
    awk 'NR == 1' | sed 's/.*\/thema\/\([^"]*\)"/\1/')
  [[ -n "$theme" ]] || { echo "serve-bench: no theme on the page of a self-check" >&2; exit 1; }
  questions=()
  rm -f "$work"/values-*
  for number in 1 2 3; do
    # A hidden question redirects; one without radio buttons or check boxes has no values here.
    curl -s -H "Cookie: wijzer-csrf=$first_csrf" "$base$first_link/thema/$theme/vraag/$number" |
      grep -o 'type="\(radio\|checkbox\)" name="antwoord" value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/' |
      grep -vx nvt | sed "s|^|$number |" >"$work/values-$number" || true
    [[ -s "$work/values-$number" ]] && questions+=("$number")
  done
  (( ${#questions[@]} > 0 )) || { echo "serve-bench: no question with choices among the first three of theme $theme" >&2; exit 1; }
  {
    # The questions' answers interleaved (first of each, second of each, ...), so that every
    # question is answered within the first rounds through the links.
    echo "  answers = {"
    cat "$work"/values-* | awk '{n[$1]++; print n[$1], $1, $2}' | sort -n -k1,1 -k2,2 -s |
      awk -v theme="$theme" '{printf "    { path = \"/thema/%s/vraag/%s\", form = \"antwoord=%s\" },\n", theme, $2, $3}'
    echo "  },"
    echo "}"
  } >>"$data"
  answer_count=$(grep -c 'form = ' "$data")
  # Teachers part way through their self-check (fill.py): the store writes a teacher's whole
  # self-check at each saved answer, so what one costs depends on how much it already holds.
  if [[ "${SERVE_BENCH_FILL:-1}" != 0 ]]; then
    python3 "$here/fill.py" "$base" "$data" "$theme"
  fi
  echo "=== wijzer serve on $kind: $connections self-checks made; answers to question(s) ${questions[*]} of theme $theme ($answer_count different answers, in turn)"
  echo "wrk: $connections connections, $threads threads, $duration per run, $rounds rounds (hello-server, then wijzer serve)"
  echo

  # --- 3. Rounds of wrk ---------------------------------------------------------------------
  # perf record of the server during the next round (SERVE_BENCH_PROFILE), reported after it.
  perf_pid=""
  profile_start() {
    perf record -F 499 -g -p "$serve_pid" -o "$work/perf.data" -- sleep "${duration%s}" >/dev/null 2>&1 &
    perf_pid=$!
  }
  profile_stop() {
    [[ -n "$perf_pid" ]] || return 0
    wait "$perf_pid" || true
    perf_pid=""
    perf report -i "$work/perf.data" --stdio --no-children -g none --percent-limit 1 --sort dso,sym 2>/dev/null |
      grep -v '^$' | head -n 60 >"$here/last-profile-$kind.txt" || true
    echo "(profile of the server during this run: $here/last-profile-$kind.txt)"
    if [[ -n "${SERVE_BENCH_PERF_DATA:-}" ]]; then
      cp "$work/perf.data" "$SERVE_BENCH_PERF_DATA-$kind"
      echo "(perf data kept: $SERVE_BENCH_PERF_DATA-$kind; e.g. perf report -i ... --children --sort sym)"
    fi
  }
  export SERVE_BENCH_DATA="$data"
  for round in $(seq "$rounds"); do
    echo "=== $kind, round $round: hello-server (GET /)"
    run_wrk "hello-$kind" "http://127.0.0.1:$hello_port/" "$here/hello.lua" "$hello_pid"
    echo "=== $kind, round $round: hello-server (POST / with a save's cookie and form)"
    run_wrk "hello-post-$kind" "http://127.0.0.1:$hello_port/" "$here/hello-post.lua" "$hello_pid"
    echo "=== $kind, round $round: wijzer serve (POST an answer)"
    [[ "${SERVE_BENCH_PROFILE:-}" == 1 && $round == "$rounds" ]] && profile_start
    run_wrk "wijzer-$kind" "$base" "$here/answers.lua" "$serve_pid" "$threads"
    profile_stop
  done

  # --- 3b. Paced rounds: each connection thinks between answers -----------------------------
  # At saturation (above) every connection sends its next answer the moment the last one is
  # answered, so latency is at least connections / saves per second whatever the store does.
  # Teachers read a question before they answer; these rounds measure latency at that pace.
  for round in $(seq "$rounds"); do
    echo "=== $kind, round $round: wijzer serve, paced (${think_ms} ms think time on average)"
    SERVE_BENCH_THINK_MS="$think_ms" run_wrk "paced-$kind" "$base" "$here/answers.lua" "$serve_pid" "$threads"
  done

  # --- 3c. Page rounds: what the browser loads after every saved answer ----------------------
  for round in $(seq "$rounds"); do
    echo "=== $kind, round $round: wijzer serve, pages (GET a start page or a question page)"
    [[ "${SERVE_BENCH_PROFILE:-}" == pages && $round == "$rounds" ]] && profile_start
    run_wrk "pages-$kind" "$base" "$here/pages.lua" "$serve_pid" "$threads"
    profile_stop
  done

  # --- 4. Memory, what was stored, starts ---------------------------------------------------
  peak_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$serve_pid/status")
  rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$serve_pid/status")
  local documents="$work/documents-$kind"
  if [[ $kind == sqlite ]]; then
    python3 -c 'import sqlite3, sys
for (d,) in sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).execute("SELECT document FROM self_checks"): print(d)' \
      "$work/wijzer.sqlite" >"$documents"
  else
    psql -X -q -A -t -h 127.0.0.1 -p "$pg_port" -U wijzer -d wijzer -c "SELECT document FROM self_checks" >"$documents"
  fi
  stored=$(python3 -c 'import json, sys
answers = [sum(len(t["answers"]) for t in json.loads(line)["themes"] if t["theme"] == sys.argv[2])
           for line in open(sys.argv[1]) if line.strip()]
sizes = sorted(len(line.rstrip("\n").encode()) for line in open(sys.argv[1]) if line.strip())
print(len(answers), min(answers, default=0), max(answers, default=0),
      sizes[len(sizes) // 2] if sizes else 0, sizes[-1] if sizes else 0)' "$documents" "$theme")
  read -r stored_rows stored_min stored_max stored_median_bytes stored_max_bytes <<<"$stored"

  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
  echo
  echo "=== $kind: starts (to the first accepted connection, on the database just used)"
  serve_starts=$(python3 "$here/start-time.py" "$starts" "$port" "${serve_command[@]}")
  echo "wijzer serve:  $(echo "$serve_starts" | awk 'NR == 1') ms"
  echo

  # --- Summary ------------------------------------------------------------------------------
  unexpected=$(cat "$work/wijzer-$kind.results" "$work/paced-$kind.results" "$work/pages-$kind.results" | field unexpected | awk '{s+=$1} END {print s+0}')
  hello_unexpected=$(cat "$work/hello-$kind.results" "$work/hello-post-$kind.results" | field unexpected | awk '{s+=$1} END {print s+0}')
  saves=$(paste -d ' ' <(field expected <"$work/wijzer-$kind.results") <(field seconds <"$work/wijzer-$kind.results") |
    awk '{printf "%.1f\n", $1/$2}')
  hello_rps=$(field rps <"$work/hello-$kind.results")
  ratios=$(paste -d ' ' <(echo "$saves") <(echo "$hello_rps") | awk '{printf "%.1f\n", 100*$1/$2}')
  saves_median=$(echo "$saves" | median)
  hello_median=$(column_median "hello-$kind" rps)
  summaries+=("$(
    echo "=== summary, wijzer serve on $kind: medians of $rounds rounds ($connections connections, $threads wrk threads, $duration each)"
    printf '%-44s %s\n' \
      "answer saves/s (303 responses per second)" "$saves_median   (rounds: $(echo $saves))" \
      "saving an answer, p50 / p99 latency" "$(column_median "wijzer-$kind" p50_ms) / $(column_median "wijzer-$kind" p99_ms) ms   (p99 target < 25 ms; rounds: $(field p99_ms <"$work/wijzer-$kind.results" | tr '\n' ' '))" \
      "paced: saves/s, p50 / p99 latency" "$(column_median "paced-$kind" rps) saves/s, $(column_median "paced-$kind" p50_ms) / $(column_median "paced-$kind" p99_ms) ms   (${think_ms} ms think time; p99 rounds: $(field p99_ms <"$work/paced-$kind.results" | tr '\n' ' '))" \
      "pages/s (GET, saturated), p50 / p99" "$(column_median "pages-$kind" rps)   ($(awk -v a="$(column_median "pages-$kind" rps)" -v b="$hello_median" 'BEGIN {printf "%.1f %%", 100*a/b}') of hello-world; rounds: $(field rps <"$work/pages-$kind.results" | tr '\n' ' ')), $(column_median "pages-$kind" p50_ms) / $(column_median "pages-$kind" p99_ms) ms, $(median <"$work/pages-$kind.cpu") µs server CPU per page" \
      "hello-server req/s (GET /)" "$hello_median   (rounds: $(echo $hello_rps)); p50 / p99 $(column_median "hello-$kind" p50_ms) / $(column_median "hello-$kind" p99_ms) ms" \
      "hello-server req/s (POST /, a save's form)" "$(column_median "hello-post-$kind" rps)   ($(awk -v a="$(column_median "hello-post-$kind" rps)" -v b="$hello_median" 'BEGIN {printf "%.1f %%", 100*a/b}') of the GET's; saves/s are $(awk -v a="$saves_median" -v b="$(column_median "hello-post-$kind" rps)" 'BEGIN {printf "%.1f %%", 100*a/b}') of it; rounds: $(field rps <"$work/hello-post-$kind.results" | tr '\n' ' '))" \
      "server CPU per request (saturated)" "$(median <"$work/wijzer-$kind.cpu") µs per save, $(median <"$work/hello-$kind.cpu") µs per hello-world GET, $(median <"$work/hello-post-$kind.cpu") µs per hello-world POST (medians; the rest of the 2 cores is wrk's and the kernel's)" \
      "wrk's own CPU per request (saturated)" "$(median <"$work/wijzer-$kind.client") µs per save, $(median <"$work/hello-$kind.client") µs per hello-world GET, $(median <"$work/hello-post-$kind.client") µs per hello-world POST (medians)" \
      "cores idle / taken by the host (steal)" "$(idle_median "wijzer-$kind") during the saves, $(idle_median "hello-$kind") during hello-world's GETs (medians; idle in the saves' rounds: $(awk '{printf "%s%s %%", (NR > 1 ? ", " : ""), $1}' "$work/wijzer-$kind.idle"))" \
      "PostgreSQL's CPU per save (saturated)" "$(median <"$work/wijzer-$kind.db") µs (median; 0 on SQLite, which runs inside the server)" \
      "saves/s / hello-world req/s" "$(awk -v a="$saves_median" -v b="$hello_median" 'BEGIN {printf "%.1f %%", 100*a/b}') of the medians (target >= 40 %; rounds: $(echo $ratios | sed 's/ / %, /g') %)" \
      "the target's budget for a save" "$(budget_line "$kind" "$saves_median" "$hello_median")" \
      "server memory after the load (VmHWM)" "$(awk -v k="$peak_kb" 'BEGIN {printf "%.1f MB", k/1024}') (VmRSS $(awk -v k="$rss_kb" 'BEGIN {printf "%.1f MB", k/1024}'); target < 150 MB)" \
      "start to accepting connections" "$(echo "$serve_starts" | sed -n 's/^MEDIAN //p') ms (median of $starts; target < 300 ms)" \
      "stored" "$stored_rows self-checks, $stored_min to $stored_max answers each in theme $theme (expected $connections with ${#questions[@]}); a self-check's text $stored_median_bytes bytes (median), at most $stored_max_bytes"
  )")
  if (( unexpected > 0 || hello_unexpected > 0 )); then
    echo "serve-bench: $kind: $unexpected answers or pages were not answered with 303 or 200 and $hello_unexpected hello requests not with 200" >&2
    status=1
  fi
  if (( stored_rows != connections || stored_min != ${#questions[@]} || stored_max != ${#questions[@]} )); then
    echo "serve-bench: $kind: the database does not hold every teacher's answers" >&2
    status=1
  fi
}

for kind in $databases; do bench "$kind"; done

kill "$hello_pid"; wait "$hello_pid" 2>/dev/null || true
servers=()
hello_starts=$(python3 "$here/start-time.py" "$starts" "$hello_port" "${hello_command[@]}")
for summary in "${summaries[@]}"; do echo "$summary"; echo; done
echo "hello-server: start to accepting connections $(echo "$hello_starts" | sed -n 's/^MEDIAN //p') ms (median of $starts)"
exit "$status"
