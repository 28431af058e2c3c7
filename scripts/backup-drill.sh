#!/usr/bin/env bash
# Backup and restore drill: dump a database with pg_dump (custom format), restore it with pg_restore into a fresh
# database, and compare every table (row count and an md5 of its rows in a fixed order) and every sequence.
#
#   scripts/backup-drill.sh            CI: a private Debian PostgreSQL 15 on 127.0.0.1:$PG_PORT (default 54333), the
#                                      application's migrations and demo data loaded into it, then the drill
#   scripts/backup-drill.sh --existing SOURCE_DB   an existing database of that private cluster (already running)
#
# pg_dump and pg_restore must be at least the server's major version (here 15: postgresql-client-15).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg15.sh

SOURCE=thidua_drill_source
RESTORED=thidua_drill_restored_$(date +%s)
DUMP="$PG_DIR/thidua.dump"
started=$SECONDS

if [ "${1:-}" = "--existing" ]; then
  SOURCE=$2
else
  pg_start
  trap 'pg_stop >/dev/null 2>&1 || true' EXIT
  pg_create_db "$SOURCE"
  load_demo "$SOURCE"
fi

echo "pg_dump $("$PG_BIN/pg_dump" --version | awk '{print $3}') against server $(psql_db "$SOURCE" -At -c 'show server_version')"
# what an operator types (docs/operations.md), here as the cluster's superuser over its socket
as_postgres "$PG_BIN/pg_dump" -h "$PG_DIR" -p "$PG_PORT" -U postgres -Fc --no-owner -f "$DUMP" "$SOURCE"
echo "Dump: $(du -h "$DUMP" | cut -f1) in $DUMP"
pg_create_db "$RESTORED"
as_postgres "$PG_BIN/pg_restore" -h "$PG_DIR" -p "$PG_PORT" -U postgres --no-owner --role=$PG_APP_USER \
  --exit-on-error -d "$RESTORED" "$DUMP"

# one line per table: name|rows|md5 of the rows' text, ordered; and per sequence: name|last_value|is_called
fingerprint() {
  psql_db "$1" -At -c "select format('select %L || ''|'' || count(*) || ''|'' || coalesce(md5(string_agg(md5(t::text), '''' order by md5(t::text))), ''-'') from %I.%I t;', table_schema || '.' || table_name, table_schema, table_name) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE' order by 1" \
    | psql_db "$1" -At
  psql_db "$1" -At -c "select format('select %L || ''|'' || last_value || ''|'' || is_called from %I.%I;', schemaname || '.' || sequencename, schemaname, sequencename) from pg_sequences order by 1" \
    | psql_db "$1" -At
}

fingerprint "$SOURCE" >"$PG_DIR/source.txt"
fingerprint "$RESTORED" >"$PG_DIR/restored.txt"

# a sequence's line ends in its is_called flag (t/f, or true/false as text); grep -c exits 1 on a count of 0
tables=$(awk -F'|' '$3 !~ /^(t|f|true|false)$/' "$PG_DIR/source.txt" | grep -c . || true)
sequences=$(awk -F'|' '$3 ~ /^(t|f|true|false)$/' "$PG_DIR/source.txt" | grep -c . || true)
rows=$(awk -F'|' '$3 !~ /^(t|f|true|false)$/ {s += $2} END {print s + 0}' "$PG_DIR/source.txt")
printf '%-45s %10s  %s\n' "table / sequence" "rows/last" "checksum / called"
column -t -s'|' "$PG_DIR/source.txt" | sed 's/^/  /'
if diff -u "$PG_DIR/source.txt" "$PG_DIR/restored.txt"; then
  echo "DRILL OK: $tables tables ($rows rows) and $sequences sequences identical after pg_dump/pg_restore into $RESTORED ($((SECONDS - started)) s)"
else
  echo "DRILL FAILED: the restored database differs (diff above)"
  exit 1
fi
