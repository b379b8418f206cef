#!/usr/bin/env bash
# Runs one benchmark or load harness in Release against the same services the tests use
# (a throwaway PostgreSQL and Azurite on 127.0.0.1, started here and stopped on exit).
#   tests/OpenKazan.Benchmarks/run.sh              lists the harnesses
#   tests/OpenKazan.Benchmarks/run.sh intake ...   runs one
# With OPENKAZAN_BENCH_POSTGRES set (an Npgsql connection string to a server of your own, e.g. one kept between
# runs so `--database NAME` can reuse generated data), that server is used and no services are started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -n "${OPENKAZAN_BENCH_POSTGRES:-}" ]; then
  export OPENKAZAN_TEST_POSTGRES="$OPENKAZAN_BENCH_POSTGRES"
else
  source tests/services/start.sh
fi
dotnet build tests/OpenKazan.Benchmarks -c Release -v quiet -nologo >/dev/null
status=0
dotnet tests/OpenKazan.Benchmarks/bin/Release/net10.0/OpenKazan.Benchmarks.dll "$@" || status=$?
exit "$status"
