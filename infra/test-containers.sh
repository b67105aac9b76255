#!/usr/bin/env bash
# The federation tests' brokers run in containers (Testcontainers.RabbitMq). This leaves a container
# engine answering at DOCKER_HOST and the broker image in FEDERATION_RABBITMQ_IMAGE, on a bare Debian
# machine too:
# - where a Docker engine runs, the tests use it as it is, with the official RabbitMQ image;
# - elsewhere, rootful podman from Debian, and an image built here from Debian's rabbitmq-server with
#   debootstrap (no image registry is reachable from these machines), once per machine.
# test.sh sources it and calls stop_test_containers when it ends. By hand, it runs a command with the
# engine up, e.g. infra/test-containers.sh dotnet run -c Release --project tests/Federation.Benchmarks
stop_test_containers() { :; }

prepare_test_containers() {
  if [[ -z "${DOCKER_HOST:-}" ]] && command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    echo "Test brokers: the Docker engine, image ${FEDERATION_RABBITMQ_IMAGE:-rabbitmq:3.13-management}"
    return 0
  fi

  local root containers_dir
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  containers_dir="$root/infra/containers"
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"

  needed=()
  for tool in podman:podman runc:runc debootstrap:debootstrap iptables:iptables \
              /usr/lib/podman/netavark:netavark /usr/lib/podman/aardvark-dns:aardvark-dns; do
    [[ -x "${tool%%:*}" ]] || command -v "${tool%%:*}" >/dev/null || needed+=("${tool#*:}")
  done
  if (( ${#needed[@]} )); then
    echo "Installing ${needed[*]} from apt (the test brokers' container engine)..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}" fuse-overlayfs slirp4netns uidmap >/dev/null
  fi

  # runc and fixed limits: see containers.conf.
  export CONTAINERS_CONF="$containers_dir/containers.conf"
  podman() { $sudo env CONTAINERS_CONF="$CONTAINERS_CONF" podman "$@"; }

  # The image's tag follows its recipe (bump recipe_version when the build below changes), so a changed
  # recipe builds a new image by itself.
  recipe_version=1
  . /etc/os-release
  recipe=$( (echo "$recipe_version"; cat "$containers_dir/rabbitmq-entrypoint.sh") | sha256sum | cut -c1-12)
  image="localhost/federation-rabbitmq:debian-${VERSION_CODENAME}-${recipe}"
  if ! podman image exists "$image"; then
    mirror=$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)\/*$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
    mirror=${mirror:-$(awk '$1 == "deb" && $2 ~ /\/debian\/?$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)}
    mirror=${mirror:-http://deb.debian.org/debian}
    rootfs=$(mktemp -d /var/tmp/federation-rabbitmq.XXXXXX)
    echo "Building the test brokers' image $image from Debian's rabbitmq-server ($mirror; once per machine, about a minute)..."
    if ! $sudo debootstrap --variant=minbase --include=rabbitmq-server "$VERSION_CODENAME" "$rootfs" "$mirror" >"$rootfs.log" 2>&1; then
      tail -n 20 "$rootfs.log"
      echo "debootstrap failed: the test brokers' image could not be built (full log: $rootfs.log)" >&2
      return 1
    fi
    # No package caches, and no Erlang cookie baked in: each container makes its own.
    $sudo rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs/var/lib/rabbitmq/.erlang.cookie" \
      "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*
    $sudo install -m 755 "$containers_dir/rabbitmq-entrypoint.sh" "$rootfs/usr/local/bin/federation-rabbitmq"
    $sudo tar -C "$rootfs" -c . | podman import --quiet --change 'ENTRYPOINT ["/usr/local/bin/federation-rabbitmq"]' \
      --change 'EXPOSE 5672' --change 'EXPOSE 15672' - "$image" >/dev/null
    $sudo rm -rf "$rootfs" "$rootfs.log"
  fi

  # Containers and networks that a killed test run left behind (no Ryuk here to reap them). A run lasts
  # well under two hours: younger ones may belong to a run going on beside this one.
  local cutoff name stamp
  cutoff=$(( $(date +%s) - 7200 ))
  podman ps -a --filter label=org.testcontainers=true --format '{{.ID}} {{.Created.Unix}}' |
    awk -v cutoff="$cutoff" '$2 < cutoff { print $1 }' | while read -r id; do podman rm -f "$id" >/dev/null; done
  podman network ls --format '{{.Name}}' --filter name=federation-tests- | while read -r name; do
    stamp=${name#federation-tests-}  # federation-tests-YYYYMMDD-HHMMSS-..., see TestFederation
    stamp=$(date -d "${stamp:0:8} ${stamp:9:2}:${stamp:11:2}:${stamp:13:2}" +%s 2>/dev/null || echo 0)
    (( stamp < cutoff )) && podman network rm -f "$name" >/dev/null || true
  done

  # The Docker API that Testcontainers speaks, served by podman for as long as the tests run.
  service_dir=$(mktemp -d /tmp/federation-podman.XXXXXX)
  socket="$service_dir/podman.sock"
  $sudo setsid env CONTAINERS_CONF="$CONTAINERS_CONF" podman system service --time=0 "unix://$socket" \
    >"$service_dir/service.log" 2>&1 </dev/null &
  podman_service=$!
  for _ in $(seq 100); do
    [[ -S "$socket" ]] && podman --url "unix://$socket" version >/dev/null 2>&1 && break
    sleep 0.1
  done
  if ! podman --url "unix://$socket" version >/dev/null 2>&1; then
    cat "$service_dir/service.log"
    echo "podman's API service did not answer at $socket" >&2
    return 1
  fi
  [[ -n "$sudo" ]] && $sudo chown "$(id -u)" "$socket"
  stop_test_containers() {
    $sudo kill "$podman_service" 2>/dev/null || true
    rm -rf "$service_dir"
  }

  export DOCKER_HOST="unix://$socket"
  export FEDERATION_RABBITMQ_IMAGE="$image"
  # Ryuk (Testcontainers' reaper) is an image from a registry; the leftovers are removed above instead.
  export TESTCONTAINERS_RYUK_DISABLED=true
  # Without it Testcontainers reaches containers through podman's bridge address; tests use 127.0.0.1 only.
  export TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
  echo "Test brokers: podman at $DOCKER_HOST, image $image"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  prepare_test_containers
  trap stop_test_containers EXIT
  "$@"
else
  prepare_test_containers
fi
