#!/usr/bin/env bash
# same-linkage.sh WIJZER HELLO_SERVER: exits 1 with a message unless both binaries carry the Swift
# runtime (--static-swift-stdlib) or both load it (libswiftCore.so). serve-bench and
# save-instructions.py compare the two servers; linked differently, one needs more CPU per
# request than the other for that alone, and the comparison would measure the linking.
set -euo pipefail
linkage() {
  if ldd "$1" 2>/dev/null | grep -q 'libswiftCore\.so'; then echo shared; else echo static; fi
}
if [[ $(linkage "$1") != $(linkage "$2") ]]; then
  echo "$1 is linked $(linkage "$1") and $2 $(linkage "$2"); build both with --static-swift-stdlib" >&2
  exit 1
fi
