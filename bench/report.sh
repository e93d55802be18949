#!/usr/bin/env bash
# Turns what bench/run.sh collected in target/bench (runs.tsv, startup.tsv, rss.tsv, audit.tsv, profile.md,
# meta.env) into the results file, baseline and candidate side by side, and prints it.
#   bash bench/report.sh TMP_DIR OUT_FILE
set -euo pipefail
tmp=$1 out=$2
# shellcheck disable=SC1091
source "$tmp/meta.env"
read -r -a gws <<<"$gws"
declare -A label=([cand]="$label_cand")
[ -n "${label_base:-}" ] && label[base]="$label_base"
has_base=0; [ "${#gws[@]}" -gt 1 ] && has_base=1

median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# val LOAD TARGET WHO FIELD: median over rounds; FIELD is p50 p90 p99 rps n errors cpu (ms per request)
val() {
  awk -F'\t' -v ld="$1" -v target="$2" -v who="$3" -v f="$4" '
    $2 == ld && $3 == target && $4 == who {
      if (f == "p50") v = $5; else if (f == "p90") v = $6; else if (f == "p99") v = $7; else if (f == "rps") v = $8
      else if (f == "n") v = $9; else if (f == "errors") v = $10; else if (f == "cpu") v = ($9 > 0 ? $11 / $9 : "n/a")
      if (v != "n/a" && v != "") print v
    }' "$tmp/runs.tsv" | median
}
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN {if (v == "n/a" || v == "") print "n/a"; else printf "%.*f", d, v}'; }
lat() { echo "$(fmt "$(val "$1" "$2" "$3" p50)") / $(fmt "$(val "$1" "$2" "$3" p90)") / $(fmt "$(val "$1" "$2" "$3" p99)")"; }
added() { # LOAD TARGET WHO PCT: gateway minus direct, both medians
  awk -v a="$(val "$1" "$2" "$3" "$4")" -v b="$(val "$1" direct direct "$4")" \
    'BEGIN {if (a == "n/a" || b == "n/a") print "n/a"; else printf "%+.1f", a - b}'
}
describe() {
  local rate=${1%%r*} conns=${1#*r}
  if [[ "$conns" == *s ]]; then echo "$rate req/s, ${conns%s} conn., spread evenly"; else echo "$rate req/s, ${conns%c} conn."; fi
}
cols() { local s=""; for g in "${gws[@]}"; do s="$s | ${label[$g]} $1"; done; echo "$s"; }
sep() { local s="|---|---"; for _ in $(seq 1 "$1"); do s="$s|---"; done; echo "$s|"; }
per_gw() { # FUNCTION ARGS...: "| v1 | v2" with one value per gateway (the gateway appended as last argument)
  local s=""; for g in "${gws[@]}"; do s="$s | $("$@" "$g")"; done; echo "$s"
}
endpoint_name() {
  case "$1" in
    direct) echo "the stand-in, called directly (SOAP POST)" ;;
    ping) echo '`GET /api/v1/health?level=PING`' ;;
    entities) echo '`GET /api/v1/admin/entities` (token + one query)' ;;
    person) echo '`GET /api/v1/persons/{insz}`' ;;
  esac
}
loads=(100r10c 100r10s 200r10c 100r1c)
cell_lat() { lat "$1" "$2" "$3"; }
cell_lat_direct() { lat "$1" direct direct; }
cell_rps() { fmt "$(val "$1" "$2" "$3" rps)" 0; }
cell_err() { fmt "$(val "$1" "$2" "$3" errors)" 0; }
cell_added() { echo "$(added "$1" "$2" "$3" p50) / $(added "$1" "$2" "$3" p99)"; }
cell_cpu() { fmt "$(val "$1" "$2" "$3" cpu)" 2; }
cell_n() { fmt "$(val "$1" "$2" "$3" n)" 0; }

startup_val() { # VARIANT GW FIELD(4 launch ms, 5 quarkus s, 6 rss): median
  awk -F'\t' -v v="$1" -v g="$2" -v f="$3" '$1 == v && $2 == g && $f != "n/a" {print $f}' "$tmp/startup.tsv" | median
}
startup_all() { awk -F'\t' -v v="$1" -v g="$2" '$1 == v && $2 == g {printf "%s%.1f", (n++ ? ", " : ""), $4 / 1000}' "$tmp/startup.tsv"; }
cell_start() { local m; m=$(startup_val "$1" "$2" 4); [ "$m" = n/a ] && { echo "n/a"; return; }; echo "$(fmt "$(awk -v m="$m" 'BEGIN {print m / 1000}')" 2) s ($(startup_all "$1" "$2"))"; }
cell_quarkus() { local q; q=$(startup_val "$1" "$2" 5); [ "$q" = n/a ] && echo "n/a" || echo "$(fmt "$q" 2) s"; }
cell_rss_start() { echo "$(fmt "$(startup_val "$1" "$2" 6)" 0) MiB"; }
rss() { awk -F'\t' -v g="$1" -v w="$2" '$1 == g && $2 == w {print $3}' "$tmp/rss.tsv"; }
variant_name() {
  case "$1" in
    plain17) echo 'JDK 17, plain `java -jar`' ;;
    appcds17) echo 'JDK 17, AppCDS (`-XX:SharedArchiveFile=app-cds.jsa`)' ;;
    pod17) echo 'JDK 17 as deploy/kubernetes runs it (768 MiB limit, 50 % heap: `-XX:MaxRAM=768m -XX:MaxRAMPercentage=50`)' ;;
    plain25) echo 'JDK 25, plain `java -jar`' ;;
    aot25) echo 'JDK 25, AOT cache (`-XX:AOTCache=app.aot`)' ;;
  esac
}
# audit per gateway, summed over its instances: calls, rows with reference, distinct references, PENDING, HTTP 200s
audit_sum() {
  awk -F'\t' -v g="$1" -v f="$2" '$1 == g {if ($f == "n/a") na = 1; else s += $f} END {print na ? "n/a" : s + 0}' "$tmp/audit.tsv"
}
audit_failures() { # instances where a call has no row or more than one, or a row stayed PENDING
  awk -F'\t' -v g="$1" '$1 == g && (($3 != "n/a" && $3 != $4) || $4 != $5 || $6 != 0) {printf "%s%s", (n++ ? ", " : ""), $2}' "$tmp/audit.tsv"
}
verdict() { local f; f=$(audit_failures "$1"); if [ -z "$f" ]; then echo "PASS"; else echo "FAIL ($f)"; fi; }
verdict_note() { awk -F'\t' -v g="$1" '$1 == g && $3 == "n/a" {n++} END {if (n) printf " (%d instance(s) without magda_requests_total: rows checked for duplicates and PENDING only)", n}' "$tmp/audit.tsv"; }

met() { # VALUE OP LIMIT
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {if (v == "n/a" || v == "") {print "n/a"; exit}
    ok = (op == "<=") ? (v + 0 <= l + 0) : (v + 0 >= l + 0); print ok ? "met" : "**not met**"}'
}
target_row() { # NAME LIMIT-TEXT FUNCTION OP LIMIT: the function gives a gateway's value
  local name=$1 text=$2 fn=$3 op=$4 limit=$5 b="" c
  c=$("$fn" cand)
  if [ $has_base = 1 ]; then b=" | $("$fn" base)"; fi
  echo "| $name | $text$b | $c | $(met "$c" "$op" "$limit") |"
}
t_cpu() { fmt "$(val 200r10c person "$1" cpu)" 2; }
t_add50_100() { added 100r10c person "$1" p50; }
t_add99_100() { added 100r10c person "$1" p99; }
t_add50_200() { added 200r10c person "$1" p50; }
t_add99_200() { added 200r10c person "$1" p99; }
t_add50_spread() { added 100r10s person "$1" p50; }
t_add99_spread() { added 100r10s person "$1" p99; }
t_max() { fmt "$(val max32c person "$1" rps)" 0; }
t_start17() { fmt "$(awk -v m="$(startup_val plain17 "$1" 4)" 'BEGIN {if (m == "n/a") print "n/a"; else print m / 1000}')" 2; }
t_start_aot() { fmt "$(awk -v m="$(startup_val aot25 "$1" 4)" 'BEGIN {if (m == "n/a") print "n/a"; else print m / 1000}')" 2; }
t_rss() { rss "$1" warm; }
t_rss_pod() { fmt "$(startup_val pod17 "$1" 6)" 0; }

{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  if [ "$quick" = 1 ]; then
    echo "> **Smoke run (quick mode): ${duration} per run, proves that the script works end to end. These figures are not a measurement.**"
    echo
  fi
  if [ "${busy_before:-0}" -gt 20 ] 2>/dev/null; then
    echo "> **The machine was ${busy_before}% busy with other work just before the measured runs: every figure below is skewed by it.**"
    echo
  fi
  echo "Command: \`$(for v in $(compgen -v env_); do printf '%s=%s ' "${v#env_}" "${!v}"; done)${command_line% }\`"
  echo
  [ $has_base = 1 ] && echo "- Baseline: \`$base_rev\` (built in a temporary git worktree)."
  echo "- Candidate: the working tree at \`$cand_rev\`."
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $java17_version${java25_version:+; $java25_version}; PostgreSQL $(psql --version | awk '{print $3}') on the same machine. Load generators, gateways, database and stand-in share the cores."
  echo "- Load average at the script's start: $load_at_start; before the measured runs: $load_before (in a 3 s window just before them, other work than this benchmark's kept the CPUs ${busy_before}% busy); after: $load_after. Anything else running skews these numbers."
  echo "- Method: packaged jar, prod profile, authentication + entity authorization + audit log ON; each gateway instance on a fresh database; one stand-in (\`bench/BenchMagda.java\`, ~8 KB answer echoing the request's references and INSZ). Fixed rates with \`hey\` ($duration per run, after a ${warmup}s warm-up), maximum throughput with \`wrk\` (32 connections). $rounds round(s), the gateways interleaved per scenario and the order reversed every other round; every figure is the median over the rounds."
  echo
  echo "## Latency at fixed rates (hey; p50 / p90 / p99 in ms)"
  echo
  both=""; [ $has_base = 1 ] && both=" (baseline / candidate)"
  echo "| load | endpoint$(cols "p50 / p90 / p99") | achieved req/s$both | errors$both |"
  sep $((${#gws[@]} + 2))
  for load in "${loads[@]}"; do
    echo "| $(describe "$load") | $(endpoint_name direct)$(per_gw cell_lat_direct "$load") | $(cell_rps "$load" direct direct) | $(cell_err "$load" direct direct) |"
    for target in ping entities person; do
      rps=$(for g in "${gws[@]}"; do printf '%s / ' "$(cell_rps "$load" "$target" "$g")"; done)
      err=$(for g in "${gws[@]}"; do printf '%s / ' "$(cell_err "$load" "$target" "$g")"; done)
      echo "| $(describe "$load") | $(endpoint_name "$target")$(per_gw cell_lat "$load" "$target") | ${rps% / } | ${err% / } |"
    done
  done
  echo
  if [ $has_base = 1 ]; then echo "The stand-in row is one run per round, shared by both columns."; echo; fi
  echo "## Added latency over the direct call (gateway minus stand-in at the same load; p50 / p99 in ms)"
  echo
  echo "| load | endpoint$(cols "added p50 / p99") |"
  sep "${#gws[@]}"
  for load in "${loads[@]}"; do
    for target in ping entities person; do
      echo "| $(describe "$load") | $(endpoint_name "$target")$(per_gw cell_added "$load" "$target") |"
    done
  done
  echo
  echo "## CPU per request of the gateway process (ms; utime+stime from /proc/<pid>/stat over the run, divided by the responses)"
  echo
  echo "Only the gateway's own process: the stand-in, PostgreSQL and the load generator are not counted. The stand-in's own CPU per request is shown for scale."
  echo
  echo "| load | endpoint$(cols "ms/request") | responses$both |"
  sep $((${#gws[@]} + 1))
  for load in "${loads[@]}" max32c; do
    name=$(describe "$load"); [ "$load" = max32c ] && name="max (wrk, 32 conn.)"
    echo "| $name | stand-in, per direct call$(per_gw cell_cpu "$load" direct direct) | $(cell_n "$load" direct direct) |"
    targets=(ping entities person); [ "$load" = max32c ] && targets=(person)
    for target in "${targets[@]}"; do
      n=$(for g in "${gws[@]}"; do printf '%s / ' "$(cell_n "$load" "$target" "$g")"; done)
      echo "| $name | $(endpoint_name "$target")$(per_gw cell_cpu "$load" "$target") | ${n% / } |"
    done
  done
  echo
  echo "## Maximum throughput (wrk, 32 connections, $duration)"
  echo
  echo "| endpoint$(cols "req/s")$(cols "p50 / p90 / p99 (ms)") | errors$both |"
  sep $((2 * ${#gws[@]}))
  rps_direct=$(cell_rps max32c direct direct)
  echo "| $(endpoint_name direct)$(for _ in "${gws[@]}"; do printf ' | %s' "$rps_direct"; done)$(per_gw cell_lat_direct max32c) | $(cell_err max32c direct direct) |"
  err=$(for g in "${gws[@]}"; do printf '%s / ' "$(cell_err max32c person "$g")"; done)
  echo "| $(endpoint_name person)$(per_gw cell_rps max32c person)$(per_gw cell_lat max32c person) | ${err% / } |"
  if [ $has_base = 1 ]; then
    echo
    echo "Candidate / baseline: $(awk -v c="$(val max32c person cand rps)" -v b="$(val max32c person base rps)" 'BEGIN {if (b > 0) printf "%.2f×", c / b; else print "n/a"}')."
  fi
  echo
  echo "## Start-up (launch to the first successful \`GET /api/v1/persons/{insz}\`, fresh database each time)"
  echo
  echo "Median of $starts start(s) per variant and gateway (all values in brackets), seeding the entity and grant through the admin API once the gateway is live; Quarkus' own \"started in\"; RSS after a short warm-up."
  echo
  echo "| variant$(cols "launch → first lookup")$(cols "Quarkus start")$(cols "RSS after warm-up") |"
  sep $((3 * ${#gws[@]} - 1))
  for v in $(cut -f1 "$tmp/startup.tsv" | awk '!seen[$0]++'); do
    echo "| $(variant_name "$v")$(per_gw cell_start "$v")$(per_gw cell_quarkus "$v")$(per_gw cell_rss_start "$v") |"
  done
  if [ "$aot" = 1 ]; then
    echo
    echo "JDK 25 AOT cache: a training run per gateway (\`java -XX:AOTCacheOutput=app.aot -jar quarkus-run.jar\` from the app directory, started on a fresh database, 200 lookups, 50 entity listings, 50 PINGs, then stopped: the JVM writes the cache at exit), then \`java -XX:AOTCache=app.aot -jar quarkus-run.jar\`. The project itself still builds and runs on JDK 17."
  fi
  echo
  echo "## Memory of the load-phase gateways (RSS, MiB)"
  echo
  echo "| when$(cols "RSS") |"
  sep $((${#gws[@]} - 1))
  echo "| after warm-up$(for g in "${gws[@]}"; do printf ' | %s' "$(rss "$g" warm)"; done) |"
  echo "| after all load runs$(for g in "${gws[@]}"; do printf ' | %s' "$(rss "$g" loaded)"; done) |"
  echo
  echo "## Audit integrity (every gateway instance of this run, summed)"
  echo
  echo "| gateway | instances | MAGDA calls (\`magda_requests_total\`) | audit rows with a MAGDA reference | distinct references | PENDING | HTTP 200s on persons | check |"
  echo "|---|---|---|---|---|---|---|---|"
  for g in "${gws[@]}"; do
    echo "| ${label[$g]} | $(awk -F'\t' -v g="$g" '$1 == g {n++} END {print n + 0}' "$tmp/audit.tsv") | $(audit_sum "$g" 3) | $(audit_sum "$g" 4) | $(audit_sum "$g" 5) | $(audit_sum "$g" 6) | $(audit_sum "$g" 8) | $(verdict "$g")$(verdict_note "$g") |"
  done
  echo
  echo "PASS: in every instance each MAGDA call the gateway counted has exactly one audit row carrying its reference, and no row is left PENDING. HTTP 200s can be fewer than calls: a client that hangs up when a load run stops is recorded as CLIENT_ERROR/499."
  echo
  if [ -f "$tmp/profile.md" ]; then
    echo "## Profile of the candidate (JFR, \`settings=profile\`, person lookups at 200 req/s on 10 connections, $duration)"
    echo
    awk '/Latency distribution/ {d = 1} d && $2 == "in" {l[$1] = sprintf("%.1f", $3 * 1000)} /Requests\/sec/ {r = $2}
      function v(k) {return (k in l) ? l[k] : "n/a"}
      END {printf "The profiled run itself (JFR on, so slower): p50 %s / p90 %s / p99 %s ms, %.0f req/s.\n\n", v("50%"), v("90%"), v("99%"), r}' "$tmp/runs/profiled-run.txt"
    cat "$tmp/profile.md"
  fi
  echo "## Against the targets of issue #13"
  echo
  echo "| target | limit$([ $has_base = 1 ] && echo " | baseline") | candidate | candidate meets it? |"
  echo "|---|---$([ $has_base = 1 ] && echo "|---")|---|---|"
  target_row "gateway CPU per lookup at 200 req/s (ms)" "≤ 0.5" t_cpu "<=" 0.5
  target_row "added p50 at 100 req/s, 10 conn. (ms)" "≤ 2" t_add50_100 "<=" 2
  target_row "added p99 at 100 req/s, 10 conn. (ms)" "≤ 10" t_add99_100 "<=" 10
  target_row "added p50 at 200 req/s, 10 conn. (ms)" "≤ 2" t_add50_200 "<=" 2
  target_row "added p99 at 200 req/s, 10 conn. (ms)" "≤ 10" t_add99_200 "<=" 10
  target_row "added p50 at 100 req/s, 10 conn. spread evenly (ms)" "≤ 2" t_add50_spread "<=" 2
  target_row "added p99 at 100 req/s, 10 conn. spread evenly (ms)" "≤ 10" t_add99_spread "<=" 10
  if [ $has_base = 1 ]; then
    mx=$(awk -v b="$(val max32c person base rps)" 'BEGIN {m = 3 * b; if (m < 2000) m = 2000; printf "%.0f", m}')
    target_row "maximum throughput (req/s)" "≥ 3× baseline and ≥ 2,000 (= $mx)" t_max ">=" "$mx"
  else
    target_row "maximum throughput (req/s)" "≥ 2,000 (and ≥ 3× the figure before the change)" t_max ">=" 2000
  fi
  target_row "launch to first lookup, plain JDK 17 (s)" "≤ 3.5" t_start17 "<=" 3.5
  [ "$aot" = 1 ] && target_row "launch to first lookup, JDK 25 AOT cache (s)" "≤ 2" t_start_aot "<=" 2
  target_row "RSS after warm-up (MiB)" "≤ 250" t_rss "<=" 250
  target_row "RSS after warm-up, as deploy/kubernetes runs it (MiB)" "≤ 250" t_rss_pod "<=" 250
  echo "| audit: none lost, none PENDING | PASS$([ $has_base = 1 ] && echo " | $(verdict base)") | $(verdict cand) | $([ "$(verdict cand)" = PASS ] && echo met || echo "**not met**") |"
  echo
  echo "## Notes"
  echo
  echo "- hey rate-limits each connection (closed loop), so fixed-rate latencies carry no coordinated-omission correction; wrk2-style open-loop load is not packaged for Debian."
  echo "- CPU per request divides the whole process's CPU over the run (GC, JIT and timers included) by the responses of that run."
  echo "- Raw outputs of every run: \`target/bench/runs/\`; gateway logs: \`target/bench/gateway-*.log\`."
} >"$out"
cat "$out"
