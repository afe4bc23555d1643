#!/bin/sh
# Builds the EAR that the tests and `mvn -Prun` deploy: the production EAR with the bench jar (load generation and
# the queue benchmark, /api/admin/load) added to its web module's WEB-INF/lib. The deploy bundle keeps the
# production EAR, which has neither.
# Usage: dev-ear.sh JAR_TOOL PRODUCTION_EAR BENCH_JAR OUTPUT_EAR [COPY]   (absolute paths; COPY: where else it goes)
set -eu
jar_tool=$1
ear=$2
bench=$3
out=$4
copy=${5:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/WEB-INF/lib" "$(dirname "$out")"
cp "$bench" "$work/WEB-INF/lib/factdesk-bench.jar"
cp "$ear" "$out"
cd "$work"
"$jar_tool" xf "$ear" factdesk-web.war
"$jar_tool" uf factdesk-web.war WEB-INF/lib/factdesk-bench.jar
"$jar_tool" uf "$out" factdesk-web.war
if [ -n "$copy" ]; then
    mkdir -p "$(dirname "$copy")"
    cp "$out" "$copy"
fi
