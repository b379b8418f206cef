#!/usr/bin/env bash
# Runs the whole test suite: starts PostgreSQL + Azurite (and installs what is missing),
# runs `dotnet test`, stops the services. Extra arguments go to dotnet test:
#   ./test.sh --filter Category=Unit
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Keep the SDK quiet and on this machine (no telemetry, no first-run banner).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Exports OPENKAZAN_TEST_* and sets an EXIT trap that stops the services.
source tests/services/start.sh

# Build once, then run the test projects one after another: run side by side on two cores, the two-node test's host
# processes and the browser tests' Chromium starved each other into timeouts. The default console logger prints
# failures and a summary per test project; every project runs even if an earlier one failed.
dotnet build OpenKazan.sln -c Release -nologo -v quiet
status=0
for project in tests/*Tests/*Tests.csproj; do
  dotnet test "$project" -c Release --no-build "$@" || status=$?
done
exit "$status"
