#!/usr/bin/env bash
# Builds the Go support library's own TCK model service (go-support v0.3.0, package
# tck/cmd/tck_eventsourced) from the Go module proxy, once, into the TCK's cache outside the
# clone. fixtures/user-functions/go pins the library and its dependencies; no source is copied.
# `go install module@version` cannot be used: the proxy refuses the version list it asks for.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cache="${CLOUDSTATE_TCK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cloudstate-tck}"
bin="$cache/go-library/v0.3.0/bin"
package="github.com/cloudstateio/go-support/tck/cmd/tck_eventsourced"

if [ -x "$bin/tck_eventsourced" ]; then
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "The Go toolchain is not installed: install Go 1.16 or newer (for example Debian's" >&2
  echo "golang-go package) and run again." >&2
  exit 1
fi

mkdir -p "$bin"
cd "$here/fixtures/user-functions/go"
GOFLAGS="-mod=mod -buildvcs=false" go build -o "$bin/tck_eventsourced.part" "$package"
mv "$bin/tck_eventsourced.part" "$bin/tck_eventsourced"
