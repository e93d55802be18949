#!/usr/bin/env bash
# Turns the raw wrk/hey outputs of bench/run.sh into bench/results/<date>.md and prints the summary table.
set -euo pipefail
tmp=$1 served=$2 audit_success=$3 audit_pending=$4 audit_all=$5 rss_plain=$6 rss_loaded=$7 rss_appcds=$8 answered=$9
out="bench/results/$(date +%Y-%m-%d).md"

hey_ms() { awk -v p="$2%" '$1 == p && $2 == "in" {printf "%.2f", $3 * 1000}' "$tmp/$1.txt"; }
hey_rps() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$tmp/$1.txt"; }
hey_errors() { awk '/Status code distribution/ {s=1; next} s && /\[/ {gsub(/[\[\]]/, "", $1); if ($1 != "200") e += $2} /Error distribution/ {s=0; d=1; next} d && /\[/ {e += $1} END {print e + 0}' "$tmp/$1.txt"; }
wrk_ms() { awk -v k="$2" '{for (i = 1; i <= NF; i++) if (index($i, k "=") == 1) {split($i, a, "="); printf "%.2f", a[2] / 1000}}' "$tmp/$1.txt"; }
wrk_rps() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$tmp/$1.txt"; }
wrk_errors() { awk '/Non-2xx/ {e += $5} /Socket errors/ {gsub(/,/, ""); e += $4 + $6 + $8 + $10} END {print e + 0}' "$tmp/$1.txt"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
diff_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

row_hey() { # RATE
  local d="direct-$1" g="gateway-$1"
  local dp50 dp90 dp99 gp50 gp90 gp99
  dp50=$(hey_ms "$d" 50); dp90=$(hey_ms "$d" 90); dp99=$(hey_ms "$d" 99)
  gp50=$(hey_ms "$g" 50); gp90=$(hey_ms "$g" 90); gp99=$(hey_ms "$g" 99)
  echo "| $1 req/s (hey) | $dp50 / $dp90 / $dp99 | $gp50 / $gp90 / $gp99 | +$(diff_ms "$gp50" "$dp50") / +$(diff_ms "$gp99" "$dp99") | $(hey_rps "$d") / $(hey_rps "$g") | $(hey_errors "$d") / $(hey_errors "$g") |"
}
row_wrk() {
  local d=direct-max g=gateway-max
  local dp50 dp99 gp50 gp99
  dp50=$(wrk_ms $d p50_us); dp99=$(wrk_ms $d p99_us); gp50=$(wrk_ms $g p50_us); gp99=$(wrk_ms $g p99_us)
  echo "| max (wrk, 32 conn.) | $dp50 / $(wrk_ms $d p90_us) / $dp99 | $gp50 / $(wrk_ms $g p90_us) / $gp99 | +$(diff_ms "$gp50" "$dp50") / +$(diff_ms "$gp99" "$dp99") | $(wrk_rps $d) / $(wrk_rps $g) | $(wrk_errors $d) / $(wrk_errors $g) |"
}

{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1);"
  echo "PostgreSQL $(psql --version | awk '{print $3}') on the same machine; load generators, gateway, database and SOAP stand-in share the cores."
  echo "Load average when the report was written: $(cut -d' ' -f1-3 /proc/loadavg) (anything else running on the machine skews these numbers)."
  echo "Gateway: packaged jar, prod profile, authentication + entity authorization + audit log ON. Direct = the same SOAP request POSTed to the stand-in."
  echo
  echo "| load | direct p50 / p90 / p99 (ms) | gateway p50 / p90 / p99 (ms) | added p50 / p99 (ms) | throughput direct / gateway (req/s) | errors direct / gateway |"
  echo "|---|---|---|---|---|---|"
  row_hey 100
  row_hey 200
  row_hey 500
  row_wrk
  echo
  echo "Throughput ratio gateway/direct at max: $(ratio "$(wrk_rps gateway-max)" "$(wrk_rps direct-max)")."
  echo
  echo "| JVM start | time to first successful GET /api/v1/persons/{insz} | RSS after warm-up |"
  echo "|---|---|---|"
  echo "| plain \`java -jar\` | $(cat "$tmp/startup-plain.ms") ms | ${rss_plain} MiB (${rss_loaded} MiB after the load runs) |"
  echo "| AppCDS (\`quarkus.package.jar.appcds\`) | $(cat "$tmp/startup-appcds.ms") ms | ${rss_appcds} MiB |"
  echo
  echo "Audit: $served MAGDA calls made, as the gateway counts them (\`magda_requests_total\`); $audit_success audit rows carrying a MAGDA reference ($audit_all rows for the client in all, refusals included); $audit_pending rows PENDING; $answered HTTP 200 responses written (a client that hangs up when a load run stops is recorded as CLIENT_ERROR/499)."
  if [ "$served" = "$audit_success" ] && [ "$audit_pending" = 0 ]; then echo "Audit check: PASS (every MAGDA call has exactly one final audit row; none lost, none PENDING)."; else echo "Audit check: FAIL"; fi
  echo
  echo "Notes: hey rate-limits each worker (closed loop), so fixed-rate latencies do not include coordinated omission; wrk2-style open-loop load is not packaged for Debian."
} >"$out"
cat "$out"
