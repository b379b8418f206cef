#!/usr/bin/env bash
# The scale-out check: two host processes on loopback ports share one PostgreSQL and Azurite (and Innopolis's own
# database on the same server); one is killed with SIGKILL midway (tests/OpenKazan.IntegrationTests/ScaleOut/
# TwoNodeTests.cs). Builds the host once in Release and runs only that test. CI runs the same test as part of ./test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

source tests/services/start.sh

dotnet build tests/OpenKazan.IntegrationTests -c Release -v quiet -nologo
export OPENKAZAN_HOST_DLL="$PWD/src/OpenKazan.Host/bin/Release/net10.0/OpenKazan.Host.dll"
dotnet test tests/OpenKazan.IntegrationTests -c Release --no-build --filter "FullyQualifiedName~ScaleOut.TwoNodeTests"
