#!/usr/bin/env bash
# Builds the libFuzzer harness: WijzerKit and the harness with AddressSanitizer and libFuzzer's
# coverage instrumentation, linked with libFuzzer. Prints the binary's path.
# (--disable-build-manifest-caching: otherwise SwiftPM misses files added to the root package,
# a path dependency here, since the last build.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
swift build -c release --package-path "$here" --product wijzer-fuzz --disable-build-manifest-caching \
    --sanitize address \
    -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table "$@" >&2
echo "$here/.build/release/wijzer-fuzz"
