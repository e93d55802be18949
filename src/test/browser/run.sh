#!/usr/bin/env bash
# Real-browser check of Swagger UI: starts the gateway in dev mode (simulated MAGDA, seeded database, dev key),
# then drives Debian's headless Chromium with playwright-core. Installs Chromium and playwright-core when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
port="${SWAGGER_CHECK_PORT:-8765}"
magda_port="${SWAGGER_CHECK_MAGDA_PORT:-8766}"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian chromium for the browser check"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || { echo "chromium could not be installed" >&2; exit 1; }
fi
(cd "$here" && { [ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --silent; })

log="$root/target/swagger-ui-check-dev.log"
mkdir -p "$root/target"
cd "$root"
setsid ./mvnw -B -q quarkus:dev -Dquarkus.http.port="$port" -Dquarkus.wiremock.devservices.port="$magda_port" \
  -Dquarkus.console.enabled=false -Dquarkus.analytics.disabled=true -Ddebug=false > "$log" 2>&1 &
dev_pid=$!
trap 'kill -- -"$dev_pid" 2>/dev/null || true; wait "$dev_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  curl -sf "http://localhost:$port/q/health/live" >/dev/null 2>&1 && break
  if ! kill -0 "$dev_pid" 2>/dev/null; then echo "dev mode exited; see $log" >&2; tail -40 "$log" >&2; exit 1; fi
  sleep 1
done
curl -sf "http://localhost:$port/q/health/live" >/dev/null || { echo "gateway did not start; see $log" >&2; exit 1; }

node "$here/swagger-ui-check.mjs" "http://localhost:$port" "$("$root/dev/token.sh" consult)" "$root/target/swagger-ui.png"
