# shellcheck shell=bash
# Makes this machine ready for the integration tests and starts their services:
# a throwaway PostgreSQL 15 cluster and Azurite (blob emulator), both on 127.0.0.1.
# SOURCE it (test.sh does): it exports OPENKAZAN_TEST_* for the tests and sets an
# EXIT trap that stops the services when the sourcing shell exits.
#
# State lives outside the clone, in $OPENKAZAN_SERVICES_DIR/run-<pid of the sourcing shell>,
# so parallel runs (other clones/worktrees) never share a cluster, and a run that was
# killed hard is cleaned up by the next one.

# Sourcing twice in one shell is a no-op.
if [ "${_OK_SERVICES_OWNER:-}" = "$$" ]; then return 0; fi

_OK_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
_OK_BASE="${OPENKAZAN_SERVICES_DIR:-/tmp/openkazan-services}"
_OK_RUN="$_OK_BASE/run-$$"
_OK_PGBIN=/usr/lib/postgresql/15/bin

# initdb and postgres refuse to run as root: as root (CI) they run as the postgres user.
_ok_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
_ok_as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# First port from $1 up that nothing on 127.0.0.1 answers on (a successful connect = busy).
_ok_free_port() {
  local p=$1
  while (: <>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

# Stops whatever a run folder started, then deletes the folder. Used by the EXIT trap
# and to sweep folders left behind by runs whose shell is gone.
_ok_stop_dir() {
  local dir=$1 pid
  if [ -f "$dir/postgres/data/postmaster.pid" ]; then
    _ok_as_pg "$_OK_PGBIN/pg_ctl" stop -D "$dir/postgres/data" -m immediate -s >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/azurite.pid" ]; then
    pid=$(cat "$dir/azurite.pid")
    # Check the command line so a recycled PID never kills an unrelated process.
    if grep -qs azurite "/proc/$pid/cmdline"; then kill "$pid" 2>/dev/null || true; fi
  fi
  rm -rf "$dir"
}

openkazan_services_stop() {
  local rc=$?  # keep the caller's exit code (test.sh exits with dotnet test's)
  [ -n "${_OK_RUN:-}" ] && _ok_stop_dir "$_OK_RUN"
  return $rc
}

# --- 1. System packages (apt only when something is missing; CI starts from a bare image) ---
_ok_missing=()
[ -x "$_OK_PGBIN/postgres" ] || _ok_missing+=(postgresql)
[ -x /usr/bin/chromium ] || _ok_missing+=(chromium)
command -v curl >/dev/null || _ok_missing+=(curl)   # readiness probe for Azurite
if [ ${#_ok_missing[@]} -gt 0 ]; then
  echo "services: apt-get install ${_ok_missing[*]}"
  _ok_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  _ok_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${_ok_missing[@]}" >/dev/null
fi

# --- 2. Node tools pinned in package-lock.json (Azurite, axe-core) ---
# Also when package-lock.json changed since the last install (npm writes node_modules/.package-lock.json), so that the
# build's front-end copy (src/OpenKazan.Host/FrontEndPackages.targets) never runs npm ci under a running Azurite.
if [ ! -e "$_OK_REPO/node_modules/azurite" ] || [ ! -e "$_OK_REPO/node_modules/axe-core/axe.min.js" ] \
  || [ "$_OK_REPO/package-lock.json" -nt "$_OK_REPO/node_modules/.package-lock.json" ]; then
  echo "services: npm ci"
  # --loglevel=error: Azurite declares node>=22 but runs on Node 20; hide those EBADENGINE warnings.
  (cd "$_OK_REPO" && npm ci --no-audit --no-fund --loglevel=error)
fi

# --- 3. Fresh run folder; sweep the ones whose owning shell died without cleaning up ---
mkdir -p "$_OK_BASE"
# Runs starting at the same time (other clones) take turns from here until their services
# answer: a port that looks free must not be taken by someone else before we bind it.
exec {_OK_LOCK_FD}>"$_OK_BASE/start.lock"
flock "$_OK_LOCK_FD"
for _ok_d in "$_OK_BASE"/run-*; do
  if [ -d "$_ok_d" ] && [ ! -d "/proc/${_ok_d##*-}" ]; then _ok_stop_dir "$_ok_d"; fi
done
rm -rf "$_OK_RUN"
# 755 along the path: the postgres user must be able to reach its folder inside.
mkdir -p "$_OK_RUN/postgres" "$_OK_RUN/azurite"
chmod 755 "$_OK_BASE" "$_OK_RUN"
if [ "$(id -u)" = 0 ]; then chown postgres: "$_OK_RUN/postgres"; fi
_OK_SERVICES_OWNER=$$
trap openkazan_services_stop EXIT
trap 'exit 130' INT   # turn Ctrl-C / kill into a normal exit so the EXIT trap runs
trap 'exit 143' TERM

# --- 4. Azurite blob service. Started first: Node needs ~4 s to boot, which overlaps initdb. ---
# ALWAYS --disableTelemetry: without it Azurite opens connections off this machine.
_OK_AZ_PORT=$(_ok_free_port 10000)
# Output goes to a file so a background process never holds the caller's stdout (CI log pipe)
# open; {_OK_LOCK_FD}>&- so it does not inherit (and hold) the start lock either.
"$_OK_REPO/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$_OK_AZ_PORT" \
  --location "$_OK_RUN/azurite" --skipApiVersionCheck --disableTelemetry --silent \
  >"$_OK_RUN/azurite.log" 2>&1 {_OK_LOCK_FD}>&- &
echo $! >"$_OK_RUN/azurite.pid"

# --- 5. PostgreSQL: throwaway cluster, trust auth, durability off (tests only, never benchmarks) ---
_OK_PG_PORT=$(_ok_free_port 55432)
_ok_as_pg "$_OK_PGBIN/initdb" -D "$_OK_RUN/postgres/data" -U postgres --auth=trust \
  -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
_ok_as_pg "$_OK_PGBIN/pg_ctl" start -W -s -D "$_OK_RUN/postgres/data" -l "$_OK_RUN/postgres/postgres.log" \
  -o "-c listen_addresses=127.0.0.1 -p $_OK_PG_PORT -k $_OK_RUN/postgres -c fsync=off -c synchronous_commit=off -c max_connections=300" \
  {_OK_LOCK_FD}>&-
for _ok_i in $(seq 1 300); do
  "$_OK_PGBIN/pg_isready" -q -h 127.0.0.1 -p "$_OK_PG_PORT" && break
  if [ "$_ok_i" = 300 ]; then
    echo "services: PostgreSQL did not start:" >&2; tail -20 "$_OK_RUN/postgres/postgres.log" >&2; return 1
  fi
  sleep 0.1
done

# --- 6. Wait for Azurite ---
for _ok_i in $(seq 1 300); do
  # Any HTTP answer (an auth error is expected) means it is listening.
  if ! kill -0 "$(cat "$_OK_RUN/azurite.pid")" 2>/dev/null || [ "$_ok_i" = 300 ]; then
    echo "services: Azurite did not start:" >&2; tail -20 "$_OK_RUN/azurite.log" >&2; return 1
  fi
  curl -s -o /dev/null "http://127.0.0.1:$_OK_AZ_PORT/devstoreaccount1?comp=list" && break
  sleep 0.1
done
exec {_OK_LOCK_FD}>&-   # release the start lock

# --- 7. What the tests read ---
export OPENKAZAN_TEST_POSTGRES="Host=127.0.0.1;Port=$_OK_PG_PORT;Username=postgres;Database=postgres"
export OPENKAZAN_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$_OK_AZ_PORT/devstoreaccount1;"
export OPENKAZAN_TEST_CHROMIUM=/usr/bin/chromium
export OPENKAZAN_TEST_AXE="$_OK_REPO/node_modules/axe-core/axe.min.js"
echo "services: PostgreSQL on 127.0.0.1:$_OK_PG_PORT, Azurite on 127.0.0.1:$_OK_AZ_PORT (state in $_OK_RUN)"
