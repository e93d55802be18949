#!/usr/bin/env bash
# Fair share per calling application (README "Fair share per client"): does one application flooding the gateway at
# 10x its limit raise another application's latency? The packaged jar (prod profile, configured only by environment
# variables, as the README tells an operator) in front of the SOAP stand-in bench/BenchMagda.java, with
# authentication, entity authorization and the audit log on, on a fresh database.
#
#   bench/fairshare.sh
#
# The stand-in answers after FAIRSHARE_MAGDA_DELAY_MS (a real MAGDA takes ~100 ms), and the gateway's bulkhead is
# small (FAIRSHARE_BULKHEAD in flight, as many queued), as MAGDA's allowance divided by the replicas makes it: what
# one client can take from the others is bulkhead room. Client A ("flood-app") gets its own limits through the admin
# API (FAIRSHARE_A_RPS req/s, burst = rps, concurrent calls FAIRSHARE_A_CONCURRENT); client B ("steady-app") stays
# on the default and asks at a modest fixed rate (FAIRSHARE_B_RPS on 4 connections). Three runs of BENCH_DURATION
# each, B measured with hey:
#   1. B alone;
#   2. B while A floods at 10x its limit (FAIRSHARE_A_RPS x 10 on 40 connections): A's excess gets 429;
#   3. the control: the same flood with A's limits removed (on the generous default), i.e. without protection.
# Reports B's p50/p90/p99 and errors per run, A's answers by status, the gateway's CPU, and checks the audit log
# (every 429 is a DENIED row with status 429, no row left PENDING). Writes bench/results/<date>-fairshare.md.
#
# Environment (all optional):
#   BENCH_DURATION=30s        length of each measured run
#   FAIRSHARE_A_RPS=20        A's own requests per second (and burst); it floods at 10x this
#   FAIRSHARE_A_CONCURRENT=4  A's own concurrent MAGDA calls
#   FAIRSHARE_MAGDA_DELAY_MS=100  how long the stand-in takes per answer
#   FAIRSHARE_BULKHEAD=10     MAGDA_BULKHEAD_LIMIT (and MAGDA_BULKHEAD_QUEUE) of the gateway
#   FAIRSHARE_B_RPS=20        B's fixed rate
#   BENCH_NO_BUILD=1          use the existing target/quarkus-app
#   BENCH_PORT=18280          the gateway's port (management +100, the stand-in +9)
#   BENCH_DB=magda_fairshare  the database this run creates and drops (unless BENCH_KEEP_DB=1)
#   DB_URL, DB_USER, DB_PASSWORD   the PostgreSQL server (default postgresql://127.0.0.1:5432/test, postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration="${BENCH_DURATION:-30s}"
a_rps="${FAIRSHARE_A_RPS:-20}"
a_conc="${FAIRSHARE_A_CONCURRENT:-4}"
delay="${FAIRSHARE_MAGDA_DELAY_MS:-100}"
bulkhead="${FAIRSHARE_BULKHEAD:-10}"
b_rps="${FAIRSHARE_B_RPS:-20}"
port="${BENCH_PORT:-18280}"
mgmt=$((port + 100))
magda_port=$((port + 9))
db="${BENCH_DB:-magda_fairshare}"
tmp="$root/target/bench-fairshare"
rm -rf "$tmp" && mkdir -p "$tmp" bench/results
log() { printf '\n== %s\n' "$*" >&2; }
die() { echo "fairshare: $*" >&2; exit 1; }
for tool in hey psql curl; do command -v "$tool" >/dev/null || die "please install $tool (apt-get install hey postgresql-client curl)"; done

. bench/database.sh

if [ "${BENCH_NO_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  log "building the packaged jar"
  ./mvnw -q -B package -DskipTests >"$tmp/build.log" 2>&1 || { tail -40 "$tmp/build.log"; die "build failed"; }
fi
rev="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes')"

log "starting the SOAP stand-in for MAGDA on $magda_port"
java -Xmx256m -Dthreads=128 -DdelayMs="$delay" bench/BenchMagda.java "$magda_port" bench/geefpersoon-answer.xml >"$tmp/magda.log" 2>&1 &
pids+=($!)
magda_url="http://127.0.0.1:$magda_port/api/Magda-02.00/soap/WebService"
for _ in $(seq 1 200); do curl -s -o /dev/null -X POST "$magda_url" && break; sleep 0.1; done

log "starting the gateway (prod profile) on $port"
# Only the README's variables. The employee rule is off: this measures the fair share, not the links.
(cd target/quarkus-app && MAGDA_URL="$magda_url" MAGDA_CLIENT_ID=kb.vlaanderen.be/magda-gateway MAGDA_CAPACITY=1300 \
  MAGDA_TIMEOUT=PT5S GATEWAY_ALLOW_TEST_NUMBERS=true GATEWAY_REQUIRE_LINK=false \
  MAGDA_BULKHEAD_LIMIT=$bulkhead MAGDA_BULKHEAD_QUEUE=$bulkhead \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/dev/jwt/publicKey.pem" MP_JWT_VERIFY_ISSUER=https://idp.dev.magda-gateway \
  MP_JWT_VERIFY_AUDIENCES=magda-gateway DB_URL="postgresql://$db_host:$db_port/$db" \
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$mgmt exec java -jar quarkus-run.jar) >"$tmp/gateway.log" 2>&1 &
gw=$!
pids+=($gw)
for _ in $(seq 1 900); do curl -sf -o /dev/null "http://127.0.0.1:$mgmt/q/health/live" && break; kill -0 $gw || die "gateway died: $tmp/gateway.log"; sleep 0.2; done

admin=$(dev/token.sh admin bench-admin)
token_a=$(dev/token.sh consult flood-app)
token_b=$(dev/token.sh consult steady-app)
api() { curl -sf -o /dev/null -H "Authorization: Bearer $admin" "$@"; }
api -X PUT -H 'Content-Type: application/json' -d '{"name":"Benchmark department","kind":"DEPARTMENT","kszLookup":true}' \
  "http://127.0.0.1:$port/api/v1/admin/entities/BENCH"
api -X PUT "http://127.0.0.1:$port/api/v1/admin/clients/flood-app/entities/BENCH"
api -X PUT "http://127.0.0.1:$port/api/v1/admin/clients/steady-app/entities/BENCH"
limit_a() {
  api -X PUT -H 'Content-Type: application/json' \
    -d "{\"requestsPerSecond\":$a_rps,\"burst\":$a_rps,\"concurrentCalls\":$a_conc}" \
    "http://127.0.0.1:$port/api/v1/admin/clients/flood-app/limits"
}
limit_a
defaults=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$port/api/v1/admin/clients/steady-app/limits")
person="http://127.0.0.1:$port/api/v1/persons/85611512387"

log "warm-up: 15 s of both clients"
hey -z 15s -c 4 -q 25 -H "Authorization: Bearer $token_b" -H "X-Entity: BENCH" "$person" >/dev/null
hey -z 5s -c 4 -q 5 -H "Authorization: Bearer $token_a" -H "X-Entity: BENCH" "$person" >/dev/null
sleep 2 # A's bucket refills

cpu_ticks() { awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; }
b_run() { # NAME: B at its fixed rate for the duration
  hey -z "$duration" -c 4 -q "$(awk -v r="$b_rps" 'BEGIN {print r / 4}')" -H "Authorization: Bearer $token_b" \
    -H "X-Entity: BENCH" "$person" >"$tmp/$1-b.txt"
}
a_flood() { # NAME: A at 10x its own limit, a little longer than B's run so that it covers it
  local secs=${duration%s}
  hey -z "$((secs + 4))s" -c 40 -q "$(awk -v r="$a_rps" 'BEGIN {print r / 4}')" -H "Authorization: Bearer $token_a" -H "X-Entity: BENCH" "$person" \
    >"$tmp/$1-a.txt"
}
measure() { # NAME FLOOD(0/1)
  local c0 c1 apid=""
  c0=$(cpu_ticks $gw)
  if [ "$2" = 1 ]; then a_flood "$1" & apid=$!; sleep 2; fi
  b_run "$1"
  [ -n "$apid" ] && wait "$apid"
  c1=$(cpu_ticks $gw)
  echo $(( (c1 - c0) * 1000 / $(getconf CLK_TCK) )) >"$tmp/$1-cpu"
  sleep 2
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "run 1/3: B alone ($b_rps req/s, $duration)"
measure alone 0
log "run 2/3: B while A floods at 10x its limit ($((a_rps * 10)) req/s against $a_rps req/s)"
measure limited 1
log "run 3/3 (control): the same flood with A on the default limits"
api -X DELETE "http://127.0.0.1:$port/api/v1/admin/clients/flood-app/limits"
measure unlimited 1
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
metrics=$(curl -s "http://127.0.0.1:$mgmt/q/metrics" | grep '^gateway_rate_limited_total' || true)

kill $gw; wait $gw 2>/dev/null || true
denied=$(psql_on "$db" -c "select count(*) from audit_record where client_id = 'flood-app' and outcome = 'DENIED' and http_status = 429")
pending=$(psql_on "$db" -c "select count(*) from audit_record where outcome = 'PENDING'")
rows_a=$(psql_on "$db" -c "select count(*) from audit_record where client_id = 'flood-app'")

lat() { awk -v q="$2" '$1 == q"%" && $2 == "in" {printf "%.1f", $3 * 1000}' "$1"; }
rps() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$1"; }
status() { awk -v s="[$2]" '$1 == s {n = $2} END {print n + 0}' "$1"; }
errors() { awk '/Status code distribution/ {s = 1; next} /Error distribution/ {s = 0; d = 1; next}
  s && /\[[0-9]+\]/ {c = $1; gsub(/[\[\]]/, "", c); if (c !~ /^2/) e += $2} d && /\[[0-9]+\]/ {c = $1; gsub(/[\[\]]/, "", c); e += c}
  END {print e + 0}' "$1"; }
total() { awk '/Status code distribution/ {s = 1; next} /Error distribution/ {s = 0} s && /\[[0-9]+\]/ {n += $2} END {print n + 0}' "$1"; }

stamp=$(date +%Y-%m-%d)
out="bench/results/$stamp-fairshare.md"
[ -e "$out" ] && out="bench/results/$stamp-$(date +%H%M)-fairshare.md"
{
  echo "# Fair share per client: $stamp"
  echo
  echo "\`bench/fairshare.sh\` on \`$rev\`: the packaged jar (prod profile) in front of bench/BenchMagda.java, audit log"
  echo "and authorization on. Client A (\`flood-app\`): own limits $a_rps req/s, burst $a_rps, $a_conc concurrent calls;"
  echo "it floods at 10x that ($((a_rps * 10)) req/s, 40 connections). Client B (\`steady-app\`): the default limits"
  echo "(\`$defaults\`), $b_rps req/s on 4 connections. The stand-in answers after $delay ms; the gateway's bulkhead"
  echo "is $bulkhead in flight + $bulkhead queued per service (MAGDA_BULKHEAD_LIMIT/QUEUE). $duration per run."
  echo
  echo "| run | B p50 / p90 / p99 (ms) | B req/s | B errors | A answers: 200 / 429 / other | A req/s | gateway CPU (s) |"
  echo "|---|---|---|---|---|---|---|"
  for r in alone limited unlimited; do
    label=$r
    case $r in alone) label="B alone" ;; limited) label="B + A flooding at 10x its limit" ;; unlimited) label="control: B + the same flood, A without own limits" ;; esac
    if [ -f "$tmp/$r-a.txt" ]; then
      a200=$(status "$tmp/$r-a.txt" 200); a429=$(status "$tmp/$r-a.txt" 429)
      aother=$(( $(total "$tmp/$r-a.txt") - a200 - a429 ))
      acol="$a200 / $a429 / $aother | $(rps "$tmp/$r-a.txt")"
    else acol="— | —"; fi
    printf '| %s | %s / %s / %s | %s | %s | %s | %s |\n' "$label" "$(lat "$tmp/$r-b.txt" 50)" "$(lat "$tmp/$r-b.txt" 90)" \
      "$(lat "$tmp/$r-b.txt" 99)" "$(rps "$tmp/$r-b.txt")" "$(errors "$tmp/$r-b.txt")" "$acol" \
      "$(awk -v ms="$(cat "$tmp/$r-cpu")" 'BEGIN {printf "%.1f", ms / 1000}')"
  done
  echo
  echo "Audit log: $denied rows of flood-app DENIED with status 429 (of $rows_a rows of flood-app); $pending rows PENDING."
  echo
  echo "Refusals counted by the gateway (\`/q/metrics\`):"
  echo
  echo '```'
  echo "$metrics"
  echo '```'
  echo
  echo "Machine: $(nproc) cores, load average $load_before before, $load_after after (shared with other work: compare"
  echo "the runs with each other, not with other days). $(java -version 2>&1 | head -1)."
} >"$out"
cat "$out"
