#!/usr/bin/env bash
# Builds the Docker images of the project's subjects, which the Docker end-to-end tests start
# with testcontainers (`--library IMAGE`):
#   cloudstate-tck/reference:<package version>  the TCK's reference user function
#   cloudstate-tck/go-library:0.3.0             the Go support library's TCK model service
# It works without a registry: when a Dockerfile's public base cannot be pulled, the Node image
# gets a base imported from this machine's own node and its shared libraries, and the Go image
# (a static binary) is built on `scratch`. Nothing is downloaded or compiled inside docker build.
# An image is rebuilt only when a hash of what goes into it differs from its label.
# Needs: a Docker engine (scripts/ensure-docker.sh), `npm run build` done, and Go.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${CLOUDSTATE_TCK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cloudstate-tck}"
stage="$cache/images"
hash_label="cloudstate-tck.content-hash"

version="$(node -p "require('$root/package.json').version")"
reference_image="cloudstate-tck/reference:$version"
go_version="0.3.0"
go_image="cloudstate-tck/go-library:$go_version"
go_package="github.com/cloudstateio/go-support/tck/cmd/tck_eventsourced"
go_static="$cache/go-library/v$go_version/static"

say() { echo "build-images: $*"; }
fail() {
  echo "build-images: $*" >&2
  exit 1
}

if ! command -v docker >/dev/null 2>&1 || ! timeout 15 docker info >/dev/null 2>&1; then
  fail "no Docker engine answers: run bash scripts/ensure-docker.sh (it starts one as root, or says what to install)."
fi

# The label value of an image, empty when the image does not exist.
image_label() {
  docker image inspect --format "{{ index .Config.Labels \"$hash_label\" }}" "$1" 2>/dev/null || true
}
image_id() {
  docker image inspect --format '{{.Id}}' "$1" 2>/dev/null || true
}

# Chooses a base: $override when given, else the public one when present or pullable, else "".
# A failed pull is quick here (no DNS for the registry); `timeout` bounds a black-holed network.
public_base() {
  local override="$1" public="$2"
  if [ -n "$override" ]; then
    echo "$override"
  elif [ -n "$(image_id "$public")" ]; then
    echo "$public"
  elif [ "${CLOUDSTATE_TCK_OFFLINE:-}" != "1" ] && timeout 60 docker pull -q "$public" >/dev/null 2>&1; then
    echo "$public"
  fi
}

# Builds $image from the context $dir with BASE=$base, labelled with $hash, and removes the image
# the tag pointed to before (with vfs an orphaned image is a full copy of its tree on disk).
build() {
  local image="$1" dockerfile="$2" dir="$3" base="$4" hash="$5" before
  before="$(image_id "$image")"
  say "building $image on $base"
  if ! docker build --quiet --network host --build-arg "BASE=$base" --label "$hash_label=$hash" \
    -t "$image" -f "$dockerfile" "$dir" >/dev/null; then
    fail "docker build of $image on the base $base failed (the engine's message is above);" \
      "to build on another base, set CLOUDSTATE_TCK_NODE_BASE or CLOUDSTATE_TCK_GO_BASE."
  fi
  if [ -n "$before" ] && [ "$before" != "$(image_id "$image")" ]; then
    docker image rm "$before" >/dev/null 2>&1 || true
  fi
}

# --- the Node base made from this machine's node -------------------------------------------
# A root filesystem of node (as /usr/local/bin/node, like the official image) and the shared
# libraries ldd lists, at their own paths. Built once per node version and reused.
local_node_base() {
  local node version tag dir lib
  node="$(readlink -f "$(command -v node)")"
  version="$(node --version | sed 's/^v//')"
  tag="cloudstate-tck/node-base:$version"
  if [ -n "$(image_id "$tag")" ]; then
    echo "$tag"
    return
  fi
  dir="$stage/node-base"
  rm -rf "$dir"
  mkdir -p "$dir/usr/local/bin" "$dir/tmp"
  chmod 1777 "$dir/tmp"
  cp "$node" "$dir/usr/local/bin/node"
  for lib in $(ldd "$node" | grep -o '/[^ ]*'); do
    mkdir -p "$dir$(dirname "$lib")"
    cp -L "$lib" "$dir$lib"
  done
  # The copies keep the paths ldd printed (the loader at /lib64/...), whatever links them here.
  say "importing $tag from $node and its libraries (no registry needed)" >&2
  tar -C "$dir" -c . | docker import \
    --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
    --change 'CMD ["node"]' \
    - "$tag" >/dev/null
  rm -rf "$dir"
  if ! docker run --rm --network host "$tag" node -e 'process.exit(0)' >/dev/null 2>&1; then
    docker image rm "$tag" >/dev/null 2>&1 || true
    fail "the base $tag made from $node does not run node; set CLOUDSTATE_TCK_NODE_BASE to a Node 20 image instead."
  fi
  echo "$tag"
}

# --- the reference user function ------------------------------------------------------------
reference_dockerfile="$root/fixtures/user-functions/reference/Dockerfile"
binpb="fixtures/user-functions/reference/tck-model.binpb"
if ! [ -f "$root/dist/fixtures/user-functions/reference/main.js" ]; then
  fail "dist/ is missing the reference user function: run npm install (it builds) or npm run build first."
fi
if ! [ -d "$root/node_modules/@grpc/grpc-js" ]; then
  fail "node_modules is missing or incomplete: run npm install first."
fi

node_base="$(public_base "${CLOUDSTATE_TCK_NODE_BASE:-}" node:20-bookworm-slim)"
if [ -z "$node_base" ]; then
  node_base="$(local_node_base)"
fi

# What goes into the image: the Dockerfile, the base, the installed dependency tree (npm keeps
# node_modules/.package-lock.json up to date), and every file of dist/, proto/ and the model.
lockfile="node_modules/.package-lock.json"
[ -f "$root/$lockfile" ] || lockfile="package-lock.json"
reference_hash="$(
  cd "$root"
  {
    echo "base $(image_id "$node_base")"
    sha256sum fixtures/user-functions/reference/Dockerfile package.json "$lockfile" "$binpb"
    find dist proto -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
  } | sha256sum | cut -c1-64
)"

if [ "$(image_label "$reference_image")" = "$reference_hash" ]; then
  say "$reference_image is up to date"
else
  # The context: the package's layout with the production dependencies only (npm ls lists them
  # from the installed tree, offline); a package's nested node_modules comes with it.
  context="$stage/reference"
  rm -rf "$context"
  mkdir -p "$context/$(dirname "$binpb")"
  (
    cd "$root"
    cp package.json "$context/"
    cp -R dist proto "$context/"
    cp "$binpb" "$context/$binpb"
    # npm ls exits 1 on a tree it finds odd (an extraneous package) but still lists it.
    { npm ls --omit=dev --all --parseable 2>/dev/null || true; } |
      node -e '
        const { relative, sep } = require("node:path");
        const paths = require("node:fs").readFileSync(0, "utf8").split("\n")
          .filter(Boolean).map((p) => relative(process.argv[1], p))
          .filter((p) => p.startsWith("node_modules" + sep)).sort();
        const kept = paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q + sep)));
        process.stdout.write(kept.join("\0"));
      ' "$root" | tar -C "$root" --null -T - -cf - | tar -C "$context" -xf -
  )
  if ! [ -d "$context/node_modules/@grpc/grpc-js" ]; then
    fail "could not list the production dependencies (npm ls --omit=dev failed): run npm install and try again."
  fi
  build "$reference_image" "$reference_dockerfile" "$context" "$node_base" "$reference_hash"
  rm -rf "$context"
fi

# --- the Go support library's TCK model service -----------------------------------------------
go_dockerfile="$root/fixtures/user-functions/go/Dockerfile"
go_pin="$(cat "$root/fixtures/user-functions/go/go.mod" "$root/fixtures/user-functions/go/go.sum" | sha256sum | cut -c1-64)"
if ! [ -x "$go_static/tck_eventsourced" ] || [ "$(cat "$go_static/pin" 2>/dev/null)" != "$go_pin" ]; then
  if ! command -v go >/dev/null 2>&1; then
    fail "Go is needed to build $go_image: run bash scripts/ensure-go.sh (or install Go 1.16 or newer)."
  fi
  say "building the static $go_package (go-support v$go_version) into $go_static"
  mkdir -p "$go_static"
  (
    cd "$root/fixtures/user-functions/go"
    CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -buildvcs=false -o "$go_static/tck_eventsourced.part" "$go_package"
  )
  mv "$go_static/tck_eventsourced.part" "$go_static/tck_eventsourced"
  echo "$go_pin" >"$go_static/pin"
fi

go_base="$(public_base "${CLOUDSTATE_TCK_GO_BASE:-}" gcr.io/distroless/static-debian12)"
go_base="${go_base:-scratch}"
go_hash="$(
  {
    echo "base $go_base $(image_id "$go_base")"
    sha256sum "$go_dockerfile" "$go_static/tck_eventsourced" | cut -c1-64
  } | sha256sum | cut -c1-64
)"

if [ "$(image_label "$go_image")" = "$go_hash" ]; then
  say "$go_image is up to date"
else
  context="$stage/go-library"
  rm -rf "$context"
  mkdir -p "$context"
  cp "$go_static/tck_eventsourced" "$context/"
  build "$go_image" "$go_dockerfile" "$context" "$go_base" "$go_hash"
  rm -rf "$context"
fi

say "ready: $reference_image (base $node_base), $go_image (base $go_base)"
