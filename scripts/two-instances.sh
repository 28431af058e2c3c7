#!/usr/bin/env bash
# Two instances of the packaged jar (production profile) on one PostgreSQL behind nginx (round robin, no sticky
# sessions), all on 127.0.0.1: one session across both, a file uploaded through one and downloaded through the other,
# an account disabled on one and its session ended on the other, the reminder run started on both at once (each
# reminder recorded and mailed once), one instance stopped mid-journey and the journey going on through the other.
# Run by .ci/run after ./mvnw verify (it needs target/thidua-atgt-*.jar). Needs Debian postgresql-15 and nginx.
#   PROXY_PORT (8083) A_PORT (8093) B_PORT (8094) PG_PORT (54333) SMTP_PORT (2533)
#   TWO_INSTANCES_TIMEOUT (900 s): the whole run is bounded; on success or failure, every process it started is
#   stopped and its temporary directory removed (on failure the logs are first copied to target/two-instances/)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TWO_INSTANCES_BOUNDED:-}" ]; then
  exec timeout --kill-after=30 "${TWO_INSTANCES_TIMEOUT:-900}" env TWO_INSTANCES_BOUNDED=1 "$0" "$@"
fi
source scripts/pg15.sh
PROXY_PORT=${PROXY_PORT:-8083}
A_PORT=${A_PORT:-8093}
B_PORT=${B_PORT:-8094}
SMTP_PORT=${SMTP_PORT:-2533}
DB=thidua_multi
JAR=$(ls target/thidua-atgt-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { echo "No target/thidua-atgt-*.jar: run ./mvnw package first"; exit 1; }
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)"; exit 1; }
WORK=$PG_DIR/multi
PROXY=http://127.0.0.1:$PROXY_PORT
started=$SECONDS
failures=0
pids=()

check() { # check DESCRIPTION CONDITION…
  local what=$1; shift
  if "$@"; then echo "  ok   $what"; else echo "  FAIL $what"; failures=$((failures + 1)); fi
}

cleanup() {
  local rc=$?
  set +e
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  local by=$((SECONDS + 20))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $by ]; do sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  done
  wait 2>/dev/null
  pg_stop >/dev/null 2>&1
  if [ "$rc" -ne 0 ] && [ -d "$WORK" ]; then
    rm -rf target/two-instances && mkdir -p target/two-instances
    cp "$WORK"/*.log target/two-instances/ 2>/dev/null
    cp "$PG_DIR"/*.log target/two-instances/ 2>/dev/null
    echo "(logs kept in target/two-instances/)"
  elif [ "$rc" -eq 0 ]; then
    rm -rf target/two-instances
  fi
  rm -rf "$PG_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "TWO INSTANCES: stopped (time limit or signal)"; exit 124' TERM INT

echo "== PostgreSQL 15, migrations and demo data"
pg_start
mkdir -p "$WORK"
pg_create_db "$DB"
load_demo "$DB"
sql() { psql_db "$DB" -At -c "$1"; }

echo "== SMTP sink on 127.0.0.1:$SMTP_PORT, nginx on 127.0.0.1:$PROXY_PORT"
: >"$WORK/mail.log"
python3 -W ignore::DeprecationWarning scripts/smtp-sink.py "$SMTP_PORT" "$WORK/mail.log" &
pids+=($!)
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<NGINX
$([ "$(id -u)" -eq 0 ] && echo "user root;")
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log $WORK/nginx-access.log;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  client_max_body_size 60m;
  # round robin (the default), no sticky sessions: consecutive requests alternate between the instances
  upstream thidua {
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=60s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=60s;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://thidua;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-Port \$server_port;
      proxy_set_header X-Request-Id \$request_id;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
nginx -p "$WORK/nginx" -c "$WORK/nginx.conf"

echo "== two instances of $(basename "$JAR") ($(du -m "$JAR" | cut -f1) MB), profile prod (the default)"
# (C1 only and the serial collector: a functional check on a shared 2-core machine, not a benchmark; the demo
# accounts sign in with the password alone here — the TOTP second factor is proved by SignInJourneyIT)
# one TOTP key for both instances (a secret enrolled through one is read by the other)
TOTP_KEY=$(head -c 32 /dev/urandom | base64)
start_instance() { # NAME PORT
  APP_SECURITY_TOTP_ENCRYPTION_KEY=$TOTP_KEY SPRING_DATASOURCE_URL=$(jdbc_url "$DB") SPRING_DATASOURCE_USERNAME=$PG_APP_USER \
  SPRING_DATASOURCE_PASSWORD=$PG_APP_PASSWORD LANG=C.UTF-8 \
    java -Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Duser.timezone=Asia/Ho_Chi_Minh -jar "$JAR" --server.port="$2" --server.address=127.0.0.1 \
      --server.servlet.session.cookie.secure=false \
      --app.security.mfa.required-roles= \
      --app.storage.directory="$WORK/files-$1" \
      --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
      --app.notification.outbox-initial-delay=PT1S --app.notification.outbox-delay=PT2S \
      --app.notification.reminder-initial-delay=PT1H >"$WORK/$1.log" 2>&1 &
  pids+=($!)
  eval "PID_$1=$!"
}
start_instance A "$A_PORT"
start_instance B "$B_PORT"
# (a loop of short commands, not a nested `timeout`: the time limit's signal must reach this shell's trap)
ready_by=$((SECONDS + ${READY_TIMEOUT:-300}))
for port in "$A_PORT" "$B_PORT"; do
  until curl -sf -m 5 "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    [ $SECONDS -lt $ready_by ] || { echo "instance on $port did not become ready"; tail -n 40 "$WORK"/A.log "$WORK"/B.log; exit 1; }
    sleep 1
  done
done
echo "  both ready after $((SECONDS - started)) s; $(grep -ho 'Started ThiDuaApplication in [0-9.]* seconds' "$WORK"/A.log "$WORK"/B.log | sed 's/Started ThiDuaApplication in //' | paste -sd' ' ) s each"

# from here on a failed step is counted and reported, the journey goes on
set +e

# req JAR METHOD URL [curl args…]: one request, its status and the instance that served it recorded
: >"$WORK/requests.log"
req() {
  local jar=$1 method=$2 url=$3; shift 3
  curl -s -m 30 -o "$WORK/body.html" -D "$WORK/headers.txt" -c "$jar" -b "$jar" -X "$method" "$@" "$url" >/dev/null
  local status upstream location
  status=$(head -1 "$WORK/headers.txt" | awk '{print $2}')
  upstream=$(grep -i '^X-Upstream:' "$WORK/headers.txt" | tr -d '\r' | awk '{print $2}')
  location=$(grep -i '^Location:' "$WORK/headers.txt" | tr -d '\r' | awk '{print $2}')
  echo "$method $url $status ${upstream:-direct} $location" >>"$WORK/requests.log"
  echo "$status ${location:-}"
}
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$WORK/body.html" | head -1 | sed 's/.*value="//;s/"$//'; }
sign_in() { # JAR USER
  req "$1" GET "$PROXY/login" >/dev/null
  req "$1" POST "$PROXY/login" --data-urlencode "username=$2" --data-urlencode "password=Demo@2024" \
    --data-urlencode "_csrf=$(csrf)"
}

echo "== one session across both instances"
ADMIN=$WORK/admin.jar
check "admin signs in through the proxy" [ "$(sign_in "$ADMIN" admin)" = "302 $PROXY/" ]
ok=0
for i in $(seq 1 20); do [ "$(req "$ADMIN" GET "$PROXY/plans")" = "200 " ] && ok=$((ok + 1)); done
served_a=$(grep -c "127.0.0.1:$A_PORT" "$WORK/requests.log" || true)
served_b=$(grep -c "127.0.0.1:$B_PORT" "$WORK/requests.log" || true)
check "20 of 20 pages served with the one session ($ok)" [ "$ok" -eq 20 ]
check "both instances served them (A $served_a, B $served_b requests)" [ "$served_a" -ge 5 -a "$served_b" -ge 5 ]

echo "== sign-in throttling shared: failures on A and B spend one budget (ADR 0160)"
GUESS=$WORK/guess.jar
guessed=khongco-$RANDOM$RANDOM
answers=""
for i in 1 2 3 4 5 6; do
  port=$([ $((i % 2)) -eq 1 ] && echo "$A_PORT" || echo "$B_PORT")
  req "$GUESS" GET "http://127.0.0.1:$port/login" >/dev/null
  answer=$(req "$GUESS" POST "http://127.0.0.1:$port/login" --data-urlencode "username=$guessed" \
    --data-urlencode "password=sai-$i" --data-urlencode "_csrf=$(csrf)")
  case "$answer" in *throttled=*) answers="$answers T" ;; *error*) answers="$answers E" ;; *) answers="$answers ?" ;; esac
done
throttle_rows=$(sql "select count(*) from sign_in_bucket")
check "5 wrong passwords for one name, alternately on A and B, then the 6th waits:$answers ($throttle_rows bucket rows)" \
  [ "$answers" = " E E E E E T" ]

echo "== a draft sub-plan saved through the proxy, a file uploaded through A, downloaded through B"
AGENCY=$WORK/agency.jar
# a published plan the agency takes part in, with no sub-plan of that agency yet or only its draft/returned one
read -r plan_id agency_user <<<"$(sql "select p.id, u.username from plan p join plan_participant pp on pp.plan_id = p.id
  join user_account u on u.agency_id = pp.agency_id
  where p.status = 'PUBLISHED' and u.enabled and not exists (select 1 from subplan s where s.plan_id = p.id and s.agency_id = u.agency_id
    and s.status not in ('DRAFT', 'RETURNED')) order by p.id, u.username limit 1" | tr '|' ' ')"
check "agency user $agency_user signs in" [ "$(sign_in "$AGENCY" "$agency_user")" = "302 $PROXY/" ]
# the agency's own sub-plan form (GET, then POST "Lưu nháp" with the page's CSRF token and version), through nginx
req "$AGENCY" GET "$PROXY/plans/$plan_id/subplan" >/dev/null
version=$(grep -o 'name="version" value="[^"]*"' "$WORK/body.html" | head -1 | sed 's/.*value="//;s/"$//')
saved=$(req "$AGENCY" POST "$PROXY/plans/$plan_id/subplan" --data-urlencode "_csrf=$(csrf)" --data-urlencode "version=$version" \
  --data-urlencode "introduction=Kế hoạch triển khai (kiểm tra hai phiên bản)" \
  --data-urlencode "items[0].content=Tuyên truyền an toàn giao thông" --data-urlencode "items[0].unit=Phòng Tuyên truyền" \
  --data-urlencode "action=save")
draft=$(sql "select s.id || ' ' || s.status from subplan s join user_account u on u.agency_id = s.agency_id
  where s.plan_id = $plan_id and u.username = '$agency_user'")
check "draft sub-plan saved through the proxy ($saved, sub-plan ${draft:-none})" \
  [ "$saved" = "302 $PROXY/plans/$plan_id/subplan" -a -n "$draft" ]
printf '%%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%%%EOF\n' >"$WORK/ke-hoach.pdf"
head -c 20000 /dev/urandom | base64 >>"$WORK/ke-hoach.pdf"
req "$AGENCY" GET "http://127.0.0.1:$A_PORT/plans/$plan_id/subplan" >/dev/null
upload=$(req "$AGENCY" POST "http://127.0.0.1:$A_PORT/plans/$plan_id/subplan/attachments" \
  -F "file=@$WORK/ke-hoach.pdf;type=application/pdf" -F "_csrf=$(csrf)")
read -r subplan_id attachment_id <<<"$(sql "select s.id, a.id from subplan_attachment a join subplan s on s.id = a.subplan_id
  join user_account u on u.agency_id = s.agency_id
  where s.plan_id = $plan_id and u.username = '$agency_user' order by a.id desc limit 1" | tr '|' ' ')"
check "uploaded through A ($upload, attachment ${attachment_id:-none})" [ -n "${attachment_id:-}" ]
OFFICE=$WORK/office.jar
sign_in "$OFFICE" vanphong >/dev/null
download=$(req "$OFFICE" GET "http://127.0.0.1:$B_PORT/plans/$plan_id/subplans/${subplan_id:-0}/attachments/${attachment_id:-0}")
sent_sha=$(sha256sum <"$WORK/ke-hoach.pdf" | cut -c1-64)
got_sha=$(sha256sum <"$WORK/body.html" | cut -c1-64)
check "downloaded through B by the office, same bytes ($download, sha256 ${sent_sha:0:16}… = ${got_sha:0:16}…)" \
  [ "$sent_sha" = "$got_sha" ]

echo "== an account disabled on one instance, its session ended on the other"
USER_JAR=$WORK/user.jar
check "sotttt signs in" [ "$(sign_in "$USER_JAR" sotttt)" = "302 $PROXY/" ]
check "sotttt's session works on A and B" [ "$(req "$USER_JAR" GET "http://127.0.0.1:$A_PORT/plans")$(req "$USER_JAR" GET "http://127.0.0.1:$B_PORT/plans")" = "200 200 " ]
sessions_before=$(sql "select count(*) from spring_session where principal_name = 'sotttt'")
read -r user_id user_version <<<"$(sql "select id, version from user_account where username = 'sotttt'" | tr '|' ' ')"
req "$ADMIN" GET "http://127.0.0.1:$A_PORT/accounts" >/dev/null
disabled=$(req "$ADMIN" POST "http://127.0.0.1:$A_PORT/accounts/$user_id/enable" --data-urlencode "_csrf=$(csrf)" \
  -d "version=$user_version" -d "enabled=false")
check "admin disables sotttt on A ($disabled)" [ "${disabled%% *}" = 302 ]
after_b=$(req "$USER_JAR" GET "http://127.0.0.1:$B_PORT/plans")
check "sotttt's next request on B is sent to sign in ($after_b)" [ "$after_b" = "302 http://127.0.0.1:$B_PORT/login?expired" ]
sessions_after=$(sql "select count(*) from spring_session where principal_name = 'sotttt'")
check "sotttt's sessions ended: $sessions_before before, $sessions_after after" [ "$sessions_before" -ge 1 -a "$sessions_after" -eq 0 ]

echo "== the reminder run started on A and B at the same moment"
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
reminders_before=$(sql "select count(*) from reminder_sent")
req "$ADMIN" GET "http://127.0.0.1:$A_PORT/admin/reminders" >/dev/null
token_a=$(csrf)
req "$ADMIN" GET "http://127.0.0.1:$B_PORT/admin/reminders" >/dev/null
token_b=$(csrf)
curl -s -m 120 -o /dev/null -b "$ADMIN" -d "_csrf=$token_a" -d "asOf=$today" "http://127.0.0.1:$A_PORT/admin/reminders/run" &
run_a=$!
curl -s -m 120 -o /dev/null -b "$ADMIN" -d "_csrf=$token_b" -d "asOf=$today" "http://127.0.0.1:$B_PORT/admin/reminders/run" &
run_b=$!
wait $run_a $run_b
reminders=$(( $(sql "select count(*) from reminder_sent") - reminders_before ))
duplicates=$(sql "select count(*) from (select 1 from reminder_sent group by plan_id, agency_id, kind, reminder_date, trigger having count(*) > 1) d")
check "reminders recorded: $reminders, none twice ($duplicates duplicates)" [ "$reminders" -gt 0 -a "$duplicates" -eq 0 ]
wait_until=$((SECONDS + 60))
while [ "$(sql "select count(*) from outbox_email where status in ('PENDING', 'SENDING')")" != 0 ] && [ $SECONDS -lt $wait_until ]; do
  sleep 1
done
outbox_sent=$(sql "select count(*) from outbox_email where status = 'SENT'")
outbox_left=$(sql "select count(*) from outbox_email where status <> 'SENT'")
mails=$(grep -c . "$WORK/mail.log" || true)
sent_by_a=$(grep -ho 'Outbox: [0-9]* sent' "$WORK/A.log" | awk '{s += $2} END {print s + 0}')
sent_by_b=$(grep -ho 'Outbox: [0-9]* sent' "$WORK/B.log" | awk '{s += $2} END {print s + 0}')
check "every outbox mail sent exactly once: $outbox_sent SENT rows, $mails mails received (A sent $sent_by_a, B $sent_by_b), $outbox_left left" \
  [ "$outbox_sent" -gt 0 -a "$mails" -eq "$outbox_sent" -a "$outbox_left" -eq 0 ]

echo "== instance A stopped mid-journey, the journey goes on through B"
: >"$WORK/requests.log"
req "$ADMIN" GET "$PROXY/plans" >/dev/null
kill "$PID_A"
wait "$PID_A" 2>/dev/null || true
ok=0
for i in $(seq 1 10); do [ "$(req "$ADMIN" GET "$PROXY/plans")" = "200 " ] && ok=$((ok + 1)); done
req "$ADMIN" GET "$PROXY/notifications" >/dev/null
posted=$(req "$ADMIN" POST "$PROXY/notifications/read-all" --data-urlencode "_csrf=$(csrf)")
check "after A stopped: $ok of 10 pages and a POST ($posted) through the proxy, same session" [ "$ok" -eq 10 -a "${posted%% *}" = 302 ]
check "all of them served by B" [ "$(grep -c "127.0.0.1:$B_PORT" "$WORK/requests.log")" -ge 11 ]

echo "== figures"
total=$(wc -l <"$WORK/nginx-access.log")
echo "  requests through nginx: $total; before the stop A served $served_a, B $served_b of the 20 session pages"
echo "  sign-in answers for one name alternately on A and B:$answers (E wrong password, T throttled); bucket rows: $throttle_rows"
echo "  sessions ended by disabling the account: $((sessions_before - sessions_after))"
echo "  reminders recorded: $reminders (duplicates: $duplicates); outbox mails sent once each: $outbox_sent (received $mails)"
line=$(grep -h "\[[0-9a-f]\{32\} [a-z]*\]" "$WORK"/A.log "$WORK"/B.log | head -1 | cut -c1-200)
echo "  a log line with the request id and user: ${line:-(none was logged during requests)}"
echo "  time: $((SECONDS - started)) s"
if [ "$failures" -gt 0 ]; then
  echo "TWO INSTANCES: $failures check(s) FAILED (logs in $WORK)"
  exit 1
fi
echo "TWO INSTANCES OK"
