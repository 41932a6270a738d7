#!/usr/bin/env bash
# CPU per request of one or more processes over one wrk run (user + system time from /proc/<pid>/stat, divided by the
# requests served): what compares the service with nginx on a shared machine, where requests/s mean nothing.
# Usage: bash bench/site/cpu.sh <label> <url> <pid...>   (for nginx: the master and its workers)
label=$1; url=$2; shift 2
tick=$(getconf CLK_TCK)
cpu() { local t=0; for p in "$@"; do set -- $(cut -d' ' -f14,15 /proc/$p/stat); t=$((t + $1 + $2)); done; echo $t; }
wrk -t2 -c32 -d3s "$url" >/dev/null
a=$(cpu "$@")
out=$(wrk -t2 -c32 -d10s "$url")
b=$(cpu "$@")
req=$(echo "$out" | awk '/requests in/ {print $1}')
echo "$out" | grep -q "Non-2xx" && echo "$label: NON-2XX"
awk -v l="$label" -v a=$a -v b=$b -v t=$tick -v r=$req 'BEGIN { printf "%-28s %8d requests  %6.1f µs CPU/request\n", l, r, (b-a)/t*1e6/r }'
