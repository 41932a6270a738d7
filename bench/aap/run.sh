#!/usr/bin/env bash
# Builds and runs the call-for-projects benchmark in Release. SQLite by default; for PostgreSQL:
#   EIG_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Database=eig_bench" bench/aap/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet run -c Release --project Eig.Bench.Aap.csproj
