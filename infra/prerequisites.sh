#!/usr/bin/env bash
# Installs what the federation needs beyond the .NET SDK (Debian): RabbitMQ for each city's broker.
# Sourced by run.sh and test.sh; safe to run again (it installs only what is missing).
set -euo pipefail

missing=()
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)

if (( ${#missing[@]} )); then
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  echo "Installing ${missing[*]} from apt..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
