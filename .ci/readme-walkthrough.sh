#!/usr/bin/env bash
# Runs the README exactly as written: starts the service with its run command on a fresh data
# directory, runs the walk-through block, checks what it did, then kills the service with
# SIGKILL, starts it again with the same command and checks that everything is still there.
set -euo pipefail
cd "$(dirname "$0")/.."

export CORA_DATA_DIR
CORA_DATA_DIR=$(mktemp -d)/data
log=$(mktemp)
service=""

cleanup() {
  if [ -n "$service" ] && kill -0 "$service" 2>/dev/null; then
    kill "$service"; wait "$service" || true
  fi
}
trap cleanup EXIT

run_command=$(awk '/^1\. Build and start/{f=1} f && /^   \.\/cora run$/{print "./cora run"; exit}' README.md)
[ "$run_command" = "./cora run" ] || { echo "README no longer shows './cora run' as its run command" >&2; exit 1; }

start_service() {
  $run_command >>"$log" 2>&1 &
  service=$!
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null -w '%{http_code}' localhost:8080/procedures/00000000-0000-7000-8000-000000000000 | grep -q 404; then
      return 0
    fi
    kill -0 "$service" 2>/dev/null || { tail -50 "$log"; echo "the service died" >&2; exit 1; }
    sleep 0.5
  done
  tail -50 "$log"; echo "the service did not come up" >&2; exit 1
}

check() { # description, command that must print "true"
  local got; got=$(eval "$2")
  if [ "$got" != "true" ]; then echo "FAILED: $1 (got: $got)" >&2; exit 1; fi
  echo "ok: $1"
}

start_service
walkthrough=$(awk '/<!-- walkthrough:start -->/{f=1; next} /<!-- walkthrough:end -->/{f=0} f && !/^```/' README.md)
[ -n "$walkthrough" ] || { echo "README has no walk-through block" >&2; exit 1; }
eval "$walkthrough"

check "the procedure completed" "curl -s localhost:8080/procedures/$ID | jq '.status == \"Completed\"'"
check "the journal has step_index 0, 0, 1, 2, 2 (markers before the setpoint and the action)" \
  "curl -s localhost:8080/procedures/$ID/activities | jq '[.items[].payload.step_index] == [0,0,1,2,2]'"
check "the pin precedes the start" \
  "curl -s localhost:8080/procedures/$ID/events | jq '[.items[].event_type] | index(\"ResolvedStepsRecorded\") < index(\"ProcedureStarted\")'"
before=$(curl -s localhost:8080/procedures/$ID/events; curl -s localhost:8080/procedures/$ID/activities)

kill -9 "$service"; wait "$service" || true
echo "killed the service with SIGKILL; starting it again with the same command"
start_service
after=$(curl -s localhost:8080/procedures/$ID/events; curl -s localhost:8080/procedures/$ID/activities)
check "events and journal survived the SIGKILL" "[ \"\$before\" = \"\$after\" ] && echo true"
echo "README walk-through: all checks passed"
