#!/usr/bin/env bash
# What one lookup costs, measured in one run beside a direct SOAP call: the working tree ("candidate") and, when
# asked, an older git ref ("baseline"), side by side against the same stand-in and the same PostgreSQL.
#
#   bench/run.sh [--baseline <git-ref>]
#
# Builds the packaged jar (with AppCDS) of the working tree and, with --baseline, of <git-ref> (in a temporary git
# worktree under target/; the built app is cached per commit in target/bench/). Starts a fast SOAP stand-in for
# MAGDA (bench/BenchMagda.java) and each gateway with authentication, entity authorization and the audit log ON,
# each on a fresh database, and measures, interleaved per scenario (baseline, candidate; the order alternates per
# round): start-up (launch to first successful lookup, Quarkus' own start time, RSS after warm-up; plain JDK 17,
# AppCDS, JDK 17 sized as deploy/kubernetes runs it, and opt-in JDK 25 AOT cache), latency at fixed rates with hey
# (the stand-in directly, health PING, admin entities, person lookup; 100 and 200 req/s on 10 connections, 100 req/s
# on 10 connections spread evenly, 100 req/s on 1), the gateway process's CPU per request (utime+stime from
# /proc/<pid>/stat over each run), maximum throughput with wrk (32 connections), a JFR
# profile of the candidate (top frames and a flame graph) and audit integrity per gateway instance.
# Writes bench/results/<date>.md (and <date>-candidate-flame.svg) and prints it. A full run with --baseline takes
# about half an hour (plus the builds); make it on a quiet machine: the results say how busy it was.
#
# Environment (all optional):
#   BENCH_QUICK=1          smoke mode: 3 s per run, 1 round, 1 start per variant, short warm-up, no JFR
#   BENCH_DURATION=20s     length of each measured run (hey -z / wrk -d)
#   BENCH_ROUNDS=2         rounds of the fixed-rate and wrk scenarios; tables show the median over rounds
#   BENCH_STARTS=3         start-up measurements per variant and gateway; tables show the median
#   BENCH_WARMUP=10        warm-up seconds per gateway before the measured runs
#   BENCH_JFR=1            profile the candidate with JFR (default: 1, 0 in quick mode)
#   BENCH_AOT=1            also measure JDK 25 plain and JDK 25 AOT cache start-up (skipped without /usr/lib/jvm/temurin-25*)
#   BENCH_BATCH=1          also run bench/batch.sh (a 10,000-person batch beside online lookups, issue #16) on the
#                          candidate's jar and append its report (about 5 minutes more)
#   BENCH_DB=magda_bench   prefix of the databases this run creates (letters, digits, _), dropped at the end unless
#                          BENCH_KEEP_DB=1; give each concurrent run its own
#   BENCH_JAVA=java        the JDK 17 `java` for the gateways and the stand-in
#   BENCH_PORT=18080       baseline gateway on this port, candidate on +1, the stand-in on +9
#   BENCH_JAVA_OPTS=...    extra JVM options for every gateway
#   BENCH_REBUILD=1        rebuild the baseline even when target/bench holds a build of that commit
#   BENCH_NO_BUILD=1       measure the candidate's existing target/quarkus-app without rebuilding it
#   DB_URL, DB_USER, DB_PASSWORD   the PostgreSQL server to use (default postgresql://127.0.0.1:5432/test, postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
command_line="bench/run.sh $*"

baseline_ref=""
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baseline_ref="${2:?--baseline needs a git ref}"; shift 2 ;;
    --baseline=*) baseline_ref="${1#--baseline=}"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown argument: $1 (see bench/run.sh --help)" >&2; exit 2 ;;
  esac
done

quick="${BENCH_QUICK:-0}"
if [ "$quick" = 1 ]; then
  duration="${BENCH_DURATION:-3s}" rounds="${BENCH_ROUNDS:-1}" starts="${BENCH_STARTS:-1}"
  warmup="${BENCH_WARMUP:-3}" jfr="${BENCH_JFR:-0}"
else
  duration="${BENCH_DURATION:-20s}" rounds="${BENCH_ROUNDS:-2}" starts="${BENCH_STARTS:-3}"
  warmup="${BENCH_WARMUP:-10}" jfr="${BENCH_JFR:-1}"
fi
aot="${BENCH_AOT:-0}"
db_prefix="${BENCH_DB:-magda_bench}"
port_base="${BENCH_PORT:-18080}"
magda_port=$((port_base + 9))
read -r -a extra_opts <<<"${BENCH_JAVA_OPTS:-}"
java17="${BENCH_JAVA:-java}"
jdk25=""
if [ "$aot" = 1 ]; then
  jdk25=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1 || true)
  [ -n "$jdk25" ] || { echo "bench: no JDK 25 in /usr/lib/jvm/temurin-25*: the AOT-cache variant is skipped" >&2; aot=0; }
fi

tmp="$root/target/bench"
mkdir -p "$tmp"
find "$tmp" -mindepth 1 -maxdepth 1 ! -name 'baseline-*' -exec rm -rf {} + # all but the cached baseline builds
mkdir -p "$tmp/runs" bench/results
stamp=$(date +%Y-%m-%d)
[ "$quick" = 1 ] && stamp="$stamp-quick"
[ "$quick" != 1 ] && [ -e "bench/results/$stamp.md" ] && stamp="$stamp-$(date +%H%M)"
log() { printf '\n== %s\n' "$*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load_at_start=$(loadavg)

for tool in wrk hey psql curl git; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    pkg=$tool; [ "$tool" = psql ] && pkg=postgresql-client
    log "installing $pkg"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null) \
      || die "please install $pkg"
  fi
done

# ---- databases: fresh ones next to DB_URL's, named after BENCH_DB so that two runs never share one
base_url="${DB_URL:-postgresql://127.0.0.1:5432/test}"
db_hostport="${base_url#postgresql://}"; db_hostport="${db_hostport%%/*}"
db_host="${db_hostport%%:*}"; db_port="${db_hostport##*:}"; [ "$db_port" = "$db_host" ] && db_port=5432
export DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-}"
export PGPASSWORD="$DB_PASSWORD"
psql_on() { local db=$1; shift; PGOPTIONS='-c client_min_messages=warning' psql -h "$db_host" -p "$db_port" -U "$DB_USER" -d "$db" -qtA "$@"; }
created_dbs=()
fresh_db() { # NAME: drops and creates it
  psql_on "${base_url##*/}" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
  case " ${created_dbs[*]:-} " in *" $1 "*) ;; *) created_dbs+=("$1") ;; esac
}
db_url() { echo "postgresql://$db_host:$db_port/$1"; }

# ---- gateway configuration: only the contract's variables (DB_URL and QUARKUS_HTTP_PORT are set per instance)
export MAGDA_URL="http://127.0.0.1:$magda_port/api/Magda-02.00/soap/WebService"
export MAGDA_TIMEOUT=PT5S GATEWAY_ALLOW_TEST_NUMBERS=true
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/dev/jwt/publicKey.pem" MP_JWT_VERIFY_ISSUER=https://idp.dev.magda-gateway
export MP_JWT_VERIFY_AUDIENCES=magda-gateway MAGDA_CLIENT_ID=kb.vlaanderen.be/magda-gateway MAGDA_CAPACITY=1300
# a generous bulkhead: this benchmark measures cost, not refusal
export MAGDA_BULKHEAD_LIMIT=200 MAGDA_BULKHEAD_QUEUE=400
# and generous per-client limits (README "Fair share per client"): one client measures the gateway's full throughput
export GATEWAY_RATE_LIMIT_RPS=100000 GATEWAY_RATE_LIMIT_BURST=100000 GATEWAY_RATE_LIMIT_CONCURRENT=100000

# ---- builds
declare -A app label port pid
gws=(cand)
app[cand]="$root/target/quarkus-app"
label[cand]="candidate (working tree)"
port[cand]=$((port_base + 1))
cand_rev="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' + uncommitted changes')"

worktree=""
cleanup() {
  for p in "${pids_started[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$worktree" ] && [ -d "$worktree" ]; then git worktree remove --force "$worktree" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
    for db in "${created_dbs[@]:-}"; do
      [ -n "$db" ] && psql_on "${base_url##*/}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    done
  fi
}
pids_started=()
trap cleanup EXIT

if [ "${BENCH_NO_BUILD:-0}" = 1 ] && [ -f "${app[cand]}/quarkus-run.jar" ]; then
  log "candidate: BENCH_NO_BUILD=1, using the existing ${app[cand]} as it is"
  cand_rev="$cand_rev (jar not rebuilt: BENCH_NO_BUILD=1)"
else
  log "building the candidate (working tree, $cand_rev): packaged jar with an AppCDS archive"
  ./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >"$tmp/build-candidate.log" 2>&1 \
    || { tail -40 "$tmp/build-candidate.log"; die "candidate build failed"; }
fi

if [ -n "$baseline_ref" ]; then
  base_sha=$(git rev-parse --verify "$baseline_ref^{commit}") || die "unknown git ref: $baseline_ref"
  base_rev="$baseline_ref = $(git log -1 --format='%h %s' "$base_sha")"
  cache="$tmp/baseline-$base_sha"
  if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f "$cache/quarkus-app/quarkus-run.jar" ]; then
    log "building the baseline ($base_rev) in a temporary worktree"
    worktree="$root/target/bench-baseline-src"
    git worktree remove --force "$worktree" 2>/dev/null || true # left over by an interrupted run
    rm -rf "$worktree"
    git worktree add --force --detach "$worktree" "$base_sha" >/dev/null 2>&1 || die "git worktree add failed"
    (cd "$worktree" && ./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true) \
      >"$tmp/build-baseline.log" 2>&1 || { tail -40 "$tmp/build-baseline.log"; die "baseline build failed"; }
    rm -rf "$cache"; mkdir -p "$cache"
    cp -a "$worktree/target/quarkus-app" "$cache/" # -a keeps the jars' times, which the AppCDS archive checks
    git worktree remove --force "$worktree"; worktree=""
  else
    log "baseline ($base_rev): reusing the build in $cache"
  fi
  gws=(base cand)
  app[base]="$cache/quarkus-app"
  label[base]="baseline ($baseline_ref)"
  port[base]=$port_base
fi
for g in "${gws[@]}"; do [ -f "${app[$g]}/app-cds.jsa" ] || log "note: no AppCDS archive for ${label[$g]}"; done

# ---- the stand-in for MAGDA
log "starting the SOAP stand-in for MAGDA on port $magda_port"
"$java17" -Xmx256m -Dthreads=4 -Dsun.net.httpserver.nodelay=true bench/BenchMagda.java "$magda_port" \
  bench/geefpersoon-answer.xml >"$tmp/magda.log" 2>&1 &
magda_pid=$!
pids_started+=("$magda_pid")
for _ in $(seq 1 200); do curl -s -o /dev/null -X POST "$MAGDA_URL" && break; sleep 0.1; done

insz=85611512387
export BENCH_ENTITY=BENCH BENCH_TOKEN BENCH_SOAP_REQUEST="$tmp/soap-request.xml"
BENCH_TOKEN="$(dev/token.sh consult bench-app)"
admin_token="$(dev/token.sh admin bench-admin)"
sed "s/INSZ_HERE/$insz/" bench/soap-request.xml >"$BENCH_SOAP_REQUEST"
gw_url() { echo "http://127.0.0.1:${port[$1]}$2"; }
# /q/* (health, metrics): the management port (public port + 100) where the build serves it there, else the public one
mgmt_port() { echo $(( ${port[$1]} + 100 )); }
q_url() {
  if curl -s -o /dev/null "http://127.0.0.1:$(mgmt_port "$1")/q/health/live"; then
    echo "http://127.0.0.1:$(mgmt_port "$1")$2"
  else
    gw_url "$1" "$2"
  fi
}
person_path="/api/v1/persons/$insz"

# ---- gateway instances
# start_gateway GW INSTANCE DB JAVA [java options...]: sets started_pid; writes launch-to-first-lookup (ms) and
# Quarkus' reported start time (s) to $tmp/start-INSTANCE
start_gateway() {
  local g=$1 instance=$2 db=$3 java=$4; shift 4
  local url seeded=0 t0
  url=$(gw_url "$g" "$person_path")
  t0=$(date +%s%N)
  (cd "${app[$g]}" && DB_URL=$(db_url "$db") QUARKUS_HTTP_PORT=${port[$g]} QUARKUS_MANAGEMENT_PORT=$(mgmt_port "$g") exec "$java" "$@" "${extra_opts[@]}" \
    -jar quarkus-run.jar) >"$tmp/gateway-$instance.log" 2>&1 &
  started_pid=$!
  pids_started+=("$started_pid")
  until curl -sf -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH" "$url"; do
    kill -0 "$started_pid" 2>/dev/null || die "gateway $instance died; see $tmp/gateway-$instance.log"
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 180 ] || die "gateway $instance not answering after 180 s"
    if [ $seeded = 0 ] && curl -sf -o /dev/null "$(q_url "$g" /q/health/live)"; then seed "$g" && seeded=1; fi
    sleep 0.02
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local quarkus_s
  quarkus_s=$(grep -o 'started in [0-9.]*s' "$tmp/gateway-$instance.log" | head -1 | grep -o '[0-9.]*' || echo "n/a")
  echo "$ms $quarkus_s" >"$tmp/start-$instance"
}
seed() { # GW: the entity, the grant and the employee link the lookups need, through the admin API as an operator would
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
    -d '{"name":"Benchmark department","kind":"DEPARTMENT","kszLookup":true}' "$(gw_url "$1" /api/v1/admin/entities/BENCH)" \
  && curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $admin_token" \
    "$(gw_url "$1" /api/v1/admin/clients/bench-app/entities/BENCH)" \
  && curl -sf -o /dev/null -X POST -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
    -d "[{\"entity\":\"BENCH\",\"insz\":\"$insz\",\"relation\":\"EMPLOYEE\",\"start\":\"2020-01-01\"}]" \
    "$(gw_url "$1" /api/v1/admin/links)" # the employee rule (GATEWAY_REQUIRE_LINK) is on in prod
}
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
cpu_ticks() { awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; } # utime+stime, after "(comm) "
clk_tck=$(getconf CLK_TCK)
metric_sum() { # GW AWK-CONDITION: sum of the matching Prometheus samples
  curl -s "$(q_url "$1" /q/metrics)" | awk "$2"' {s += $2; n++} END {if (n) printf "%d", s; else print "n/a"}'
}
# stop_and_check GW INSTANCE DB PID: reads what the gateway counted, stops it gracefully (requests in flight complete
# their audit rows), then checks its database: every MAGDA call has exactly one final audit row, none PENDING
stop_and_check() {
  local g=$1 instance=$2 db=$3 p=$4 calls answered
  sleep 1 # let requests still in flight when the load generator stopped finish
  calls=$(metric_sum "$g" '/^magda_requests_total\{/ && /service="GeefPersoon"/')
  answered=$(metric_sum "$g" '/^http_server_requests_seconds_count\{/ && /status="200"/ && /uri="\/api\/v1\/persons\/\{insz\}"/')
  kill "$p"; wait "$p" 2>/dev/null || true
  local with_ref distinct pending all
  with_ref=$(psql_on "$db" -c "select count(*) from audit_record where client_id = 'bench-app' and magda_reference is not null")
  distinct=$(psql_on "$db" -c "select count(distinct magda_reference) from audit_record where client_id = 'bench-app'")
  pending=$(psql_on "$db" -c "select count(*) from audit_record where outcome = 'PENDING'")
  all=$(psql_on "$db" -c "select count(*) from audit_record where client_id = 'bench-app'")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$g" "$instance" "$calls" "$with_ref" "$distinct" "$pending" "$all" \
    "$answered" >>"$tmp/audit.tsv"
}
warm() { # GW SECONDS: the three gateway paths, so that each is compiled before it is measured
  local g=$1 s=$2 half=$(( ($2 + 1) / 2 ))
  wrk -t2 -c16 -d"${s}s" -H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH" "$(gw_url "$g" "$person_path")" >/dev/null
  wrk -t2 -c8 -d"${half}s" -H "Authorization: Bearer $admin_token" "$(gw_url "$g" /api/v1/admin/entities)" >/dev/null
  wrk -t2 -c8 -d"${half}s" "$(gw_url "$g" '/api/v1/health?level=PING')" >/dev/null
}
order() { # ROUND: the gateways in this round's order (baseline first in odd rounds, candidate first in even ones)
  if [ $(( $1 % 2 )) = 1 ]; then echo "${gws[@]}"; else printf '%s ' "${gws[@]}" | awk '{for (i = NF; i > 0; i--) printf "%s ", $i}'; fi
}

# ---- start-up: nothing else runs; each start on a fresh database
variants=(plain17 appcds17 pod17)
declare -A vjava vopts
vjava[plain17]="$java17"; vopts[plain17]=""
vjava[appcds17]="$java17"; vopts[appcds17]="-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"
# As deploy/kubernetes runs it: a 768 MiB memory limit and the JVM image's heap ratio (50 %); on this 24 GiB box the
# JVM would otherwise size its heap from the whole machine.
vjava[pod17]="$java17"; vopts[pod17]="-XX:MaxRAM=768m -XX:MaxRAMPercentage=50"
if [ "$aot" = 1 ]; then
  variants+=(plain25 aot25)
  vjava[plain25]="$jdk25/bin/java"; vopts[plain25]=""
  vjava[aot25]="$jdk25/bin/java"; vopts[aot25]="-XX:AOTCache=app.aot"
  for g in "${gws[@]}"; do
    log "JDK 25 AOT cache for ${label[$g]}: training run (start + a few lookups), cache written at exit"
    rm -f "${app[$g]}/app.aot"
    db="${db_prefix}_${g}_start"; fresh_db "$db"
    start_gateway "$g" "$g-aot-training" "$db" "$jdk25/bin/java" -XX:AOTCacheOutput=app.aot
    hey -n 200 -c 4 -H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH" "$(gw_url "$g" "$person_path")" >/dev/null
    hey -n 50 -c 2 -H "Authorization: Bearer $admin_token" "$(gw_url "$g" /api/v1/admin/entities)" >/dev/null
    hey -n 50 -c 2 "$(gw_url "$g" '/api/v1/health?level=PING')" >/dev/null
    stop_and_check "$g" "$g-aot-training" "$db" "$started_pid"
    [ -f "${app[$g]}/app.aot" ] || die "no AOT cache written for $g; see $tmp/gateway-$g-aot-training.log"
  done
fi
startup_warm=$(( warmup < 5 ? warmup : 5 ))
for v in "${variants[@]}"; do
  for rep in $(seq 1 "$starts"); do
    for g in $(order "$rep"); do
      log "start-up $v #$rep: ${label[$g]}"
      db="${db_prefix}_${g}_start"; fresh_db "$db"
      read -r -a opts <<<"${vopts[$v]}"
      start_gateway "$g" "$g-$v-$rep" "$db" "${vjava[$v]}" "${opts[@]}"
      p=$started_pid
      read -r ms quarkus_s <"$tmp/start-$g-$v-$rep"
      wrk -t2 -c16 -d"${startup_warm}s" -H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH" \
        "$(gw_url "$g" "$person_path")" >/dev/null
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$v" "$g" "$rep" "$ms" "$quarkus_s" "$(rss_mb "$p")" >>"$tmp/startup.tsv"
      stop_and_check "$g" "$g-$v-$rep" "$db" "$p"
    done
  done
done

# ---- load: every gateway up at once (plain JDK 17), each on its own fresh database, warmed up
for g in "${gws[@]}"; do
  log "load phase: starting ${label[$g]} on port ${port[$g]}"
  fresh_db "${db_prefix}_$g"
  start_gateway "$g" "$g-load" "${db_prefix}_$g" "$java17" -XX:FlightRecorderOptions=stackdepth=256
  pid[$g]=$started_pid
done
log "warm-up: ${warmup}s per gateway (person), half that for entities and PING; the stand-in 3s"
wrk -t2 -c16 -d3s -s bench/soap-request.lua "$MAGDA_URL" >/dev/null
for g in "${gws[@]}"; do
  warm "$g" "$warmup"
  printf '%s\twarm\t%s\n' "$g" "$(rss_mb "${pid[$g]}")" >>"$tmp/rss.tsv"
done

load_before=$(loadavg)
# how busy the machine is with work other than ours (gateways and stand-in subtracted), over 3 s before the runs
ours() { local s=0 p; for p in "$magda_pid" "${pid[@]}"; do s=$((s + $(cpu_ticks "$p"))); done; echo "$s"; }
busy_before="$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6}' /proc/stat) $(ours)"
sleep 3
busy_before=$(awk -v prev="$busy_before" -v own="$(ours)" '/^cpu / {split(prev, a, " "); b = $2 + $3 + $4 + $7 + $8 + $9 - a[1]
  i = $5 + $6 - a[2]; o = own - a[3]; printf "%.0f", 100 * (b - o) / (b + i)}' /proc/stat)

soap_args=(-m POST -T 'text/xml; charset=UTF-8' -H 'SOAPAction: ""' -D "$BENCH_SOAP_REQUEST")
# measure ROUND LOAD TARGET WHO: one fixed-rate hey run; a row in runs.tsv with latency, rate and CPU of the process
measure() {
  local round=$1 load=$2 target=$3 who=$4
  local rate=${load%%r*} conns=${load#*r}; conns=${conns%c}
  local url args=() p
  case "$target" in
    direct) url=$MAGDA_URL; args=("${soap_args[@]}"); p=$magda_pid ;;
    ping) url=$(gw_url "$who" '/api/v1/health?level=PING'); p=${pid[$who]} ;;
    entities) url=$(gw_url "$who" /api/v1/admin/entities); args=(-H "Authorization: Bearer $admin_token"); p=${pid[$who]} ;;
    person) url=$(gw_url "$who" "$person_path"); args=(-H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH"); p=${pid[$who]} ;;
  esac
  local out="$tmp/runs/$round-$load-$target-$who.txt" c0 c1
  if [[ "$conns" == *s ]]; then measure_spread "$@"; return; fi
  c0=$(cpu_ticks "$p")
  hey -z "$duration" -c "$conns" -q "$(awk -v r="$rate" -v c="$conns" 'BEGIN {print r / c}')" "${args[@]}" "$url" >"$out"
  c1=$(cpu_ticks "$p")
  awk -v round="$round" -v ld="$load" -v target="$target" -v who="$who" -v cpu=$(( (c1 - c0) * 1000 / clk_tck )) '
    $2 == "in" && $3 ~ /^[0-9.]+$/ {lat[$1] = $3 * 1000}
    /Requests\/sec/ {rps = $2}
    /Status code distribution/ {s = 1; next}
    /Error distribution/ {s = 0; d = 1; next}
    s && /\[[0-9]+\]/ {code = $1; gsub(/[\[\]]/, "", code); n += $2; if (code !~ /^2/) e += $2}
    d && /\[[0-9]+\]/ {c = $1; gsub(/[\[\]]/, "", c); e += c}
    END {printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.0f\t%d\t%d\t%d\n", round, ld, target, who,
         ("50%" in lat) ? lat["50%"] : "n/a", ("90%" in lat) ? lat["90%"] : "n/a", ("99%" in lat) ? lat["99%"] : "n/a",
         rps, n, e, cpu}' "$out" >>"$tmp/runs.tsv"
}
# measure_spread: as measure, for a load such as 100r10s: the same rate on as many connections, their requests spread
# evenly over each period. hey's workers share one start, so "-c 10 -q 10" sends ten requests at the same instant
# every 100 ms and the later ones queue behind the earlier ones' CPU; here ten one-connection hey processes start a
# tenth of a period apart. Per-request times come from hey's CSV (transport errors are not in it, non-2xx are).
measure_spread() {
  local round=$1 load=$2 target=$3 who=$4 c0 c1 i spread_pids=()
  local per_conn_rate period_s secs
  conns=${conns%s}
  per_conn_rate=$(awk -v r="$rate" -v c="$conns" 'BEGIN {print r / c}')
  period_s=$(awk -v r="$rate" 'BEGIN {print 1 / r}')
  secs=${duration%s}
  c0=$(cpu_ticks "$p")
  for i in $(seq 0 $((conns - 1))); do
    (sleep "$(awk -v i="$i" -v p="$period_s" 'BEGIN {printf "%.4f", i * p}')"
     exec hey -z "$duration" -c 1 -q "$per_conn_rate" -o csv "${args[@]}" "$url" >"$out.$i.csv") &
    spread_pids+=($!)
  done
  wait "${spread_pids[@]}"
  c1=$(cpu_ticks "$p")
  cat "$out".*.csv | awk -F, '$1 ~ /^[0-9.]+$/ {print $1 * 1000, $7}' | sort -n | awk -v round="$round" -v ld="$load" \
    -v target="$target" -v who="$who" -v secs="$secs" -v cpu=$(( (c1 - c0) * 1000 / clk_tck )) '
    {lat[NR] = $1; if ($2 !~ /^2/) e++}
    function q(f) {i = int(NR * f); if (i < 1) i = 1; return lat[i]}
    END {printf "%s\t%s\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.0f\t%d\t%d\t%d\n", round, ld, target, who,
         q(0.5), q(0.9), q(0.99), NR / secs, NR, e, cpu}' >>"$tmp/runs.tsv"
}
# measure_max ROUND TARGET WHO: wrk with 32 connections, as fast as it goes
measure_max() {
  local round=$1 target=$2 who=$3 url script p
  if [ "$target" = direct ]; then url=$MAGDA_URL script=bench/soap-request.lua p=$magda_pid
  else url=$(gw_url "$who" "$person_path") script=bench/gateway-request.lua p=${pid[$who]}; fi
  local out="$tmp/runs/$round-max32c-$target-$who.txt" c0 c1
  c0=$(cpu_ticks "$p")
  wrk -t2 -c32 -d"$duration" -s "$script" "$url" >"$out"
  c1=$(cpu_ticks "$p")
  awk -v round="$round" -v target="$target" -v who="$who" -v cpu=$(( (c1 - c0) * 1000 / clk_tck )) '
    {for (i = 1; i <= NF; i++) if ($i ~ /^p[0-9]+_us=/) {split($i, a, "="); lat[a[1]] = a[2] / 1000}}
    /requests in/ {n = $1}
    /Requests\/sec/ {rps = $2}
    /Non-2xx/ {e += $5}
    /Socket errors/ {gsub(/,/, ""); e += $4 + $6 + $8 + $10}
    END {printf "%s\tmax32c\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.0f\t%d\t%d\t%d\n", round, target, who,
         lat["p50_us"], lat["p90_us"], lat["p99_us"], rps, n, e, cpu}' "$out" >>"$tmp/runs.tsv"
}

loads=(100r10c 100r10s 200r10c 100r1c)
for round in $(seq 1 "$rounds"); do
  for load in "${loads[@]}"; do
    rate=${load%%r*} conns=${load#*r}
    log "round $round/$rounds, $rate req/s on ${conns%[cs]} connection(s)$([[ $conns == *s ]] && echo ", spread evenly"): direct, then $(order "$round")"
    measure "$round" "$load" direct direct
    for target in ping entities person; do
      for g in $(order "$round"); do measure "$round" "$load" "$target" "$g"; done
    done
  done
  log "round $round/$rounds, maximum throughput (wrk, 32 connections): direct, then $(order "$round")"
  measure_max "$round" direct direct
  for g in $(order "$round"); do measure_max "$round" person "$g"; done
done

if [ "$jfr" = 1 ]; then
  log "JFR profile of the candidate: person lookups at 200 req/s, 10 connections, $duration"
  jcmd "${pid[cand]}" JFR.start name=bench settings=profile filename="$tmp/candidate.jfr" >/dev/null
  hey -z "$duration" -c 10 -q 20 -H "Authorization: Bearer $BENCH_TOKEN" -H "X-Entity: BENCH" \
    "$(gw_url cand "$person_path")" >"$tmp/runs/profiled-run.txt"
  jcmd "${pid[cand]}" JFR.stop name=bench >/dev/null
  # the candidate's CPU per lookup at the same load without JFR (the fixed-rate runs above), to turn shares into ms
  lookup_ms=$(awk -F'\t' '$2 == "200r10c" && $3 == "person" && $4 == "cand" && $9 > 0 {s += $11 / $9; n++}
    END {printf "%.3f", n ? s / n : 0}' "$tmp/runs.tsv")
  "$java17" bench/JfrReport.java "$tmp/candidate.jfr" "bench/results/$stamp-candidate-flame.svg" \
    "$tmp/candidate.collapsed" 25 "$lookup_ms" >"$tmp/profile.md"
  if command -v rsvg-convert >/dev/null 2>&1; then
    rsvg-convert -w 1600 "bench/results/$stamp-candidate-flame.svg" -o "bench/results/$stamp-candidate-flame.png" || true
  fi
fi

for g in "${gws[@]}"; do printf '%s\tloaded\t%s\n' "$g" "$(rss_mb "${pid[$g]}")" >>"$tmp/rss.tsv"; done
for g in "${gws[@]}"; do stop_and_check "$g" "$g-load" "${db_prefix}_$g" "${pid[$g]}"; done
kill "$magda_pid" 2>/dev/null || true

{
  printf 'command_line=%q\n' "$command_line"
  for v in BENCH_QUICK BENCH_DURATION BENCH_ROUNDS BENCH_STARTS BENCH_WARMUP BENCH_JFR BENCH_AOT BENCH_DB BENCH_PORT \
    BENCH_JAVA_OPTS BENCH_JAVA BENCH_REBUILD BENCH_NO_BUILD; do
    [ -n "${!v:-}" ] && printf 'env_%s=%q\n' "$v" "${!v}"
  done
  printf 'quick=%q duration=%q rounds=%q starts=%q warmup=%q jfr=%q aot=%q\n' "$quick" "$duration" "$rounds" "$starts" "$warmup" "$jfr" "$aot"
  printf 'gws=%q\n' "${gws[*]}"
  printf 'label_cand=%q cand_rev=%q\n' "${label[cand]}" "$cand_rev"
  [ -n "$baseline_ref" ] && printf 'label_base=%q base_rev=%q\n' "${label[base]}" "$base_rev"
  printf 'load_at_start=%q load_before=%q load_after=%q busy_before=%q\n' "$load_at_start" "$load_before" "$(loadavg)" "$busy_before"
  printf 'java17_version=%q\n' "$("$java17" -version 2>&1 | head -1)"
  [ -n "$jdk25" ] && printf 'java25_version=%q\n' "$("$jdk25/bin/java" -version 2>&1 | head -1)"
  printf 'stamp=%q\n' "$stamp"
} >"$tmp/meta.env"

bash bench/report.sh "$tmp" "bench/results/$stamp.md"

# Issue #16's figure on request: a 10,000-person batch beside online lookups (bench/batch.sh, the candidate's jar,
# its own database and ports), its report appended to this one.
if [ "${BENCH_BATCH:-0}" = 1 ]; then
  log "batch: bench/batch.sh on the candidate's jar"
  if BENCH_NO_BUILD=1 BENCH_PORT=$((port_base + 200)) BENCH_DB="${db_prefix}_batch" bash bench/batch.sh >"$tmp/batch.md"; then
    { printf '\n---\n\n'; sed 's/^# /## /' "$tmp/batch.md"; } >>"bench/results/$stamp.md"
  else
    printf '\n---\n\nbench/batch.sh failed; its output: %s\n' "$tmp/batch.md" >>"bench/results/$stamp.md"
  fi
fi
