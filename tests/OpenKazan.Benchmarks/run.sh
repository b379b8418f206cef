#!/usr/bin/env bash
# Runs one benchmark or load harness in Release against the same services the tests use
# (a throwaway PostgreSQL and Azurite on 127.0.0.1, started here and stopped on exit).
#   tests/OpenKazan.Benchmarks/run.sh              lists the harnesses
#   tests/OpenKazan.Benchmarks/run.sh intake ...   runs one
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
source tests/services/start.sh
dotnet build tests/OpenKazan.Benchmarks -c Release -v quiet -nologo >/dev/null
status=0
dotnet tests/OpenKazan.Benchmarks/bin/Release/net10.0/OpenKazan.Benchmarks.dll "$@" || status=$?
exit "$status"
