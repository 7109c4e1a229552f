#!/bin/sh
# A CI step with the synq-coalesce command only (pip install 'synq-coalesce-clients[cli]', and jq): start a
# Coalesce job, wait for its run, print the nodes that failed, and fail the step unless the run completed.
#
# Environment: COALESCE_TOKEN (and COALESCE_BASE_URL for a server other than the US one), COALESCE_ENVIRONMENT,
# COALESCE_JOB; optionally POLL_INTERVAL and MAX_WAIT (seconds; default 10 and 1800).
# Exit status: 0 the run completed, 1 it failed, was canceled or was still going after MAX_WAIT, 2 bad usage or
# configuration, 3 an API error (the message is on stderr).
set -u
: "${COALESCE_ENVIRONMENT:?set COALESCE_ENVIRONMENT}" "${COALESCE_JOB:?set COALESCE_JOB}"

run=$(mktemp)
trap 'rm -f "$run"' EXIT

synq-coalesce coalesce runs start --environment "$COALESCE_ENVIRONMENT" --job "$COALESCE_JOB" --wait \
  --poll-interval "${POLL_INTERVAL:-10}" --max-wait "${MAX_WAIT:-1800}" >"$run"
status=$?
[ "$status" -le 1 ] || exit "$status"

run_id=$(jq -r .id "$run")
if [ "$status" -eq 0 ]; then
  echo "run $run_id completed"
  exit 0
fi
echo "run $run_id ended $(jq -r .runStatus "$run"); failed nodes:"
# A node failed when one of its queries (or its render query) reports success: false.
synq-coalesce coalesce runs runs-list-results "$run_id" |
  jq -r '.data[] | select([.queryResults[]?, .renderQueryResult // empty] | any(.success == false)) | "  \(.name)"'
exit 1
