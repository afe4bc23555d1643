#!/bin/sh
# Runs Factdesk's WildFly for `mvn -Prun` and guarantees it stops with it: on Ctrl-C, on TERM or HUP, and
# also when Maven itself goes away without passing a signal on (exec-maven-plugin does not).
# Usage: run-factdesk.sh SERVER_DIR [standalone.sh arguments...]
server_dir=$1
shift
parent=$PPID

# A newsroom's years of claims (a million, on the embedded database) run within a 1 GiB heap, with the parallel
# collector: on two cores it cost the server less CPU than the JVM's default (G1) both generating a million claims
# and serving 20 editors. Its full collections pause the server for about half a second: every few seconds while
# claims are generated in bulk, none in two minutes of 20 editors saving (docs/performance.md, OPERATIONS.md).
# Setting JBOSS_JAVA_SIZING replaces both.
JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms256m -Xmx1g -XX:+UseParallelGC}"
export JBOSS_JAVA_SIZING
LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_dir/bin/standalone.sh" "$@" &
server=$!

# When Maven is killed, the pipe this script writes to has no reader any more: without this, the first echo below
# would end the script (SIGPIPE) before it stopped the server, and leave WildFly running.
trap '' PIPE

stop() {
    trap - INT TERM HUP
    kill -TERM "$server" 2>/dev/null
    echo "Stopping Factdesk (WildFly pid $server)..." 2>/dev/null
    wait "$server"
    echo "Factdesk stopped." 2>/dev/null
    exit 0
}
trap stop INT TERM HUP

while kill -0 "$server" 2>/dev/null; do
    kill -0 "$parent" 2>/dev/null || stop
    sleep 1
done
wait "$server"
