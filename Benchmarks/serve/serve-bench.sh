#!/usr/bin/env bash
# Load benchmark of `wijzer serve` (issue 16, "Speed"), on loopback only, bounded in time.
#
#   1. Starts `wijzer serve` on a fresh SQLite database and `hello-server` (a Hummingbird
#      hello-world route, the same Hummingbird: the ceiling).
#   2. Makes one self-check per simulated teacher (200) as a browser does: GET / for the CSRF
#      cookie, POST /begin with it, which answers with the private link. Reads the first theme's
#      first questions from their pages and keeps every answer of those with radio buttons or
#      check boxes (n.v.t. left out).
#   3. Rounds (3): wrk against hello-server (GET /), then wrk against `wijzer serve` (answers.lua:
#      each request POSTs an answer to a question of one teacher's private link, with that
#      teacher's CSRF cookie and field; 303 = saved). Same connections, threads and duration.
#   4. The server's peak memory (VmHWM) after the load; checks in the database that every
#      teacher's answers are stored; stops the server and times 11 starts of each server to
#      its first accepted connection.
# Every server it starts is stopped on exit. Build first (release):
#   swift build -c release --product wijzer
#   swift build -c release --package-path Benchmarks --product hello-server
# Settings (environment): SERVE_BENCH_CONNECTIONS (200), SERVE_BENCH_THREADS (2),
# SERVE_BENCH_DURATION (10s), SERVE_BENCH_ROUNDS (3), SERVE_BENCH_STARTS (11),
# SERVE_BENCH_PORT (18080; hello-server on the next port), WIJZER and HELLO_SERVER (binaries),
# SERVE_BENCH_PROFILE=1 (perf record -g of the server during the last round's answers).
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
wijzer="${WIJZER:-$PWD/.build/release/wijzer}"
hello="${HELLO_SERVER:-$PWD/Benchmarks/.build/release/hello-server}"

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "serve-bench: $tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done
[[ -x "$wijzer" ]] || { echo "serve-bench: no $wijzer; build it: swift build -c release --product wijzer" >&2; exit 1; }
[[ -x "$hello" ]] || { echo "serve-bench: no $hello; build it: swift build -c release --package-path Benchmarks --product hello-server" >&2; exit 1; }

work="$(mktemp -d)"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

database="$work/wijzer.sqlite"
serve_command=("$wijzer" serve --port "$port" --database "sqlite:$database" --data-dir "$work/data")
hello_command=("$hello" "$hello_port")

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

# --- 1. The servers -----------------------------------------------------------------------
# The request log (one line per request, no answers or links) goes to a file, as under systemd.
"${serve_command[@]}" >"$work/serve.log" 2>&1 &
serve_pid=$!
servers+=("$serve_pid")
"${hello_command[@]}" >"$work/hello.log" 2>&1 &
servers+=("$!")
wait_for_port "$port"
wait_for_port "$hello_port"
base="http://127.0.0.1:$port"

# --- 2. One self-check per teacher, through the forms ---------------------------------------
header() { sed -n "s/^$1: *\([^;?]*\).*/\1/Ip" | tr -d '\r'; }
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
} >"$work/data.lua"
first_link=$(sed -n 's/.*path = "\([^"]*\)".*/\1/p' "$work/data.lua" | head -n 1)
first_csrf=$(sed -n 's/.*csrf = "\([^"]*\)".*/\1/p' "$work/data.lua" | head -n 1)
theme=$(curl -s -H "Cookie: wijzer-csrf=$first_csrf" "$base$first_link" | grep -o "href=\"$first_link/thema/[^\"/]*\"" |
  head -n 1 | sed 's/.*\/thema\/\([^"]*\)"/\1/')
[[ -n "$theme" ]] || { echo "serve-bench: no theme on the page of a self-check" >&2; exit 1; }
questions=()
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
} >>"$work/data.lua"
answer_count=$(grep -c 'form = ' "$work/data.lua")
echo "wijzer serve: $connections self-checks made; answers to question(s) ${questions[*]} of theme $theme ($answer_count different answers, in turn)"
echo "wrk: $connections connections, $threads threads, $duration per run, $rounds rounds (hello-server, then wijzer serve)"
echo

# --- 3. Rounds of wrk -----------------------------------------------------------------------
export SERVE_BENCH_DIR="$here" SERVE_BENCH_DATA="$work/data.lua"
run_wrk() { # name url script [args]: prints wrk's output, keeps its RESULT line in $work/name.results
  local name=$1 url=$2 script=$3
  shift 3
  wrk -t "$threads" -c "$connections" -d "$duration" --timeout 10s --latency -s "$script" "$url" -- "$@" | tee "$work/$name.out"
  grep '^RESULT' "$work/$name.out" >>"$work/$name.results"
}
for round in $(seq "$rounds"); do
  echo "=== round $round: hello-server (GET /)"
  run_wrk hello "http://127.0.0.1:$hello_port/" "$here/hello.lua"
  echo "=== round $round: wijzer serve (POST an answer)"
  if [[ "${SERVE_BENCH_PROFILE:-}" == 1 && $round == "$rounds" ]]; then
    perf record -F 499 -g -p "$serve_pid" -o "$work/perf.data" -- sleep "${duration%s}" >/dev/null 2>&1 &
    perf_pid=$!
  fi
  run_wrk wijzer "$base" "$here/answers.lua" "$threads"
  if [[ -n "${perf_pid:-}" ]]; then
    wait "$perf_pid" || true
    perf report -i "$work/perf.data" --stdio --no-children --percent-limit 1.5 --sort dso,sym 2>/dev/null | grep -v '^$' | head -n 60 >"$here/last-profile.txt" || true
    echo "(profile of the server during this run: $here/last-profile.txt)"
  fi
done

# --- 4. Memory, what was stored, starts ---------------------------------------------------
peak_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$serve_pid/status")
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$serve_pid/status")
stored=$(python3 - "$database" "$theme" <<'EOF'
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = db.execute("SELECT document FROM self_checks").fetchall()
answers = [sum(len(t["answers"]) for t in json.loads(d)["themes"] if t["theme"] == sys.argv[2]) for (d,) in rows]
print(len(rows), min(answers, default=0), max(answers, default=0))
EOF
)
read -r stored_rows stored_min stored_max <<<"$stored"

kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
kill "${servers[1]}"; wait "${servers[1]}" 2>/dev/null || true
servers=()
echo
echo "=== starts (to the first accepted connection; wijzer serve on the database just used)"
serve_starts=$(python3 "$here/start-time.py" "$starts" "$port" "${serve_command[@]}")
hello_starts=$(python3 "$here/start-time.py" "$starts" "$hello_port" "${hello_command[@]}")
echo "wijzer serve:  $(echo "$serve_starts" | head -n 1) ms"
echo "hello-server:  $(echo "$hello_starts" | head -n 1) ms"

# --- Summary --------------------------------------------------------------------------------
column_median() { field "$2" <"$work/$1.results" | median; }
unexpected=$(field unexpected <"$work/wijzer.results" | awk '{s+=$1} END {print s+0}')
hello_unexpected=$(field unexpected <"$work/hello.results" | awk '{s+=$1} END {print s+0}')
saves=$(paste -d ' ' <(field expected <"$work/wijzer.results") <(field seconds <"$work/wijzer.results") | awk '{printf "%.1f\n", $1/$2}')
hello_rps=$(field rps <"$work/hello.results")
ratios=$(paste -d ' ' <(echo "$saves") <(echo "$hello_rps") | awk '{printf "%.1f\n", 100*$1/$2}')
saves_median=$(echo "$saves" | median)
hello_median=$(column_median hello rps)
echo
echo "=== summary: medians of $rounds rounds ($connections connections, $threads wrk threads, $duration each)"
printf '%-44s %s\n' \
  "answer saves/s (303 responses per second)" "$saves_median   (rounds: $(echo $saves))" \
  "saving an answer, p50 / p99 latency" "$(column_median wijzer p50_ms) / $(column_median wijzer p99_ms) ms   (p99 target < 25 ms; rounds: $(field p99_ms <"$work/wijzer.results" | tr '\n' ' '))" \
  "hello-server req/s (GET /)" "$hello_median   (rounds: $(echo $hello_rps)); p50 / p99 $(column_median hello p50_ms) / $(column_median hello p99_ms) ms" \
  "saves/s / hello-world req/s" "$(awk -v a="$saves_median" -v b="$hello_median" 'BEGIN {printf "%.1f %%", 100*a/b}') of the medians (target >= 40 %; rounds: $(echo $ratios | sed 's/ / %, /g') %)" \
  "server memory after the load (VmHWM)" "$(awk -v k="$peak_kb" 'BEGIN {printf "%.1f MB", k/1024}') (VmRSS $(awk -v k="$rss_kb" 'BEGIN {printf "%.1f MB", k/1024}'); target < 150 MB)" \
  "start to accepting connections" "wijzer serve $(echo "$serve_starts" | sed -n 's/^MEDIAN //p') ms, hello-server $(echo "$hello_starts" | sed -n 's/^MEDIAN //p') ms (median of $starts; target < 300 ms)" \
  "stored" "$stored_rows self-checks, $stored_min to $stored_max answers each in theme $theme (expected $connections with ${#questions[@]})"
status=0
if (( unexpected > 0 || hello_unexpected > 0 )); then
  echo "serve-bench: $unexpected answers were not answered with 303 and $hello_unexpected hello requests not with 200" >&2
  status=1
fi
if (( stored_rows != connections || stored_min != ${#questions[@]} || stored_max != ${#questions[@]} )); then
  echo "serve-bench: the database does not hold every teacher's answers" >&2
  status=1
fi
exit "$status"
