#!/usr/bin/env bash
# Opening-day load on PostgreSQL (a benchmark, not a test): the published service (Release, Production settings
# but plain HTTP) on a new database of the given server, demo data seeded (an open call for projects and one for
# candidates), mails to a pickup folder with the outbox sender running. At each level of concurrent connections
# (LEVELS, default 8 32 128) four wrk run at once for DURATION seconds, the connections shared out as on an
# opening day:
#   pages          1/2  public pages (home, the two calls, défis, news, FAQ) — the output cache serves them
#   inscriptions   1/4  sign-ups (a fresh address each time: password hashed, account, role, confirmation mail)
#   confirmations  1/8  the confirmation links of the previous sign-ups' mails
#   candidatures   1/8  signed-in candidates saving their candidature with a 60 KB PDF CV (multipart)
# Each wrk reports requests/s, errors (sockets, timeouts, any status >= 400) and p50/p99; results.md sums up.
# Usage: bash bench/ouverture/run.sh   EIG_BENCH_POSTGRES="Host=…;Port=…;Username=…" DURATION=10 LEVELS="8 32 128"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$PWD"
export BENCH_DIR="$ROOT/bench/ouverture"
export BENCH_OUT="$ROOT/bench/out/ouverture"
PG=${EIG_BENCH_POSTGRES:-"Host=127.0.0.1;Port=55432;Username=postgres"}
PGHOST_=$(echo "$PG" | grep -o 'Host=[^;]*' | cut -d= -f2); PGPORT_=$(echo "$PG" | grep -o 'Port=[^;]*' | cut -d= -f2)
PGUSER_=$(echo "$PG" | grep -o 'Username=[^;]*' | cut -d= -f2)
DB="eig_ouverture_$(date +%s)"
PORT=${APP_PORT:-5191}
DURATION=${DURATION:-10}
LEVELS=${LEVELS:-"8 32 128"}
export BENCH_URL="http://127.0.0.1:$PORT" BENCH_MAILS="$BENCH_OUT/mails"

command -v wrk >/dev/null || { echo "wrk est introuvable (apt-get install wrk)" >&2; exit 1; }
rm -rf "$BENCH_OUT/mails" "$BENCH_OUT/results.jsonl"; mkdir -p "$BENCH_OUT/mails"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && sleep 2 || true
  dropdb -h "$PGHOST_" -p "${PGPORT_:-5432}" -U "${PGUSER_:-postgres}" --if-exists "$DB" 2>/dev/null || true
}
trap cleanup EXIT

if [ -z "${SKIP_PUBLISH:-}" ] || [ ! -x "$BENCH_OUT/app/Eig.Web" ]; then
  echo "== publish (Release)"
  dotnet publish src/Eig.Web -c Release -o "$BENCH_OUT/app" -nologo -v quiet
fi

echo "== service on PostgreSQL, database $DB"
# Created here: the instances' migration lock (pg_advisory_lock) is taken on the database itself.
createdb -h "$PGHOST_" -p "${PGPORT_:-5432}" -U "${PGUSER_:-postgres}" "$DB"
(cd "$BENCH_OUT/app" && ASPNETCORE_ENVIRONMENT=Production Cookies__Securises=false \
  Database__Provider=PostgreSQL ConnectionStrings__Eig="$PG;Database=$DB" Demo__Seed=true \
  Mail__Mode=Pickup Mail__PickupDirectory="$BENCH_MAILS" Mail__PollSeconds=1 Planification__Active=false \
  RateLimit__FormsPerMinute=100000000 Logging__LogLevel__Default=Error \
  exec ./Eig.Web --urls "$BENCH_URL" >"$BENCH_OUT/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 240); do curl -sf "$BENCH_URL/sante" >/dev/null && break; sleep 0.5; done
curl -sf "$BENCH_URL/sante" >/dev/null || { tail -30 "$BENCH_OUT/app.log"; exit 1; }

echo "== set-up: a CV, 64 antiforgery pairs, 64 signed-in candidates"
python3 "$BENCH_DIR/prepare.py" cv
python3 "$BENCH_DIR/prepare.py" antiforgery 64
python3 "$BENCH_DIR/prepare.py" candidats 64
# A first batch of sign-ups, so that the first level has confirmation links to follow.
BENCH_KIND=warmup BENCH_CONNECTIONS=4 wrk -t1 -c4 -d5s --timeout 10s -s "$BENCH_DIR/inscriptions.lua" "$BENCH_URL" >/dev/null
for _ in $(seq 1 20); do [ "$(python3 "$BENCH_DIR/prepare.py" confirmations)" -gt 0 ] && break; sleep 1; done

# The service's own CPU time (user + system, from /proc), read around each level: CPU per request served is what can
# be compared on a shared machine, where wall-clock latencies depend on the neighbours.
TICKS=$(getconf CLK_TCK)
cpu_s() { awk -v t="$TICKS" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$APP_PID/stat"; }
part() { local n=$(( $1 * $2 / $3 )); [ "$n" -lt 1 ] && n=1; echo "$n"; }
run_kind() {  # kind connections
  BENCH_KIND="$1" BENCH_CONNECTIONS="$2" wrk -t1 -c"$2" -d"${DURATION}s" --timeout 10s -s "$BENCH_DIR/$1.lua" "$BENCH_URL" \
    | grep '^{' >>"$BENCH_OUT/results.jsonl"
}
# KINDS="inscriptions" runs one kind alone (its share of the connections unchanged): the service's CPU per request of
# that kind, which the mix cannot separate.
KINDS=${KINDS:-"pages inscriptions confirmations candidatures"}
for c in $LEVELS; do
  echo "== $c connections"
  python3 "$BENCH_DIR/prepare.py" confirmations >/dev/null
  avant=$(cpu_s)
  pids=()
  for k in pages:2 inscriptions:4 confirmations:8 candidatures:8; do
    case " $KINDS " in *" ${k%%:*} "*) run_kind "${k%%:*}" "$(part "$c" 1 "${k##*:}")" & pids+=($!) ;; esac
  done
  wait "${pids[@]}"   # not a bare wait: the service is a background job too
  echo "{\"level\":$c,\"cpu_s\":$(awk -v a="$avant" -v b="$(cpu_s)" 'BEGIN { printf "%.2f", b - a }')}" >>"$BENCH_OUT/results.jsonl"
  sleep 2
done

python3 - "$BENCH_OUT/results.jsonl" <<'PY' | tee "$BENCH_OUT/results.md"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print("| total connections | kind | connections | requests/s | errors | p50 | p99 |")
print("|---|---|---|---|---|---|---|")
order = ["pages", "inscriptions", "confirmations", "candidatures"]
group = []
for r in rows:
    if "level" not in r:
        group.append(r)
        continue
    t, n = r["level"], sum(g["requests"] for g in group)
    for g in sorted(group, key=lambda g: order.index(g["kind"])):
        err = f'{g["errors"]} / {g["requests"]}'
        print(f'| {t} | {g["kind"]} | {g["connections"]} | {g["rps"]:.0f} | {err} | {g["p50_ms"]:.1f} ms | {g["p99_ms"]:.1f} ms |')
    # The service's CPU over the level (not PostgreSQL's, nor wrk's), per request of any kind.
    print(f'| {t} | service CPU | | | {n} requests | {r["cpu_s"]:.1f} s | {1000 * r["cpu_s"] / max(n, 1):.2f} ms/request |')
    group = []
PY
echo "mails in the pickup folder: $(ls "$BENCH_MAILS" | wc -l)"
grep -c '"LogLevel":"Error"\|fail:' "$BENCH_OUT/app.log" || true
