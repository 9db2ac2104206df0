#!/usr/bin/env bash
# Installs the Cloudstate Python support library 0.1.1 from PyPI into a virtual environment in
# the TCK's cache, outside the clone, and generates there the Python modules of the TCK model
# protos that fixtures/user-functions/python/main.py serves. Generated code is never
# committed, so it always matches the protobuf runtime it was generated for. A stamp written
# last makes a finished install a no-op, and a changed pin or proto redoes it from scratch.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cache="${CLOUDSTATE_TCK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cloudstate-tck}"
root="$cache/python-library/0.1.1"
venv="$root/venv"
generated="$root/generated"
stamp="$root/installed"
requirements="$here/fixtures/user-functions/python/requirements.txt"
# Only the model this library can serve; entity_key.proto comes with cloudstate and
# google/api/annotations.proto with googleapis-common-protos, and generating them again would
# register the same files twice in protobuf's default pool.
protos=(cloudstate/tck/model/eventsourced.proto)
python="${CLOUDSTATE_TCK_PYTHON:-python3}"

fingerprint() {
  (
    cd "$here"
    cat "$requirements"
    for proto in "${protos[@]}"; do cat "proto/$proto"; done
  ) | sha256sum | cut -d' ' -f1
}

wanted="cloudstate==0.1.1 $(fingerprint)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi

if ! command -v "$python" >/dev/null 2>&1; then
  if [ -n "${CLOUDSTATE_TCK_PYTHON:-}" ]; then
    echo "CLOUDSTATE_TCK_PYTHON is \"$python\", which is not a program: set it to the path of" >&2
    echo "a Python 3.10 or newer, or unset it to use python3 from PATH, and run again." >&2
  else
    echo "Python 3 is not installed (no \"python3\" on PATH): install Python 3.10 or newer" >&2
    echo "(for example Debian's python3 and python3-venv packages), or set" >&2
    echo "CLOUDSTATE_TCK_PYTHON to its path, and run again." >&2
  fi
  exit 1
fi

if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)'; then
  echo "\"$python\" is $("$python" --version 2>&1), but the pinned grpcio and protobuf need" >&2
  echo "Python 3.10 or newer: install one, or set CLOUDSTATE_TCK_PYTHON to its path." >&2
  exit 1
fi

if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  echo "\"$python\" cannot create virtual environments (its venv or ensurepip module is" >&2
  echo "missing): install Debian's python3-venv package (or a full Python) and run again." >&2
  exit 1
fi

mkdir -p "$root"
# Two runs that set up at once (parallel test workers) must not build one venv together.
exec 9>"$root/.lock"
flock 9
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi

rm -rf "$venv" "$generated" "$stamp"
"$python" -m venv "$venv"

pip_install() {
  local what="$1"
  shift
  if ! "$venv/bin/python" -m pip install --disable-pip-version-check --no-input -q "$@"; then
    echo "pip could not install $what from PyPI." >&2
    echo "Check that PyPI is reachable (or that pip's index settings point to a mirror of it)" >&2
    echo "and run again." >&2
    exit 1
  fi
}

# Wheels only: a source build of grpcio would take many minutes and need a compiler.
pip_install "the packages pinned in ${requirements#"$here"/}" --only-binary=:all: -r "$requirements"
pip_install "cloudstate 0.1.1" --only-binary=:all: --no-deps cloudstate==0.1.1

mkdir -p "$generated"
(
  cd "$here/proto"
  "$venv/bin/python" -m grpc_tools.protoc -I . --python_out="$generated" "${protos[@]}"
)

# Fails here, with the import error, rather than at the library's start-up.
PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python "$venv/bin/python" -c \
  'import google.api.annotations_pb2, cloudstate.cloudstate, cloudstate.event_sourced_entity'

echo "$wanted" >"$stamp"
