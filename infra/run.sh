#!/usr/bin/env bash
# Runs the whole local federation: one RabbitMQ node and the services of every member city.
# Usage: infra/run.sh [--tye FILE]   (Ctrl-C, or SIGINT/SIGTERM to it, stops everything; data stays in .data)
#        FEDERATION_STORAGE=postgres infra/run.sh   every service on one private PostgreSQL server (.data/postgres)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

cd "$root"
# A fresh machine has only the .NET SDK: each city's broker is a private rabbitmq-server node.
source infra/prerequisites.sh

# Build only what runs: the launcher and the services tye.yaml lists (never the tests, e2e or
# benchmarks), and nothing at all when no source has changed since the last successful build.
launcher=infra/Federation.Launcher/Federation.Launcher.csproj
mapfile -t projects < <(sed -n 's/^ *project: *\([^ #]*\).*/\1/p' tye.yaml)
projects+=("$launcher")
build_dir=infra/Federation.Launcher/obj/run
stamp="$build_dir/built"
dll() { local p=$1; echo "$(dirname "$p")/bin/Release/net10.0/$(basename "$p" .csproj).dll"; }
up_to_date() {
  [[ -f "$stamp" ]] || return 1
  for p in "${projects[@]}"; do [[ -f "$(dll "$p")" ]] || return 1; done
  [[ -z "$(find Directory.Build.props Directory.Packages.props contracts services infra -newer "$stamp" -type f \
           -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]]
}
if up_to_date; then
  echo "No source changed since the last build: starting without building."
else
  mkdir -p "$build_dir"
  # A solution filter: one build, in parallel, of these projects and what they reference.
  list=$(printf '"%s",' "${projects[@]}")
  printf '{"solution": {"path": "../../../../Federation.sln", "projects": [%s]}}\n' "${list%,}" >"$build_dir/run.slnf"
  touch "$build_dir/started"
  # A script's background job ignores SIGINT: give the build, like the launcher below, the default back.
  env --default-signal=INT dotnet build "$build_dir/run.slnf" -c Release
  mv "$build_dir/started" "$stamp" # the build's start: a file changed while it ran is seen next time
fi
# exec: SIGINT and SIGTERM go straight to the launcher, which stops services, then brokers. A job that
# a script started in the background inherits SIGINT ignored, and .NET does not handle an ignored
# signal: env restores the default, so `kill -INT` reaches the launcher's handler there too.
exec env --default-signal=INT dotnet "$(dirname "$launcher")/bin/Release/net10.0/Federation.Launcher.dll" --root "$root" "$@"
