#!/usr/bin/env bash
# Runs Benchmarks/team/team-bench.py (live team sessions on two `wijzer serve` instances on one
# throwaway PostgreSQL) for both scenarios of issue 17's "Speed", TEAM_BENCH_ROUNDS times each
# (3), and prints the median of each figure. Loopback only; every run ends by itself. Build first:
#   nice -n 10 swift build -c release --static-swift-stdlib --product wijzer   (as serve-bench.sh and the README's server binary)
# Settings (environment): TEAM_BENCH_DATABASE (postgres; sqlite: one instance on a SQLite file,
# which serves as both A and B), TEAM_BENCH_ROUNDS (3), TEAM_BENCH_THINK_MS (1000: average think time
# before each answer), TEAM_BENCH_SCENARIOS ("one many"), WIJZER (the binary; several separated
# by spaces are compared side by side: their rounds alternate, so they share the machine's load
# alike, and each gets its medians). `uptime` is printed before and after every round.
#   one:  1 session of 200 participants, 5 team views (3 on B, 2 on A)
#   many: 50 sessions of 20 participants, 2 team views each (one on B, one on A)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${TEAM_BENCH_ROUNDS:-3}"
think="${TEAM_BENCH_THINK_MS:-1000}"
read -r -a binaries <<<"${WIJZER:-$PWD/.build/release/wijzer}"
for wijzer in "${binaries[@]}"; do
  [[ -x "$wijzer" ]] || { echo "team-bench: no $wijzer; build it: swift build -c release --static-swift-stdlib --product wijzer" >&2; exit 1; }
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
for scenario in ${TEAM_BENCH_SCENARIOS:-one many}; do
  case $scenario in
    one) options=(--sessions 1 --participants 200 --views 5 --timeout 180) ;;
    many) options=(--sessions 50 --participants 20 --views 2 --timeout 330) ;;
    *) echo "team-bench: unknown scenario $scenario (one or many)" >&2; exit 1 ;;
  esac
  for round in $(seq "$rounds"); do
    for i in "${!binaries[@]}"; do
      echo "=== $scenario, round $round, ${binaries[$i]}: ${options[*]} --think-ms $think; $(uptime)"
      python3 Benchmarks/team/team-bench.py "${options[@]}" --think-ms "$think" --wijzer "${binaries[$i]}" \
        --database "${TEAM_BENCH_DATABASE:-postgres}" --json "$out/$scenario-$i-$round.json" || status=1
      echo "    after: $(uptime)"
    done
  done
  for i in "${!binaries[@]}"; do
    echo "=== $scenario, ${binaries[$i]}: medians of $rounds rounds"
    python3 - "$out" "$scenario-$i" <<'PY'
import glob, json, statistics, sys
runs = [json.load(open(f)) for f in sorted(glob.glob(f"{sys.argv[1]}/{sys.argv[2]}-*.json"))]
for key in runs[0] if runs else []:
    values = [r[key] for r in runs]
    if all(isinstance(v, (int, float)) for v in values):
        print(f"{key:34} {round(statistics.median(values), 2):>10}   (rounds: {' / '.join(str(v) for v in values)})")
    else:
        print(f"{key:34} {values[0]:>10}")
PY
  done
done
exit "$status"
