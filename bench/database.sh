# Sourced by bench/batch.sh and bench/fairshare.sh: a fresh database "$db" next to DB_URL's (dropped at exit unless
# BENCH_KEEP_DB=1), psql_on DATABASE ARGS..., and the array "pids" of processes the exit trap stops.
base_url="${DB_URL:-postgresql://127.0.0.1:5432/test}"
db_hostport="${base_url#postgresql://}"; db_hostport="${db_hostport%%/*}"
db_host="${db_hostport%%:*}"; db_port="${db_hostport##*:}"; [ "$db_port" = "$db_host" ] && db_port=5432
export DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-}" PGPASSWORD="${DB_PASSWORD:-}"
psql_on() { local d=$1; shift; PGOPTIONS='-c client_min_messages=warning' psql -h "$db_host" -p "$db_port" -U "$DB_USER" -d "$d" -qtA "$@"; }
psql_on "${base_url##*/}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null

pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "${BENCH_KEEP_DB:-0}" = 1 ] || psql_on "${base_url##*/}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
