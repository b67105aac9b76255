#!/usr/bin/env bash
# Runs the whole local federation: one RabbitMQ node and the services of every member city.
# Usage: infra/run.sh [--tye FILE]   (Ctrl-C stops everything; data stays in .data)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

cd "$root"
# A fresh machine has only the .NET SDK: each city's broker is a private rabbitmq-server node.
source infra/prerequisites.sh
dotnet build Federation.sln -c Release
# exec: Ctrl-C and SIGTERM go straight to the launcher, which stops services, then brokers.
exec dotnet infra/Federation.Launcher/bin/Release/net10.0/Federation.Launcher.dll --root "$root" "$@"
