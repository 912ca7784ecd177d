#!/usr/bin/env bash
# Runs the libFuzzer harness (build it first with Fuzz/build.sh). New interesting inputs go to
# Fuzz/.build/corpus (not committed); Fuzz/corpus is the read-only seed corpus. Crashes, leaks
# and timeouts are saved in Fuzz/artifacts/. Extra arguments go to libFuzzer, e.g.
#   Fuzz/run.sh -max_total_time=600        (default: 600 seconds)
#   Fuzz/run.sh -fork=1 -ignore_crashes=1   (keep going after a crash, one artifact per crash)
#   Fuzz/run.sh -jobs=2 -workers=2         (parallel; mind the other users of the machine)
set -euo pipefail
# Swift's own crash backtracer and AddressSanitizer get in each other's way (the backtracer's
# memory reads trip ASan and bury the real message); libFuzzer prints the stack itself.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/.build/corpus" "$here/artifacts"
exec "$here/.build/release/wijzer-fuzz" \
    -max_len=4096 -timeout=10 -max_total_time=600 -print_final_stats=1 \
    -dict="$here/wijzer.dict" -artifact_prefix="$here/artifacts/" \
    "$@" "$here/.build/corpus" "$here/corpus"
