#!/usr/bin/env bash
# The Docker end-to-end tests and scripts/build-images.sh need a Docker engine that answers.
# This makes sure one does: as root it installs Debian's docker.io when dockerd is missing and
# starts dockerd with settings that work inside a VM or container without a registry (no
# iptables, no bridge: containers use host networking only); as any other user it says exactly
# what to install and run. It never skips silently: no engine means exit 1.
#
# Storage: overlay2 where the kernel has overlay, because vfs copies the whole image for every
# container (3-4 s per start of the reference image here, against 0.1 s); vfs where overlay2
# will not start, as inside some containers.
set -euo pipefail

state="${CLOUDSTATE_TCK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cloudstate-tck}"
log="$state/dockerd.log"
pidfile="$state/dockerd.pid"
wait_seconds="${CLOUDSTATE_TCK_DOCKERD_WAIT:-60}"
driver="${CLOUDSTATE_TCK_DOCKER_STORAGE:-}"
if [ -z "$driver" ]; then
  driver=vfs
  if grep -qw overlay /proc/filesystems 2>/dev/null; then
    driver=overlay2
  fi
fi
network_args=(--iptables=false --ip6tables=false --bridge=none)
dockerd_cmd="dockerd --storage-driver=$driver ${network_args[*]}"

engine_answers() {
  command -v docker >/dev/null 2>&1 && timeout 15 docker info >/dev/null 2>&1
}

server_version() {
  timeout 15 docker version --format '{{.Server.Version}}' 2>/dev/null || echo unknown
}

if engine_answers; then
  echo "ensure-docker: the Docker engine answers (server $(server_version))."
  exit 0
fi

# Only the local engine at the default socket is ours to start.
if [ -n "${DOCKER_HOST:-}" ] && [ "$DOCKER_HOST" != "unix:///var/run/docker.sock" ] &&
  [ "$DOCKER_HOST" != "unix:///run/docker.sock" ]; then
  echo "ensure-docker: no Docker engine answers at DOCKER_HOST=$DOCKER_HOST." >&2
  echo "Start that engine, or unset DOCKER_HOST to use (or let this script start) the local one." >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  info="$(timeout 15 docker info 2>&1 || true)"
  if [ -S /var/run/docker.sock ] && [[ "$info" == *"permission denied"* ]]; then
    echo "ensure-docker: a Docker engine is running but $(id -un) may not use its socket" >&2
    echo "/var/run/docker.sock. Add the user to the docker group (sudo usermod -aG docker $(id -un)," >&2
    echo "then log in again), or run as root." >&2
    exit 1
  fi
  echo "ensure-docker: no Docker engine answers and $(id -un) is not root, so none can be started here." >&2
  if ! command -v dockerd >/dev/null 2>&1; then
    echo "Install Docker, for example Debian's package: sudo apt-get install docker.io" >&2
  fi
  echo "Start the engine as root (this is the setting the TCK uses; no registry or bridge is needed):" >&2
  echo "  sudo $dockerd_cmd &" >&2
  echo "and let your user reach it: sudo usermod -aG docker $(id -un) (then log in again)." >&2
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-docker: dockerd is not installed and apt-get is missing: install Docker Engine" >&2
    echo "with this system's package manager, then run again." >&2
    exit 1
  fi
  echo "ensure-docker: dockerd is missing; installing Debian's docker.io."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi
if ! command -v docker >/dev/null 2>&1; then
  echo "ensure-docker: dockerd is installed but the docker command is not: install docker.io" >&2
  echo "(apt-get install docker.io) or the Docker CLI, then run again." >&2
  exit 1
fi

mkdir -p "$state"

# A dockerd that is already starting (ours from an earlier run, or anyone's) is waited for, not
# doubled: a second one would fight over /var/run/docker.sock and /var/lib/docker.
pid=""
for candidate in "$pidfile" /var/run/docker.pid; do
  if [ -s "$candidate" ] && kill -0 "$(cat "$candidate")" 2>/dev/null &&
    grep -q dockerd "/proc/$(cat "$candidate")/cmdline" 2>/dev/null; then
    pid="$(cat "$candidate")"
    echo "ensure-docker: dockerd (pid $pid) is running but does not answer yet; waiting for it."
    break
  fi
done

start_dockerd() {
  dockerd_cmd="dockerd --storage-driver=$1 ${network_args[*]}"
  echo "ensure-docker: starting $dockerd_cmd (log: $log)"
  echo "=== $(date -u +%FT%TZ) $dockerd_cmd" >>"$log"
  # setsid: the engine outlives this script and is not stopped by a Ctrl-C of the test run.
  setsid dockerd --storage-driver="$1" "${network_args[@]}" </dev/null >>"$log" 2>&1 &
  pid=$!
  echo "$pid" >"$pidfile"
}

# Waits until the engine answers: 0 when it does, 1 when dockerd exited first, 2 on time-out.
await_engine() {
  local since=$SECONDS
  until engine_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if [ $((SECONDS - since)) -ge "$wait_seconds" ]; then
      return 2
    fi
    sleep 0.5
  done
}

ours=false
if [ -z "$pid" ]; then
  if ! [ -d /sys/fs/cgroup ] || [ -z "$(ls -A /sys/fs/cgroup 2>/dev/null)" ]; then
    echo "ensure-docker: warning: /sys/fs/cgroup is empty; dockerd needs cgroups mounted, for" >&2
    echo "example: mount -t cgroup2 none /sys/fs/cgroup" >&2
  fi
  start_dockerd "$driver"
  ours=true
fi

started=$SECONDS
outcome=0
await_engine || outcome=$?
if [ "$outcome" -eq 1 ] && $ours && [ "$driver" != vfs ] &&
  [ -z "${CLOUDSTATE_TCK_DOCKER_STORAGE:-}" ]; then
  echo "ensure-docker: dockerd would not start with $driver storage; trying vfs (slower)."
  tail -n 3 "$log" | sed 's/^/  /'
  start_dockerd vfs
  outcome=0
  await_engine || outcome=$?
fi
if [ "$outcome" -eq 1 ]; then
  echo "ensure-docker: dockerd (pid $pid) exited before answering. The end of $log:" >&2
  tail -n 20 "$log" >&2 || true
  echo "Common causes: cgroups not mounted (/sys/fs/cgroup), a container without the privileges" >&2
  echo "dockerd needs (run it with --privileged), or another engine holding /var/lib/docker." >&2
  exit 1
fi
if [ "$outcome" -eq 2 ]; then
  echo "ensure-docker: dockerd (pid $pid) did not answer within ${wait_seconds} s; see $log." >&2
  echo "Set CLOUDSTATE_TCK_DOCKERD_WAIT to wait longer on a slow machine." >&2
  exit 1
fi

echo "ensure-docker: the Docker engine answers (server $(server_version), dockerd pid $pid," \
  "$(timeout 15 docker info --format '{{.Driver}}' 2>/dev/null) storage," \
  "up after $((SECONDS - started)) s)."
