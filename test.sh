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

# The default console logger prints failures and a summary per test project.
status=0
dotnet test OpenKazan.sln -c Release "$@" || status=$?
exit "$status"
