#!/usr/bin/env bash
# Staff at volume: every staff list page rendered, a bulk action on 500 dossiers, the full XLSX export — on 5,000
# dossiers / 20,000 reviews and 20,000 candidatures. SQLite by default; for PostgreSQL (a database is created, then dropped):
#   EIG_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres" bench/instruction/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet run -c Release --project Eig.Bench.Instruction.csproj
