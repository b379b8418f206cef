#!/usr/bin/env bash
# Adds a migration named $1 for every context on every database engine, so the three never drift apart.
# Usage: tools/add-migration.sh AddRequests [Context ...]   (default: every context)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/add-migration.sh MigrationName [Context ...]}
shift
contexts=("$@")
[ ${#contexts[@]} -gt 0 ] || contexts=(CatalogDbContext PlatformDbContext CityDbContext)
dotnet tool restore >/dev/null
dotnet build OpenKazan.sln -c Debug >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  project=src/Persistence/OpenKazan.Migrations.$provider
  for context in "${contexts[@]}"; do
    folder=Migrations/${context%DbContext}
    echo "== $provider $context"
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
      --context "$context" --output-dir "$folder" -- >/dev/null || { echo "failed: $provider $context" >&2; exit 1; }
  done
done
