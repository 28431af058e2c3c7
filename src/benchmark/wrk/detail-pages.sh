#!/usr/bin/env bash
# Detail pages on demo data (issue 17, docs/performance.md): wrk -t2 -c16 -d20s after a 10 s warm-up, requests per
# application-CPU-second from /proc, and a JFR profile of each page's load with its top frames.
# Usage: src/benchmark/wrk/detail-pages.sh [out-dir]   (from the project directory)
# Runs the developer launcher (embedded PostgreSQL and demo data live on the test classpath, ADR 0120): compiles
# with ./mvnw test-compile and lists the test-scope class path first.
# Needs Debian's wrk, bc and curl. Ports 8086 / 54336 (127.0.0.1 only); the data directory is made fresh under out-dir.
set -euo pipefail
OUT=${1:-target/wrk}; PORT=${PORT:-8086}; PGPORT=${PGPORT:-54336}
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf "$OUT/pg" "$OUT/files"; mkdir -p "$OUT"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/app.classpath" \
  -Dmdep.excludeArtifactIds=spring-boot-devtools
CP="target/classes:target/test-classes:$(cat "$OUT/app.classpath")"
BASE="http://127.0.0.1:$PORT"
t0=$(date +%s.%N)
java -Xmx512m -XX:+FlightRecorder -cp "$CP" vn.atgt.thidua.dev.DevApplication --spring.profiles.active=dev,demo --server.address=127.0.0.1 \
  --server.port=$PORT --app.embedded-postgres.port=$PGPORT --app.embedded-postgres.data-directory="$OUT/pg" \
  --app.storage.directory="$OUT/files" --management.endpoint.health.probes.enabled=true > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health" >/dev/null 2>&1; do kill -0 $APP || { echo "app died"; exit 1; }; sleep 0.2; done
t1=$(date +%s.%N)
cpu() { awk '{print ($14+$15)/100}' /proc/$APP/stat; }  # utime+stime in clock ticks (100/s)
echo "start-up: $(echo "$t1 - $t0" | bc) s, $(cpu) CPU-s; $(grep -o 'Started .* seconds (process running for [0-9.]*)' "$OUT/app.log")"
login() { # $1 user -> cookie file
  local jar="$OUT/$1.cookies"; rm -f "$jar"
  local token; token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=Demo@2024" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  echo "Cookie: $(awk '$6=="SESSION"{print "SESSION="$7}' "$jar")"
}
OFFICE=$(login vanphong); AGENCY=$(login congan)
PLAN=${PLAN:-2}
printf '| page | status | req/s | p50 | p99 | app CPU-s | req per app-CPU-s | bytes |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n' > "$OUT/table.md"
run() { # name path cookie
  local name=$1 path=$2 cookie=$3
  local status; status=$(curl -s -o "$OUT/$name.html" -w '%{http_code}' -H "$cookie" "$BASE$path")
  wrk -t2 -c16 -d10s -H "$cookie" -H "Accept-Encoding: gzip" "$BASE$path" > /dev/null
  jcmd $APP JFR.start name=$name settings=profile > /dev/null
  local c0; c0=$(cpu)
  wrk -t2 -c16 -d20s --latency -H "$cookie" -H "Accept-Encoding: gzip" "$BASE$path" > "$OUT/$name.wrk"
  local c1; c1=$(cpu)
  jcmd $APP JFR.stop name=$name filename="$(realpath "$OUT")/$name.jfr" > /dev/null
  local rps p50 p99 n
  rps=$(awk '/Requests\/sec/{print $2}' "$OUT/$name.wrk"); n=$(awk '/requests in/{print $1}' "$OUT/$name.wrk")
  p50=$(awk '$1=="50%"{print $2}' "$OUT/$name.wrk"); p99=$(awk '$1=="99%"{print $2}' "$OUT/$name.wrk")
  local used; used=$(echo "$c1 - $c0" | bc)
  printf '| %s `%s` | %s | %s | %s | %s | %s | %.0f | %s |\n' "$name" "$path" "$status" "$rps" "$p50" "$p99" "$used" \
    "$(echo "$n / $used" | bc -l)" "$(stat -c %s "$OUT/$name.html")" >> "$OUT/table.md"
  jfr print --events jdk.ExecutionSample "$OUT/$name.jfr" | python3 "$HERE/../jfr/top-frames.py" > "$OUT/$name.frames.md"
}
run plan_page "/plans/$PLAN" "$OFFICE"
run public_plan "/public/plans/$PLAN" "X-Anonymous: 1"
run subplan_page "/plans/$PLAN/subplan" "$AGENCY"
run plan_list "/plans" "$OFFICE"
cat "$OUT/table.md"
