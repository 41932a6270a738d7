#!/usr/bin/env bash
# Home page speed: the service (output cache on) against nginx serving a saved copy of the same HTML,
# measured the same way with wrk. Also the weight of a first visit (HTML + every asset, compressed).
# Usage: bench/run.sh [seconds=15] [connections=32]
# Ports: 5190 (service), 5191 (nginx), loopback only. Needs dotnet, nginx, wrk, curl (apt-get install -y nginx wrk).
set -euo pipefail
DUREE="${1:-15}"
CONNEXIONS="${2:-32}"
RACINE="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d /tmp/eig-bench.XXXXXX)"
PORT_APP=5190
PORT_NGINX=5191
APP_PID=""
NGINX_PID=""
arreter() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap arreter EXIT

echo "== Publication en Release (ressources statiques compressées au build)"
dotnet publish "$RACINE/src/Eig.Web" -c Release -o "$TMP/app" -v quiet -nologo >/dev/null

if curl -fs "http://127.0.0.1:$PORT_APP/sante" >/dev/null 2>&1; then
  echo "Le port $PORT_APP est déjà pris : arrêtez ce qui l'occupe." >&2; exit 1
fi
echo "== Démarrage du service sur 127.0.0.1:$PORT_APP (base SQLite jetable, contenus d'exemple importés)"
CONN="Data Source=$TMP/eig.db"
( cd "$TMP/app" && ./Eig.Web import-content "$RACINE/tests/Eig.Tests/Fixtures/contenus" "--ConnectionStrings:Eig=$CONN" >/dev/null )
( cd "$TMP/app" && ASPNETCORE_ENVIRONMENT=Production exec ./Eig.Web --urls "http://127.0.0.1:$PORT_APP" \
    "--ConnectionStrings:Eig=$CONN" --Mail:SenderEnabled=false --Logging:LogLevel:Default=Warning \
    --Logging:LogLevel:Microsoft.AspNetCore=Warning --Mail:PickupDirectory="$TMP/mails" >"$TMP/app.log" 2>&1 ) &
APP_PID=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT_APP/sante" >/dev/null 2>&1 && break; sleep 0.5; done
kill -0 "$APP_PID" 2>/dev/null || { cat "$TMP/app.log" >&2; exit 1; }
curl -fs "http://127.0.0.1:$PORT_APP/" -o "$TMP/index.html"

echo "== nginx sur 127.0.0.1:$PORT_NGINX avec une copie de la page d'accueil"
mkdir -p "$TMP/nginx/www" "$TMP/nginx/logs"
cp "$TMP/index.html" "$TMP/nginx/www/index.html"
cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  server {
    listen 127.0.0.1:$PORT_NGINX;
    root $TMP/nginx/www;
    location = / { default_type "text/html; charset=utf-8"; try_files /index.html =404; }
  }
}
CONF
nginx -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" &
NGINX_PID=$!
sleep 1

mesurer() { # $1 = url ; prints "rps p99_ms"
  local sortie
  sortie="$(wrk -t2 -c"$CONNEXIONS" -d"${DUREE}s" --latency "$1")"
  local rps p99
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$sortie")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$sortie")"
  case "$p99" in
    *us) p99="$(awk -v v="${p99%us}" 'BEGIN{printf "%.2f", v/1000}')";;
    *ms) p99="${p99%ms}";;
    *s)  p99="$(awk -v v="${p99%s}" 'BEGIN{printf "%.2f", v*1000}')";;
  esac
  echo "$rps $p99"
}

echo "== Échauffement"
wrk -t2 -c"$CONNEXIONS" -d3s "http://127.0.0.1:$PORT_APP/" >/dev/null
wrk -t2 -c"$CONNEXIONS" -d3s "http://127.0.0.1:$PORT_NGINX/" >/dev/null

echo "== Mesure : wrk -t2 -c$CONNEXIONS -d${DUREE}s, page d'accueil, sans compression"
read -r APP_RPS APP_P99 < <(mesurer "http://127.0.0.1:$PORT_APP/")
read -r NGX_RPS NGX_P99 < <(mesurer "http://127.0.0.1:$PORT_NGINX/")
printf "%-10s %12s %10s\n" "" "requêtes/s" "p99 (ms)"
printf "%-10s %12s %10s\n" "service" "$APP_RPS" "$APP_P99"
printf "%-10s %12s %10s\n" "nginx" "$NGX_RPS" "$NGX_P99"
awk -v a="$APP_RPS" -v n="$NGX_RPS" 'BEGIN{printf "rapport service/nginx : %.2f (objectif ≥ 0,50)\n", a/n}'

echo "== Poids d'une première visite (HTML + ressources, compressées comme le service les envoie)"
TOTAL=0
poids() { curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%{size_download}' "http://127.0.0.1:$PORT_APP$1"; }
HTML="$(poids /)"; TOTAL=$((TOTAL + HTML)); printf "%8d  %s\n" "$HTML" "/"
# Stylesheets, the module script (browsers that load it never load the nomodule one), icons and images. A desktop
# browser takes the SVG favicon and leaves the .ico and the Apple touch icon alone.
for chemin in $(grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|ico)[^"]*"' "$TMP/index.html" | sed -E 's/^(href|src)="//; s/"$//' \
    | grep -v -e nomodule -e apple-touch-icon -e favicon.ico | sort -u); do
  n="$(poids "$chemin")"; TOTAL=$((TOTAL + n)); printf "%8d  %s\n" "$n" "$chemin"
done
# Fonts: the Marianne weights the page uses (regular, bold, medium), as the CSS asks for them.
for police in Marianne-Regular Marianne-Bold Marianne-Medium; do
  chemin="$(curl -s "http://127.0.0.1:$PORT_APP$(grep -oE 'href="/lib/dsfr/dsfr\.min\.css[^"]*"' "$TMP/index.html" | head -1 | sed -E 's/^href="//; s/"$//')" \
    | grep -oE "fonts/$police\.woff2" | head -1)"
  [ -n "$chemin" ] || continue
  n="$(poids "/lib/dsfr/$chemin")"; TOTAL=$((TOTAL + n)); printf "%8d  %s\n" "$n" "/lib/dsfr/$chemin"
done
awk -v t="$TOTAL" 'BEGIN{printf "total : %.1f Ko (objectif ≤ 200 Ko)\n", t/1024}'
