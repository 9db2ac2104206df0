#!/usr/bin/env bash
# Builds the TCK's own event-sourced model service (fixtures/user-functions/java) on the
# Cloudstate Java support library 0.5.2 from Maven Central, into the TCK's cache outside the
# clone: 0.5.2 stands in for 0.6.0, which Maven Central does not serve here. The sources are
# copied to the cache and built there, so Maven writes nothing into the clone, and protoc
# 3.11.4 generates the message classes from proto/ at build time (nothing generated is
# committed). A stamp written last, a hash of the pom, the sources and the protos, makes a
# finished build a no-op; any change to them rebuilds from scratch.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cache="${CLOUDSTATE_TCK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cloudstate-tck}"
root="$cache/java-library/0.5.2"
app="$root/app"
build="$root/build"
stamp="$root/installed"
fixture="$here/fixtures/user-functions/java"
# The protos the pom compiles; a change to any of them changes the generated classes.
protos=(
  cloudstate/entity_key.proto
  google/api/annotations.proto
  google/api/http.proto
  cloudstate/tck/model/eventsourced.proto
)

fingerprint() {
  (
    cd "$fixture"
    # Names as well as contents, so that a renamed or removed source also rebuilds.
    find pom.xml src -type f | LC_ALL=C sort | while read -r file; do
      echo "$file"
      cat "$file"
    done
    cd "$here/proto"
    for proto in "${protos[@]}"; do
      echo "$proto"
      cat "$proto"
    done
  ) | sha256sum | cut -d' ' -f1
}

wanted="cloudstate-java-support 0.5.2 $(fingerprint)"
installed() {
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -f "$app/tck-model.jar" ]
}
if installed; then
  exit 0
fi

if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
  echo "A Java development kit is not installed (no \"java\" or \"javac\" on PATH): install" >&2
  echo "JDK 11 or newer (for example Debian's openjdk-17-jdk-headless package) and run again." >&2
  exit 1
fi

if ! command -v mvn >/dev/null 2>&1; then
  echo "Maven is not installed (no \"mvn\" on PATH): install Maven 3.6 or newer (for example" >&2
  echo "Debian's maven package) and run again." >&2
  exit 1
fi

mkdir -p "$root"
# Two runs that set up at once (parallel test workers) must not build into one folder together.
exec 9>"$root/.lock"
flock 9
if installed; then
  exit 0
fi

rm -rf "$build" "$app" "$app.part" "$stamp"
mkdir -p "$build"
cp -R "$fixture/pom.xml" "$fixture/src" "$build/"

if ! mvn -q -B -Dstyle.color=never -f "$build/pom.xml" -Dtck.proto.dir="$here/proto" package; then
  echo "Maven could not build the Java model service on cloudstate-java-support 0.5.2." >&2
  echo "If the output above says an artifact could not be resolved, check that Maven Central" >&2
  echo "is reachable (or that ~/.m2/settings.xml points to a mirror of it) and run again." >&2
  exit 1
fi

# The jar's manifest finds its dependencies in lib/ beside it.
mkdir -p "$app.part"
cp "$build/target/cloudstate-tck-java-model-0.1.0.jar" "$app.part/tck-model.jar"
cp -R "$build/target/lib" "$app.part/lib"
mv "$app.part" "$app"
rm -rf "$build"

echo "$wanted" >"$stamp"
