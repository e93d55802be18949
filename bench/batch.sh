#!/usr/bin/env bash
# What a 10,000-person batch costs the online callers, measured on the packaged gateway started as the README tells
# an operator (prod profile, authentication, entity authorization, the employee rule and the audit log all ON) in
# front of the fast SOAP stand-in bench/BenchMagda.java (answers at once, so the batch runs as fast as the gateway
# lets it: the worst case for the online callers next to it).
#
#   bench/batch.sh
#
# Steps: build the packaged jar (unless BENCH_NO_BUILD=1); start the stand-in and the gateway on a fresh database;
# register an entity, grant the client, link every person of the run (the employee rule is on, as in production);
# warm up (a 1,000-person batch and online lookups side by side); then, at a fixed rate with hey (50 req/s on 10 connections):
#   1. online person lookups on the idle gateway,
#   2. the same load while a 10,000-person batch runs (submit -> DONE),
#   3. the idle load again (how noisy the machine was).
# Reports the batch's duration (submit -> DONE as the client saw it, and created -> finished as the gateway stored
# it), items/s, online p50/p90/p99 idle vs during the batch and their ratio (issue #16's target: within 2x of idle),
# and audit integrity (audit rows of the batch = items, one per item and MAGDA reference, none PENDING; online rows =
# online answers). Writes bench/results/<date>-batch.md and prints it. Takes about 5 minutes plus the build.
#
# Environment (all optional):
#   BENCH_BATCH_SIZE=10000   persons in the measured batch (at most GATEWAY_BATCH_MAX_ITEMS, 10,000)
#   BENCH_RATE=50            online requests per second (all connections together)
#   BENCH_CONNS=10           online connections
#   BENCH_IDLE=30            seconds of each idle measurement
#   BENCH_WINDOW=10          the load during the batch runs in hey windows of this many seconds until DONE
#   BENCH_DB=magda_bench_batch  the database this run creates (dropped at the end unless BENCH_KEEP_DB=1)
#   BENCH_PORT=18280         gateway port; its management interface on +100, the stand-in on +9
#   BENCH_JAVA=java          the JDK 17 `java` for the gateway and the stand-in
#   BENCH_JAVA_OPTS=...      extra JVM options for the gateway
#   BENCH_NO_BUILD=1         measure the existing target/quarkus-app without rebuilding it
#   DB_URL, DB_USER, DB_PASSWORD   the PostgreSQL server to use (default postgresql://127.0.0.1:5432/test, postgres)
set -euo pipefail
case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
  "") ;;
  *) echo "unknown argument: $1 (see bench/batch.sh --help)" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
root=$(pwd)

size="${BENCH_BATCH_SIZE:-10000}"
rate="${BENCH_RATE:-50}"
conns="${BENCH_CONNS:-10}"
idle_s="${BENCH_IDLE:-30}"
window_s="${BENCH_WINDOW:-10}"
db="${BENCH_DB:-magda_bench_batch}"
port="${BENCH_PORT:-18280}"
mgmt_port=$((port + 100))
magda_port=$((port + 9))
java17="${BENCH_JAVA:-java}"
read -r -a extra_opts <<<"${BENCH_JAVA_OPTS:-}"
warm_batch=1000
entity=BENCH
client=bench-app
online_insz=85611512387

tmp="$root/target/bench-batch"
rm -rf "$tmp"; mkdir -p "$tmp/online" bench/results
stamp=$(date +%Y-%m-%d)
[ -e "bench/results/$stamp-batch.md" ] && stamp="$stamp-$(date +%H%M)"
log() { printf '\n== %s\n' "$*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load_at_start=$(loadavg)

for tool in hey psql curl jq openssl; do
  command -v "$tool" >/dev/null 2>&1 && continue
  pkg=$tool; [ "$tool" = psql ] && pkg=postgresql-client
  log "installing $pkg"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null) || die "please install $pkg"
done

# ---- database: a fresh one next to DB_URL's
. bench/database.sh
sql() { psql_on "$db" -c "$1"; }

rev="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' + uncommitted changes')"
if [ "${BENCH_NO_BUILD:-0}" = 1 ] && [ -f target/quarkus-app/quarkus-run.jar ]; then
  log "BENCH_NO_BUILD=1: measuring the existing target/quarkus-app"
  rev="$rev (jar not rebuilt: BENCH_NO_BUILD=1)"
else
  log "building the packaged jar ($rev)"
  ./mvnw -q -B package -DskipTests >"$tmp/build.log" 2>&1 || { tail -40 "$tmp/build.log"; die "build failed"; }
fi

# ---- the stand-in for MAGDA
log "starting the SOAP stand-in for MAGDA on port $magda_port"
"$java17" -Xmx256m -Dthreads=4 -Dsun.net.httpserver.nodelay=true bench/BenchMagda.java "$magda_port" \
  bench/geefpersoon-answer.xml >"$tmp/magda.log" 2>&1 &
magda_pid=$!; pids+=("$magda_pid")
magda_url="http://127.0.0.1:$magda_port/api/Magda-02.00/soap/WebService"
for _ in $(seq 1 200); do curl -s -o /dev/null -X POST "$magda_url" && break; sleep 0.1; done

# ---- the gateway, as README "Pointing it at a real MAGDA" starts it (TST numbers allowed: the persons are personas)
log "starting the gateway (prod profile) on port $port"
(cd target/quarkus-app && exec env \
  MAGDA_URL="$magda_url" MAGDA_CLIENT_ID=kb.vlaanderen.be/magda-gateway MAGDA_CAPACITY=1300 \
  DB_URL="postgresql://$db_host:$db_port/$db" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/dev/jwt/publicKey.pem" MP_JWT_VERIFY_ISSUER=https://idp.dev.magda-gateway \
  MP_JWT_VERIFY_AUDIENCES=magda-gateway GATEWAY_ALLOW_TEST_NUMBERS=true \
  QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$mgmt_port" \
  "$java17" "${extra_opts[@]}" -jar quarkus-run.jar) >"$tmp/gateway.log" 2>&1 &
gw_pid=$!; pids+=("$gw_pid")
gw="http://127.0.0.1:$port"
t0=$(date +%s)
until curl -sf -o /dev/null "$gw/api/v1/health?level=PING"; do
  kill -0 "$gw_pid" 2>/dev/null || { tail -30 "$tmp/gateway.log"; die "gateway died; see $tmp/gateway.log"; }
  [ $(( $(date +%s) - t0 )) -lt 180 ] || die "gateway not up after 180 s"
  sleep 0.2
done
token="$(dev/token.sh consult "$client")"
admin="$(dev/token.sh admin bench-admin)"
auth=(-H "Authorization: Bearer $token" -H "X-Entity: $entity")

# ---- persons: valid, distinct MAGDA TST numbers (born 1995-01-DD, month 61), as support/BulkPersonas makes them
persons() { # COUNT OFFSET
  awk -v n="$1" -v off="$2" 'BEGIN {for (i = off; i < off + n; i++) {
    nine = sprintf("9561%02d%03d", 1 + int(i / 998), 1 + i % 998); printf "%s%02d\n", nine, 97 - nine % 97 }}'
}
persons "$warm_batch" 0 >"$tmp/warm.txt"
persons "$size" "$warm_batch" >"$tmp/batch.txt"
[ "$(sort -u "$tmp/warm.txt" "$tmp/batch.txt" | wc -l)" = $((warm_batch + size)) ] || die "persons not distinct"

log "seeding: entity $entity, grant for $client, $((warm_batch + size + 1)) EMPLOYEE links (admin API, 1,000 per import)"
curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark department","kind":"DEPARTMENT","kszLookup":true}' "$gw/api/v1/admin/entities/$entity" || die "entity"
curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $admin" "$gw/api/v1/admin/clients/$client/entities/$entity" || die "grant"
{ echo "$online_insz"; cat "$tmp/warm.txt" "$tmp/batch.txt"; } | awk -v e="$entity" '{print e "," $1 ",EMPLOYEE,2020-01-01"}' \
  | split -l 1000 - "$tmp/links-"
for f in "$tmp"/links-*; do
  refused=$(curl -sf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: text/csv' --data-binary @"$f" \
    "$gw/api/v1/admin/links" | jq '.refused | length') || die "link import failed ($f)"
  [ "$refused" = 0 ] || die "link import refused $refused line(s) of $f"
done

# submit FILE: the batch's id
submit() {
  jq -R . "$1" | jq -s '{service: "person", insz: .}' >"$tmp/submit.json"
  curl -sf -X POST "${auth[@]}" -H 'Content-Type: application/json' --data-binary @"$tmp/submit.json" \
    "$gw/api/v1/batches" | jq -r .id
}
status() { curl -sf "${auth[@]}" "$gw/api/v1/batches/$1"; }
await_done() { # ID: polls every 0.2 s; prints the client's DONE time (ms)
  local s
  while true; do
    s=$(status "$1" | jq -r .state)
    [ "$s" = DONE ] && { now_ms; return; }
    [ "$s" = RUNNING ] || [ "$s" = QUEUED ] || die "batch $1 is $s"
    kill -0 "$gw_pid" 2>/dev/null || die "gateway died"
    sleep 0.2
  done
}
person_url="$gw/api/v1/persons/$online_insz"
per_conn=$(awk -v r="$rate" -v c="$conns" 'BEGIN {print r / c}')
# online NAME SECONDS: one hey run at the fixed rate, per-request CSV (latency, status, offset) with its start time
online() {
  local start; start=$(now_ms)
  hey -z "${2}s" -c "$conns" -q "$per_conn" -o csv "${auth[@]}" "$person_url" >"$tmp/online/$1.csv"
  echo "$start" >"$tmp/online/$1.start"
}
cpu_ticks() { awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; }
ours() { echo $(( $(cpu_ticks "$gw_pid") + $(cpu_ticks "$magda_pid") )); }
# phase_begin NAME / phase_end NAME: the share of the machine's CPU that processes other than the gateway and the
# stand-in used during the phase (the load generator and PostgreSQL included: they serve this benchmark too)
phase_begin() { echo "$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6}' /proc/stat) $(ours)" >"$tmp/phase-$1"; }
phase_end() {
  awk -v prev="$(cat "$tmp/phase-$1")" -v own="$(ours)" '/^cpu / {split(prev, a, " "); b = $2 + $3 + $4 + $7 + $8 + $9 - a[1]
    i = $5 + $6 - a[2]; o = own - a[3]; printf "%.0f", 100 * (b - o) / (b + i)}' /proc/stat >"$tmp/phase-$1.others"
}

# Both paths compiled by the JIT before anything is measured: without it the first idle run is still warming up and
# looks slower than the load during the batch (seen: idle p50 41 ms before the batch, 19 ms after it).
log "warm-up: a $warm_batch-person batch with online lookups as fast as they go (16 connections) beside it, 30 s at least"
warm_id=$(submit "$tmp/warm.txt")
hey -z 30s -c 16 "${auth[@]}" "$person_url" >/dev/null
await_done "$warm_id" >/dev/null
hey -z 10s -c "$conns" -q "$per_conn" "${auth[@]}" "$person_url" >/dev/null

online_audited() { sql "select count(*) from audit_record where batch_id is null and service = 'GeefPersoon' and insz = '$online_insz'"; }
online_rows_before=$(online_audited)
log "1/3 idle: $rate req/s on $conns connections for ${idle_s}s"
load_idle=$(loadavg)
phase_begin idle-before; online idle-before "$idle_s"; phase_end idle-before

log "2/3 a $size-person batch, the same online load until it is DONE (hey windows of ${window_s}s)"
c0=$(cpu_ticks "$gw_pid")
phase_begin during
submit_ms=$(now_ms)
batch_id=$(submit "$tmp/batch.txt")
accepted_ms=$(now_ms)
[ -n "$batch_id" ] && [ "$batch_id" != null ] || die "the batch was not accepted"
await_done "$batch_id" >"$tmp/done_ms" &
watcher=$!; pids+=("$watcher")
w=0
while kill -0 "$watcher" 2>/dev/null; do
  w=$((w + 1))
  online "during-$w" "$window_s"
done
wait "$watcher" || die "the batch did not complete"
done_ms=$(cat "$tmp/done_ms")
phase_end during
c1=$(cpu_ticks "$gw_pid")
load_during=$(loadavg)

log "3/3 idle again: ${idle_s}s"
phase_begin idle-after; online idle-after "$idle_s"; phase_end idle-after
load_after=$(loadavg)

# ---- numbers
# lat FILES... (with UNTIL_MS in env): requests started before UNTIL_MS; "n non2xx p50 p90 p99" (ms)
lat() {
  for f in "$@"; do
    awk -F, -v start="$(cat "${f%.csv}.start")" -v until="${UNTIL_MS:-0}" \
      'NR > 1 && $8 != "" {if (until == 0 || start + $8 * 1000 < until) print $1 * 1000, $7}' "$f"
  done | sort -g | awk '{v[NR] = $1; if ($2 !~ /^2/) e++}
    function p(q) {i = int(q * NR + 0.999999); if (i < 1) i = 1; return v[i]}
    END {if (NR == 0) print "0 0 n/a n/a n/a"; else printf "%d %d %.1f %.1f %.1f\n", NR, e, p(0.5), p(0.9), p(0.99)}'
}
read -r n_idle e_idle p50_idle p90_idle p99_idle < <(lat "$tmp/online/idle-before.csv")
read -r n_after e_after p50_after p90_after p99_after < <(lat "$tmp/online/idle-after.csv")
read -r n_during e_during p50_during p90_during p99_during < <(UNTIL_MS=$done_ms lat "$tmp"/online/during-*.csv)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b}'; }

final=$(status "$batch_id")
echo "$final" | jq . >"$tmp/batch-status.json"
server_s=$(echo "$final" | jq -r '((.finishedAt | sub("\\.[0-9]+"; "") | fromdateiso8601) - (.createdAt | sub("\\.[0-9]+"; "") | fromdateiso8601))')
client_s=$(awk -v a="$submit_ms" -v b="$done_ms" 'BEGIN {printf "%.1f", (b - a) / 1000}')
submit_s=$(awk -v a="$submit_ms" -v b="$accepted_ms" 'BEGIN {printf "%.2f", (b - a) / 1000}')
items_s=$(awk -v n="$size" -v s="$client_s" 'BEGIN {printf "%.0f", n / s}')
cpu_ms_item=$(awk -v c=$((c1 - c0)) -v t="$(getconf CLK_TCK)" -v n="$size" -v o="$n_during" \
  'BEGIN {printf "%.2f", c * 1000 / t / (n + o)}')
success=$(echo "$final" | jq -r '.outcomes.SUCCESS // 0')

sleep 1 # online requests still in flight complete their audit rows
rows=$(sql "select count(*) from audit_record where batch_id = '$batch_id'")
row_items=$(sql "select count(distinct request_id) from audit_record where batch_id = '$batch_id'")
row_refs=$(sql "select count(distinct magda_reference) from audit_record where batch_id = '$batch_id'")
row_success=$(sql "select count(*) from audit_record where batch_id = '$batch_id' and outcome = 'SUCCESS'")
pending=$(sql "select count(*) from audit_record where outcome = 'PENDING'")
items_done=$(sql "select count(*) from batch_item where batch_id = '$batch_id' and state = 'DONE' and outcome = 'SUCCESS'")
attempts_max=$(sql "select max(attempts) from batch_item where batch_id = '$batch_id'")
online_rows=$(( $(online_audited) - online_rows_before ))
online_answered=$(cat "$tmp"/online/*.csv | awk -F, '$7 == 200' | wc -l)
audit_ok=no
[ "$rows" = "$size" ] && [ "$row_items" = "$size" ] && [ "$row_refs" = "$size" ] && [ "$row_success" = "$size" ] \
  && [ "$pending" = 0 ] && [ "$items_done" = "$size" ] && audit_ok=yes
# against the quieter of the two idle runs (the lower figure): the machine's noise must not flatter the batch
best() { awk -v a="$1" -v b="$2" 'BEGIN {print (b + 0 < a + 0) ? b : a}'; }
ratio50=$(ratio "$p50_during" "$(best "$p50_idle" "$p50_after")"); ratio99=$(ratio "$p99_during" "$(best "$p99_idle" "$p99_after")")
ratio99_before=$(ratio "$p99_during" "$p99_idle"); ratio99_after=$(ratio "$p99_during" "$p99_after")
others() { cat "$tmp/phase-$1.others"; }
verdict=$(awk -v r="$ratio99" 'BEGIN {if (r == "n/a") print "n/a"; else if (r <= 2) print "yes"; else print "NO"}')

out="bench/results/$stamp-batch.md"
{
  echo "# Batch benchmark $stamp: a $size-person batch next to online lookups"
  echo
  echo "\`bench/batch.sh\` on $(git log -1 --format='%h %s' | cut -c1-100) ($rev); $(nproc) cores, $("$java17" -version 2>&1 | head -1)."
  echo "The packaged jar, prod profile, as README \"Pointing it at a real MAGDA\" starts it (JWT, entity grant, the employee"
  echo "rule with every person linked through \`POST /api/v1/admin/links\`, audit log; \`GATEWAY_ALLOW_TEST_NUMBERS=true\` for"
  echo "the TST personas), defaults otherwise (\`GATEWAY_BATCH_CONCURRENCY\` 4, bulkhead 50), in front of bench/BenchMagda.java"
  echo "(answers at once). Online load: \`hey\`, \`GET /api/v1/persons/{insz}\` at $rate req/s on $conns connections."
  echo
  echo "**Machine load** (1/5/15 min): at start $load_at_start; before the idle run $load_idle; at the batch's end"
  echo "$load_during; at the end $load_after. The machine is shared: other sessions' builds and tests ran meanwhile."
  echo
  echo "## The batch"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| persons | $size (outcomes: $(echo "$final" | jq -c .outcomes)) |"
  echo "| submit → DONE (client: POST sent → first status poll, every 0.2 s, saying DONE) | **$client_s s** |"
  echo "| created → finished (the gateway's own timestamps, whole seconds) | $server_s s |"
  echo "| of which the POST (validation, 10,000 rows stored) | $submit_s s |"
  echo "| items per second | **$items_s** |"
  echo "| gateway CPU per request (batch items + online lookups, utime+stime) | $cpu_ms_item ms |"
  echo
  echo "## Online lookups: idle vs during the batch"
  echo
  echo "| | requests | non-2xx | p50 ms | p90 ms | p99 ms | CPU used by other processes |"
  echo "|---|---|---|---|---|---|---|"
  echo "| idle (before) | $n_idle | $e_idle | $p50_idle | $p90_idle | $p99_idle | $(others idle-before) % |"
  echo "| **during the batch** | $n_during | $e_during | $p50_during | $p90_during | $p99_during | $(others during) % |"
  echo "| idle (after) | $n_after | $e_after | $p50_after | $p90_after | $p99_after | $(others idle-after) % |"
  echo
  echo "During / idle, against the quieter idle run for each percentile: p50 **${ratio50}×**, p99 **${ratio99}×**;"
  echo "within 2× of idle (issue #16): **$verdict** (p99 against idle before / after: ${ratio99_before}× / ${ratio99_after}×)."
  echo "\"CPU used by other processes\": the machine's CPU time not spent in the gateway or the stand-in (hey and PostgreSQL"
  echo "included, so never 0); much more than ~30 % means other sessions competed for the cores."
  echo "\"During\" counts the requests started between the submission and DONE ($w hey windows of ${window_s} s)."
  echo
  echo "## Audit integrity"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| audit rows with the batch id | $rows (items: $size) |"
  echo "| … distinct request ids (\`<batch>/<index>\`) / distinct MAGDA references | $row_items / $row_refs |"
  echo "| … SUCCESS | $row_success |"
  echo "| batch items DONE with SUCCESS / most attempts of an item | $items_done / $attempts_max |"
  echo "| audit rows PENDING (whole database) | $pending |"
  echo "| online lookups of the measured runs: answered 200 (hey) / their audit rows | $online_answered / $online_rows (hey does not count the requests it cuts off at the end of a run) |"
  echo "| verdict: rows = items, one per item and reference, none PENDING | **$audit_ok** |"
  echo
  echo "Raw data: target/bench-batch/ (hey CSVs per run, batch-status.json, gateway.log)."
} >"$out"
cat "$out"
[ "$audit_ok" = yes ] || die "audit integrity check failed"
