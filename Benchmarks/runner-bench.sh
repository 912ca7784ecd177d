#!/usr/bin/env bash
# Runner benchmark (issue 4): the release `wijzer` binary, measured from outside.
#
#   1. Time to the first prompt: `wijzer start lesgeven` with input from /dev/null shows the
#      theme and its first question, then meets the end of input (nothing to save) and exits.
#      Compared with /bin/true. Target: within 15x /bin/true.
#   2. Durable save per answer: every answer is saved with DurableFile.write (temp file 0600
#      O_EXCL, write, fsync, rename, fsync of the folder). A piped run with 10 answers minus a
#      run with 0 answers, divided by 10, is the cost of one answer including its save (an
#      upper bound for the save alone). Target: under 5 ms median.
#
# Medians of 20 runs each. Usage: Benchmarks/runner-bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"

swift build -c release --static-swift-stdlib --product wijzer >/dev/null
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/wijzer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m/1e6}'; }

# $EPOCHREALTIME (bash 5, microseconds) needs no subprocess, so the timer adds almost nothing.
time_runs() { # command... ; prints one duration in ns per run
  for i in $(seq "$runs"); do
    local start end
    start=${EPOCHREALTIME/[.,]/}; "$@" >/dev/null 2>&1 || true; end=${EPOCHREALTIME/[.,]/}
    echo $(((end - start) * 1000))
  done
}

first_prompt() { "$bin" start lesgeven --data-dir "$work/first" </dev/null; }
ten_answers() {
  rm -rf "$work/ten"
  printf '1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n' | "$bin" start lesgeven --data-dir "$work/ten"
}
no_answers() { rm -rf "$work/ten"; printf '' | "$bin" start lesgeven --data-dir "$work/ten"; }

# Warm the page cache once.
first_prompt >/dev/null 2>&1 || true

true_ms=$(time_runs /bin/true | median)
prompt_ms=$(time_runs first_prompt | median)
ten_ms=$(time_runs ten_answers | median)
zero_ms=$(time_runs no_answers | median)
per_answer_ms=$(awk -v t="$ten_ms" -v z="$zero_ms" 'BEGIN { printf "%.3f", (t - z) / 10 }')
ratio=$(awk -v p="$prompt_ms" -v t="$true_ms" 'BEGIN { printf "%.1f", p / t }')

echo "runs per measurement:        $runs (medians)"
echo "/bin/true:                   ${true_ms} ms"
echo "start to first prompt:       ${prompt_ms} ms  (${ratio}x /bin/true; target <= 15x)"
echo "piped run, 0 answers:        ${zero_ms} ms"
echo "piped run, 10 answers:       ${ten_ms} ms"
echo "per answer incl. durable save: ${per_answer_ms} ms  (target < 5 ms)"
