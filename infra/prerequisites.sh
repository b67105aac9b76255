#!/usr/bin/env bash
# Installs what the federation needs beyond the .NET SDK (Debian): RabbitMQ for each city's broker, Node.js for the
# tests' JSON-LD processor,
# Chromium for the portal's browser tests (Playwright drives Debian's build: it cannot download its own here),
# PostgreSQL 15 for the tests' private server (see tests/Federation.Testing/PostgresServer.cs), and smtp4dev, the development mail server with a web inbox (a local dotnet tool: .config/dotnet-tools.json).
# Sourced by run.sh and test.sh; safe to run again (it installs only what is missing).
set -euo pipefail

missing=()
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/lib/postgresql/15/bin/pg_ctl ]] || missing+=(postgresql-15)
# Without CJK fonts the browser tests' failure screenshots show Chinese and Korean as empty boxes.
[[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]] || missing+=(fonts-noto-cjk)
# The tests of cities on hosts of their own make network namespaces and cut links with a firewall rule.
[[ -x /usr/sbin/ip || -x /sbin/ip ]] || missing+=(iproute2)
[[ -x /usr/sbin/iptables || -x /sbin/iptables ]] || missing+=(iptables)
# The open-data tests read the DCAT-AP export with jsonld.js (tests/tools/jsonld), a JSON-LD processor that runs on Node.js.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

if (( ${#missing[@]} )); then
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  echo "Installing ${missing[*]} from apt..."
  # Debian's package would make and start a machine-wide cluster on port 5432: the tests start their own.
  if [[ " ${missing[*]} " == *" postgresql-15 "* && ! -e /etc/postgresql-common/createcluster.conf ]]; then
    $sudo mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# smtp4dev at the manifest's version: a no-op (a tenth of a second) once it is in the NuGet cache.
dotnet tool restore >/dev/null
