#!/usr/bin/env bash
# The go combination builds the Go support library from source, so it needs a Go toolchain.
set -euo pipefail

if command -v go >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Go is not installed and this user cannot install it: install Go 1.16 or newer" >&2
  echo "(for example: sudo apt-get install golang-go) and run again." >&2
  exit 1
fi

apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null
