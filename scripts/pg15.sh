# Sourced by the scripts: a private Debian PostgreSQL 15 cluster on 127.0.0.1 (never the system one), and the demo
# data loaded into a database of it. Needs the Debian packages postgresql-15 and postgresql-client-15.
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=${PG_PORT:-54333}
PG_DIR=${PG_DIR:-/tmp/thidua-pg15-$PG_PORT}
PG_APP_USER=thidua
PG_APP_PASSWORD=${PG_APP_PASSWORD:-Drill-$(date +%s)-x9}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  [ -x "$PG_BIN/initdb" ] || { echo "Debian postgresql-15 is not installed (apt-get install postgresql-15)"; return 1; }
  pg_stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=100" start >/dev/null
  psql_admin -c "create role $PG_APP_USER login password '$PG_APP_PASSWORD'" >/dev/null
}

pg_stop() {
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop
}

psql_admin() {
  as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres "$@"
}

# psql_db DB args…: as the owner, in one database
psql_db() {
  local db=$1; shift
  as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres -d "$db" "$@"
}

pg_create_db() {
  psql_admin -c "create database $1 owner $PG_APP_USER" >/dev/null
}

jdbc_url() {
  echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"
}

# load_demo DB: Flyway migrations and the demo data, through the developer classpath (the jar has no demo data)
load_demo() {
  local db=$1
  local started=$SECONDS
  ./mvnw -o -q -B spring-boot:run -Ddev.main-class=vn.atgt.thidua.dev.LoadDemoData \
    -Dspring-boot.run.arguments="--spring.datasource.url=$(jdbc_url "$db") --spring.datasource.username=$PG_APP_USER --spring.datasource.password=$PG_APP_PASSWORD --logging.level.root=WARN" \
    >"$PG_DIR/load-$db.log" 2>&1 || { tail -50 "$PG_DIR/load-$db.log"; return 1; }
  local accounts
  accounts=$(psql_db "$db" -At -c 'select count(*) from user_account' 2>/dev/null || echo 0)
  [ "$accounts" -gt 0 ] || { echo "The demo data did not load into $db:"; grep -v '^\s*at ' "$PG_DIR/load-$db.log" | tail -30; return 1; }
  echo "Demo data ($accounts accounts) loaded into $db on PostgreSQL $(psql_db "$db" -At -c 'show server_version') in $((SECONDS - started)) s"
}
