#!/usr/bin/env bash
# The public site's speed, measured (not a test), on a corpus of the real site's size in its CMS format
# (bench/site/corpus.py: 708 content files, 620 images):
#  1. the import of the whole folder (content and images) by `import-content`, timed;
#  2. /, /defis, a défi page and /talents served by the service (from its output cache, writing its request log line)
#     against the same HTML served by nginx, with wrk the same way for both, uncompressed and gzip-compressed (nginx
#     gzip on); nginx without an access log, and uncompressed also with one (buffered as the service's);
#  3. the same pages uncached (a request with a sign-in cookie skips the cache): median at one connection;
#  4. the weight of a first visit of each public page in Chromium.
# Usage: bash bench/site/run.sh   (DURATION=15 CONNECTIONS=32 THREADS=2 ROUNDS=1 to change the load; PHOTOS=1 for a corpus
# whose PNGs are smooth like photographs instead of random noise, the worst case measured by default)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$PWD"
OUT="$ROOT/bench/out/site"
APP_PORT=${APP_PORT:-5181}
NGINX_PORT=${NGINX_PORT:-5182}
NGINX_LOG_PORT=${NGINX_LOG_PORT:-5183}
NGINX_TLS_PORT=${NGINX_TLS_PORT:-5184}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-1}

for tool in nginx wrk python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" </dev/null >/dev/null
  fi
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

rm -rf "$OUT"; mkdir -p "$OUT/www" "$OUT/logs" "$OUT/tmp"
APP_PID=""; NGINX_STARTED=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  if [ -n "$NGINX_STARTED" ]; then
    for v in off log tls; do [ -f "$OUT/nginx-$v.conf" ] && "$NGINX" -p "$OUT" -c "$OUT/nginx-$v.conf" -s stop 2>/dev/null || true; done
  fi
}
trap cleanup EXIT

echo "== publish (Release)"
dotnet publish src/Eig.Web -c Release -o "$OUT/app" -nologo -v quiet

echo "== corpus of the real site's size"
python3 bench/site/corpus.py "$OUT/corpus" ${PHOTOS:+--photos}
echo "== import-content of the whole folder (content + site/static/img), into a new SQLite file"
(cd "$OUT/app" && ./Eig.Web migrate "--ConnectionStrings:Eig=Data Source=$OUT/eig.db" >/dev/null)
START=$(date +%s.%N)
(cd "$OUT/app" && ./Eig.Web import-content "$OUT/corpus" "--ConnectionStrings:Eig=Data Source=$OUT/eig.db" >"$OUT/import.log" || true)
END=$(date +%s.%N)
head -1 "$OUT/import.log"; grep -E "^Images" "$OUT/import.log" || true
echo "import: $(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.1f", b - a }') s (wall clock, process start included)"

(cd "$OUT/app" && ASPNETCORE_ENVIRONMENT=Production Demo__Seed=false Mail__SenderEnabled=false \
  ConnectionStrings__Eig="Data Source=$OUT/eig.db" Logging__LogLevel__Default=Warning \
  exec ./Eig.Web --urls "http://127.0.0.1:$APP_PORT" >"$OUT/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$APP_PORT/sante" >/dev/null && break; sleep 0.5; done

DEFI=$(curl -s "http://127.0.0.1:$APP_PORT/defis" | grep -o 'href="/defis/[a-z0-9-]*"' | head -1 | sed 's/href="//;s/"//')
PAGES=("/" "/defis" "$DEFI" "/talents")
NAMES=(home defis defi talents)
for i in "${!PAGES[@]}"; do
  curl -sf "http://127.0.0.1:$APP_PORT${PAGES[$i]}" -o "$OUT/www/${NAMES[$i]}.html"
  echo "${PAGES[$i]}: $(wc -c <"$OUT/www/${NAMES[$i]}.html") bytes of HTML"
done

# Two nginx: without an access log (nginx's fastest), and with one written as the service writes its request log
# (one line per request, by blocks of 64 KB or every second: Infrastructure/Observabilite/SortieTamponnee.cs).
for variante in off log; do
  port=$NGINX_PORT; journal="access_log off;"
  [ "$variante" = log ] && port=$NGINX_LOG_PORT && journal="access_log $OUT/logs/access.log combined buffer=64k flush=1s;"
  cat >"$OUT/nginx-$variante.conf" <<CONF
worker_processes auto;
pid $OUT/nginx-$variante.pid;
error_log $OUT/logs/error.log;
events { worker_connections 1024; }
http {
  $journal
  gzip on; gzip_types text/html; gzip_min_length 256;
  client_body_temp_path $OUT/tmp; proxy_temp_path $OUT/tmp; fastcgi_temp_path $OUT/tmp; uwsgi_temp_path $OUT/tmp; scgi_temp_path $OUT/tmp;
  server {
    listen 127.0.0.1:$port;
    root $OUT/www;
    default_type text/html;
    location = / { try_files /home.html =404; }
    location = /defis { try_files /defis.html =404; }
    location = /talents { try_files /talents.html =404; }
    location /defis/ { try_files /defi.html =404; }
  }
}
CONF
  "$NGINX" -p "$OUT" -c "$OUT/nginx-$variante.conf"
done
NGINX_STARTED=1

rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
p50() { awk '$1=="50%" {print $2}' "$1"; }
p99() { awk '$1=="99%" {print $2}' "$1"; }
run_wrk() { # file url [header]
  local h=()
  [ -n "${3:-}" ] && h=(-H "$3")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "${h[@]}" "$2" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${h[@]}" "$2" >"$1"
}
# The first page measured would also pay for the JIT's second tier: every page is served a few seconds first, in
# both encodings, twice round (one round of 3 s left the home, measured first, at 0.6 where it is 0.75 once warm).
for _ in 1 2; do
  for p in "${PAGES[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "http://127.0.0.1:$APP_PORT$p" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H "Accept-Encoding: gzip" "http://127.0.0.1:$APP_PORT$p" >/dev/null
  done
done
echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, same page, service (its page cache), nginx without then (uncompressed) with an access log"
echo "   $ROUNDS round(s) of the three back to back per page and encoding; the median line is the median of each round's ratio"
printf "%-8s %-5s %-6s %12s %9s %12s %9s %6s %12s %9s %6s\n" page enc round service p99 nginx p99 ratio nginx+log p99 ratio
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-" } else if (NR % 2) { print v[(NR + 1) / 2] } else { printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }
for i in "${!PAGES[@]}"; do
  for enc in none gzip; do
    hdr=""; [ "$enc" = gzip ] && hdr="Accept-Encoding: gzip"
    ratios=(); ratiosLog=()
    for r in $(seq 1 "$ROUNDS"); do
      base="$OUT/wrk-${NAMES[$i]}-$enc"; [ "$ROUNDS" -gt 1 ] && base="$base-$r"
      run_wrk "$base-service.txt" "http://127.0.0.1:$APP_PORT${PAGES[$i]}" "$hdr"
      run_wrk "$base-nginx.txt" "http://127.0.0.1:$NGINX_PORT${PAGES[$i]}" "$hdr"
      s=$(rps "$base-service.txt"); n=$(rps "$base-nginx.txt"); l="-"; lp="-"; lr="-"
      if [ "$enc" = none ]; then
        run_wrk "$base-nginx-log.txt" "http://127.0.0.1:$NGINX_LOG_PORT${PAGES[$i]}" "$hdr"
        l=$(rps "$base-nginx-log.txt"); lp=$(p99 "$base-nginx-log.txt"); lr=$(awk -v a="$s" -v b="$l" 'BEGIN { printf "%.2f", a / b }')
        ratiosLog+=("$lr")
      fi
      nr=$(awk -v a="$s" -v b="$n" 'BEGIN { printf "%.2f", a / b }'); ratios+=("$nr")
      printf "%-8s %-5s %-6s %12s %9s %12s %9s %6s %12s %9s %6s\n" "${NAMES[$i]}" "$enc" "$r" "$s" "$(p99 "$base-service.txt")" "$n" \
        "$(p99 "$base-nginx.txt")" "$nr" "$l" "$lp" "$lr"
    done
    if [ "$ROUNDS" -gt 1 ]; then
      printf "%-8s %-5s %-6s %12s %9s %12s %9s %6s %12s %9s %6s\n" "${NAMES[$i]}" "$enc" median "" "" "" "" \
        "$(printf '%s\n' "${ratios[@]}" | median)" "" "" "$(printf '%s\n' "${ratiosLog[@]}" | median)"
    fi
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -lE "Non-2xx|Socket errors" "$OUT"/wrk-*.txt || true

echo "== uncached (a sign-in cookie skips the cache; the page is rendered for each request): wrk -t1 -c1 -d10s"
for i in "${!PAGES[@]}"; do
  wrk -t1 -c1 -d10s --latency -H "Cookie: eig.auth=bench" "http://127.0.0.1:$APP_PORT${PAGES[$i]}" >"$OUT/wrk-${NAMES[$i]}-uncached.txt"
  echo "${NAMES[$i]}: median $(p50 "$OUT/wrk-${NAMES[$i]}-uncached.txt"), p99 $(p99 "$OUT/wrk-${NAMES[$i]}-uncached.txt"), $(rps "$OUT/wrk-${NAMES[$i]}-uncached.txt") requests/s"
done

echo "== first visit of each public page (Chromium, empty cache, bytes on the wire)"
ARTICLE=$(curl -s "http://127.0.0.1:$APP_PORT/actualites" | grep -o 'href="/actualites/[a-z0-9-]*"' | head -1 | sed 's/href="//;s/"//')
# nginx in front, as deploy/nginx-eig.conf puts it in production: TLS (a self-signed certificate made here) and
# HTTP/2, whose compressed headers weigh less than HTTP/1.1's on each of a first visit's 30-odd responses.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$OUT/tls.key" -out "$OUT/tls.crt" -days 2 -subj /CN=127.0.0.1 2>/dev/null
cat >"$OUT/nginx-tls.conf" <<CONF
worker_processes 1;
pid $OUT/nginx-tls.pid;
error_log $OUT/logs/error-tls.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $OUT/tmp; proxy_temp_path $OUT/tmp; fastcgi_temp_path $OUT/tmp; uwsgi_temp_path $OUT/tmp; scgi_temp_path $OUT/tmp;
  upstream eig_instances { server 127.0.0.1:$APP_PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_TLS_PORT ssl http2;
    ssl_certificate $OUT/tls.crt; ssl_certificate_key $OUT/tls.key;
    location / {
      proxy_pass http://eig_instances; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
"$NGINX" -p "$OUT" -c "$OUT/nginx-tls.conf"
printf "%-24s %14s %14s\n" page "service, http/1.1" "nginx TLS, h2"
for p in / /programme /defis "$DEFI" /actualites "$ARTICLE" /talents /agents /equipe; do
  direct=$(dotnet run --project bench/PageWeight -c Release -- "http://127.0.0.1:$APP_PORT$p" | tail -1)
  h2=$(dotnet run --project bench/PageWeight -c Release -- "https://127.0.0.1:$NGINX_TLS_PORT$p" | tail -1)
  printf "%-24s %14s %14s   (%s responses)\n" "$p" "$(echo "$direct" | sed -E 's/.*\(([0-9.]+ KB)\).*/\1/')" "$(echo "$h2" | sed -E 's/.*\(([0-9.]+ KB)\).*/\1/')" "$(echo "$direct" | sed -E 's/.* in ([0-9]+) responses/\1/')"
done
