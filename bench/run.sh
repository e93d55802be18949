#!/usr/bin/env bash
# The price of the gateway, measured in one run beside a direct SOAP call, on this machine.
#   bench/run.sh                      (BENCH_DURATION=20s by default; DB_URL/DB_USER/DB_PASSWORD honoured)
# Builds the packaged jar (with AppCDS), starts a fast SOAP stand-in for MAGDA (bench/BenchMagda.java), starts the
# gateway with authentication, entity authorization and the audit log ON, and measures with wrk (max throughput)
# and hey (fixed rates). Writes bench/results/<date>.md and prints the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration="${BENCH_DURATION:-20s}"
gw_port=18080
magda_port=18089
tmp="$root/target/bench"
mkdir -p "$tmp" bench/results
log() { printf '\n== %s\n' "$*" >&2; }

for tool in wrk hey psql curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    pkg=$tool; [ "$tool" = psql ] && pkg=postgresql-client
    log "installing $pkg"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null) || { echo "please install $pkg" >&2; exit 1; }
  fi
done

# ---- database: a fresh one next to DB_URL's (default: this machine's PostgreSQL)
base_url="${DB_URL:-postgresql://127.0.0.1:5432/test}"
db_hostport="${base_url#postgresql://}"; db_hostport="${db_hostport%%/*}"
db_host="${db_hostport%%:*}"; db_port="${db_hostport##*:}"; [ "$db_port" = "$db_host" ] && db_port=5432
export DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-}"
export PGPASSWORD="$DB_PASSWORD"
psql_base() { psql -h "$db_host" -p "$db_port" -U "$DB_USER" -d "${base_url##*/}" -qtA "$@"; }
psql_base -c "DROP DATABASE IF EXISTS magda_bench WITH (FORCE)" -c "CREATE DATABASE magda_bench"
export DB_URL="postgresql://$db_host:$db_port/magda_bench"
psql_bench() { psql -h "$db_host" -p "$db_port" -U "$DB_USER" -d magda_bench -qtA "$@"; }

# ---- gateway configuration: only the contract's variables
export MAGDA_URL="http://127.0.0.1:$magda_port/api/Magda-02.00/soap/WebService"
export MAGDA_TIMEOUT=PT5S GATEWAY_ALLOW_TEST_NUMBERS=true QUARKUS_HTTP_PORT=$gw_port
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/dev/jwt/publicKey.pem" MP_JWT_VERIFY_ISSUER=https://idp.dev.magda-gateway
# a generous bulkhead: this benchmark measures cost, not refusal
export MAGDA_BULKHEAD_LIMIT=200 MAGDA_BULKHEAD_QUEUE=400

log "building the packaged jar with an AppCDS archive"
./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >"$tmp/build.log" 2>&1 || { tail -40 "$tmp/build.log"; exit 1; }
jar="$root/target/quarkus-app/quarkus-run.jar"
jsa="$root/target/quarkus-app/app-cds.jsa"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

log "starting the SOAP stand-in for MAGDA"
java -Xmx256m -Dthreads=4 -Dsun.net.httpserver.nodelay=true bench/BenchMagda.java "$magda_port" wiremock/__files/persoon/full.xml >"$tmp/magda.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -s -o /dev/null -X POST "$MAGDA_URL" && break; sleep 0.1; done

insz=85611512387
person_url="http://127.0.0.1:$gw_port/api/v1/persons/$insz"
export BENCH_ENTITY=BENCH BENCH_TOKEN; BENCH_TOKEN="$(dev/token.sh consult bench-app)"
admin_token="$(dev/token.sh admin bench-admin)"

# start_gateway NAME [java options...]: echoes the pid; records ms from launch to the first 200 on a person
start_gateway() {
  local name=$1; shift
  local t0; t0=$(date +%s%N)
  java "$@" -jar "$jar" >"$tmp/gateway-$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  until curl -sf -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH" "$person_url"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "gateway $name died; see $tmp/gateway-$name.log" >&2; exit 1; fi
    if curl -sf -o /dev/null "http://127.0.0.1:$gw_port/q/health/live"; then seed; fi
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 )) >"$tmp/startup-$name.ms"
  echo "$pid" >"$tmp/pid-$name"
}
seed() {
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
    -d '{"name":"Benchmark department","kind":"DEPARTMENT","kszLookup":true}' "http://127.0.0.1:$gw_port/api/v1/admin/entities/BENCH" || true
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $admin_token" "http://127.0.0.1:$gw_port/api/v1/admin/clients/bench-app/entities/BENCH" || true
}
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }
# what the gateway itself counted (Micrometer), read before each instance stops: MAGDA calls that went out (each
# must have exactly one final audit row with its reference) and HTTP 200s written
served_ok() {
  curl -s "http://127.0.0.1:$gw_port/q/metrics" | awk '/^magda_requests_total\{/ && /service="GeefPersoon"/ {s += $2} END {printf "%d", s}'
}
http_ok() {
  curl -s "http://127.0.0.1:$gw_port/q/metrics" | awk '/^http_server_requests_seconds_count\{/ && /status="200"/ && /uri="\/api\/v1\/persons\/\{insz\}"/ {s += $2} END {printf "%d", s}'
}


log "plain JVM: startup, warm-up"
start_gateway plain
plain_pid=$(cat "$tmp/pid-plain")
wrk -t2 -c16 -d10s -s bench/gateway-request.lua "$person_url" >"$tmp/warmup.txt"
rss_plain=$(rss_mb "$plain_pid")

export BENCH_SOAP_REQUEST="$tmp/soap-request.xml"
sed "s/INSZ_HERE/$insz/" bench/soap-request.xml >"$BENCH_SOAP_REQUEST"

run_wrk() { # NAME SCRIPT URL
  wrk -t2 -c32 -d"$duration" --latency -s "$2" "$3" >"$tmp/$1.txt"
}
run_hey() { # NAME RATE URL [headers...]
  local name=$1 rate=$2 url=$3; shift 3
  local workers=10; [ "$rate" -gt 200 ] && workers=25
  hey -z "$duration" -c "$workers" -q $((rate / workers)) "$@" "$url" >"$tmp/$name.txt"
}
soap_args=(-m POST -T 'text/xml; charset=UTF-8' -H 'SOAPAction: ""' -D "$BENCH_SOAP_REQUEST")
gw_args=(-H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH")

for rate in 100 200 500; do
  log "fixed rate $rate req/s: direct, then gateway"
  run_hey "direct-$rate" "$rate" "$MAGDA_URL" "${soap_args[@]}"
  run_hey "gateway-$rate" "$rate" "$person_url" "${gw_args[@]}"
done
log "maximum throughput: direct, then gateway"
run_wrk direct-max bench/soap-request.lua "$MAGDA_URL"
run_wrk gateway-max bench/gateway-request.lua "$person_url"
rss_plain_loaded=$(rss_mb "$plain_pid")
sleep 1 # let requests still in flight when the load generator stopped finish
served=$(served_ok); answered=$(http_ok)
stop "$plain_pid"

log "AppCDS: startup and RSS after a short warm-up"
start_gateway appcds -XX:SharedArchiveFile="$jsa" -Xshare:auto
appcds_pid=$(cat "$tmp/pid-appcds")
wrk -t2 -c16 -d5s -s bench/gateway-request.lua "$person_url" >"$tmp/warmup-appcds.txt"
rss_appcds=$(rss_mb "$appcds_pid")
sleep 1
served=$((served + $(served_ok))); answered=$((answered + $(http_ok)))
stop "$appcds_pid"

log "audit check"
audit_success=$(psql_bench -c "select count(*) from audit_record where client_id = 'bench-app' and magda_reference is not null")
audit_pending=$(psql_bench -c "select count(*) from audit_record where outcome = 'PENDING'")
audit_all=$(psql_bench -c "select count(*) from audit_record where client_id = 'bench-app'")

bash bench/report.sh "$tmp" "$served" "$audit_success" "$audit_pending" "$audit_all" "$rss_plain" "$rss_plain_loaded" "$rss_appcds" "$answered"
