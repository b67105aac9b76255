#!/bin/sh
# Runs Debian's RabbitMQ as the container's only process, configured like the official image:
# /etc/rabbitmq/rabbitmq.conf, conf.d/*.conf and enabled_plugins, logs on the console.
set -e
export HOME=/var/lib/rabbitmq
mkdir -p /var/lib/rabbitmq /var/log/rabbitmq
# A fresh container has no cookie; the CLI and the server must share one.
if [ ! -f "$HOME/.erlang.cookie" ]; then
  head -c 30 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$HOME/.erlang.cookie"
  chmod 400 "$HOME/.erlang.cookie"
fi
exec /usr/lib/rabbitmq/bin/rabbitmq-server "$@"
