#!/usr/bin/env bash
# Runs every test of the federation (unit, functional, and federation tests on real RabbitMQ nodes
# that the tests start and stop themselves), then prints "N passed, N failed" as its last line.
# Usage: infra/test.sh [extra dotnet test arguments, e.g. --filter Replication]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source infra/prerequisites.sh
source infra/test-containers.sh
# jsonld.js at the version its lock file names: a no-op once installed.
[[ -d tests/tools/jsonld/node_modules/jsonld ]] || npm ci --prefix tests/tools/jsonld --no-audit --no-fund --silent
# Each test process stops its private PostgreSQL server as it ends, but one killed first (or cut short while
# it cleans up) leaves the server or its folder behind: this run's servers live in a folder of its own, whose
# remains are stopped and removed once every test process is done.
export FEDERATION_TEST_POSTGRES_ROOT
FEDERATION_TEST_POSTGRES_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/federation-postgres-run-XXXXXX")"
chmod 711 "$FEDERATION_TEST_POSTGRES_ROOT" # the servers run as the postgres user, in folders of their own within
stop_test_postgres() {
  local as_owner=() folder
  [[ "$(id -u)" -eq 0 ]] && as_owner=(runuser -u postgres --)
  for folder in "$FEDERATION_TEST_POSTGRES_ROOT"/*; do
    [[ -d "$folder" ]] || continue
    if [[ -f "$folder/data/postmaster.pid" ]]; then
      "${as_owner[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
  done
  rm -rf "$FEDERATION_TEST_POSTGRES_ROOT"
}
trap 'stop_test_containers; stop_test_postgres' EXIT

results="$root/TestResults"
rm -rf "$results"
status=0
dotnet test Federation.sln -c Release --logger trx --results-directory "$results" \
  --logger "console;verbosity=normal" "$@" || status=$?

# Cities on hosts of their own, and the fault suite (tests/Federation.Hosts.Tests, not in the solution): they make
# network namespaces, a bridge, a hosts file and firewall rules, so they run in a network and mount namespace of
# their own (root's: `unshare`), which nothing else on the machine sees and which ends with them. Built first,
# outside it: inside there is no network but loopback.
as_root=()
[[ "$(id -u)" -ne 0 ]] && as_root=(sudo --preserve-env)
if dotnet build tests/Federation.Hosts.Tests -c Release --nologo -v quiet; then
  FEDERATION_MACHINE_NAMESPACES="$(readlink /proc/self/ns/net) $(readlink /proc/self/ns/mnt)" "${as_root[@]}" unshare --net --mount --propagation private -- bash -c 'ip link set lo up && exec "$@"' hosts \
    dotnet test tests/Federation.Hosts.Tests -c Release --no-build --logger trx --results-directory "$results" \
    --logger "console;verbosity=normal" "$@" || status=$?
else
  status=1
fi

# dotnet test's own summary is per project; add up the TRX counters of every test project.
passed=0 failed=0 total=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$(( passed + $(value passed) ))
  failed=$(( failed + $(value failed) ))
  total=$(( total + $(value total) ))
done
skipped=$(( total - passed - failed ))

# Name every failed test with the first line of its message just above the summary, so the tail
# of a CI log says what broke even when the console output above it was cut.
if (( failed > 0 )); then
  echo "Failed tests:"
  for trx in "$results"/*.trx; do
    [[ -f "$trx" ]] || continue
    python3 - "$trx" <<'PY' || grep -o 'testName="[^"]*"[^>]*outcome="Failed"' "$trx" || true
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
failures = list(ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", ns))
for r in failures:
    message = r.find(".//t:Message", ns)
    first = (message.text or "").strip().splitlines()[0][:300] if message is not None and message.text else ""
    print(f"  {r.get('testName')}: {first}")
# Where the first failure of the project happened: many failing alike usually share its cause.
if failures:
    trace = failures[0].find(".//t:StackTrace", ns)
    lines = (trace.text or "").strip().splitlines()[:12] if trace is not None and trace.text else []
    print("  first failure's stack:" if lines else "", *lines, sep="\n    ")
PY
  done
fi
if (( total == 0 )); then
  echo "No tests ran."
  status=1
fi
(( failed > 0 )) && status=1
# Every test must run: a skipped one hides what it checks, so it fails the run too.
if (( skipped > 0 )); then
  echo "$skipped skipped: every test must run"
  status=1
fi
echo "$passed passed, $failed failed"
exit $status
