#!/usr/bin/env bash
# The public site's speed, measured (not a test): the home page served by the service (from its output cache)
# against the same HTML served by nginx, with wrk the same way for both; then the weight of a first visit.
# Usage: bash bench/site/run.sh   (DURATION=15 CONNECTIONS=32 THREADS=2 to change the load)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$PWD"
OUT="$ROOT/bench/out/site"
APP_PORT=${APP_PORT:-5181}
NGINX_PORT=${NGINX_PORT:-5182}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

for tool in nginx wrk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" </dev/null >/dev/null
  fi
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

rm -rf "$OUT"; mkdir -p "$OUT/www" "$OUT/logs"
APP_PID=""; NGINX_STARTED=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_STARTED" ] && "$NGINX" -p "$OUT" -c "$OUT/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT

echo "== publish (Release)"
dotnet publish src/Eig.Web -c Release -o "$OUT/app" -nologo -v quiet

echo "== import the project's content fixtures (the program's pages), then start the service on 127.0.0.1:$APP_PORT"
(cd "$OUT/app" && ./Eig.Web import-content "$ROOT/src/Eig.Web/Infrastructure/Demo/contenus" "--ConnectionStrings:Eig=Data Source=$OUT/eig.db" >"$OUT/import.log")
(cd "$OUT/app" && ASPNETCORE_ENVIRONMENT=Production Demo__Seed=true Mail__SenderEnabled=false \
  ConnectionStrings__Eig="Data Source=$OUT/eig.db" Logging__LogLevel__Default=Warning \
  exec ./Eig.Web --urls "http://127.0.0.1:$APP_PORT" >"$OUT/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$APP_PORT/sante" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$APP_PORT/" -o "$OUT/www/index.html"
echo "home page: $(wc -c <"$OUT/www/index.html") bytes of HTML"

cat >"$OUT/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $OUT/tmp; proxy_temp_path $OUT/tmp; fastcgi_temp_path $OUT/tmp; uwsgi_temp_path $OUT/tmp; scgi_temp_path $OUT/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT/www;
    location = / { default_type text/html; try_files /index.html =404; }
  }
}
CONF
mkdir -p "$OUT/tmp"
"$NGINX" -p "$OUT" -c "$OUT/nginx.conf"
NGINX_STARTED=1

run_wrk() { # name url
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$2" >/dev/null     # warm-up (fills the output cache, finishes JIT tiering)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2" >"$OUT/wrk-$1.txt"
  local rps p99
  rps=$(awk '/^Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-$1.txt")
  echo "$1: $rps requests/s, p99 $p99"
  eval "RPS_$1=$rps"
}
echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, same page"
run_wrk service "http://127.0.0.1:$APP_PORT/"
run_wrk nginx "http://127.0.0.1:$NGINX_PORT/"
echo "ratio service/nginx: $(awk -v a="$RPS_service" -v b="$RPS_nginx" 'BEGIN { printf "%.2f", a / b }')"
grep -E "Non-2xx|Socket errors" "$OUT"/wrk-*.txt || true

echo "== first visit of the home page (Chromium, empty cache, bytes on the wire)"
dotnet run --project bench/PageWeight -c Release -- "http://127.0.0.1:$APP_PORT/"
