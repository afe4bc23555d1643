# OpenSearch 2.19 on loopback for the CI scripts (.ci/opensearch, .ci/cluster); source it, then
#   opensearch_start WORK PORT    fetch (Maven Central), unpack under WORK, start on 127.0.0.1:PORT, wait
#   opensearch_stop WORK          stop the one started under WORK (by its pid file), wait until it is gone
# The integ-test distribution has no analysis module, so the full distribution's analysis-common (the english
# analyzer, asciifolding) is added from its own artifact. OpenSearch refuses to run as root: it runs as the
# unprivileged user factdesk-search, created if missing.
OPENSEARCH_VERSION=2.19.3

opensearch_stop() {
    local work=$1 pid
    if [ -f "$work/pid" ]; then
        pid=$(cat "$work/pid") # OpenSearch deletes the file as it stops
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        rm -f "$work/pid"
    fi
}

opensearch_start() {
    local work=$1 port=$2 run_as=factdesk-search
    local home_dir="$work/opensearch-$OPENSEARCH_VERSION"
    opensearch_stop "$work"
    rm -rf "$work"
    mkdir -p "$work/download" "$work/data" "$work/logs"
    mvn -B -q --no-transfer-progress dependency:copy -DoutputDirectory="$work/download" \
        -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip"
    mvn -B -q --no-transfer-progress dependency:copy -DoutputDirectory="$work/download" \
        -Dartifact="org.opensearch.plugin:analysis-common:$OPENSEARCH_VERSION"
    (cd "$work" && unzip -q "download/opensearch-$OPENSEARCH_VERSION.zip")
    mkdir -p "$home_dir/modules/analysis-common"
    cp "$work/download/analysis-common-$OPENSEARCH_VERSION.jar" "$home_dir/modules/analysis-common/"
    cat > "$home_dir/modules/analysis-common/plugin-descriptor.properties" <<DESCRIPTOR
description=Adds the built-in analyzers and token filters
version=$OPENSEARCH_VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$OPENSEARCH_VERSION
DESCRIPTOR
    id -u "$run_as" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$run_as"
    chown -R "$run_as" "$work"
    local java_home
    java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    setsid su -s /bin/sh "$run_as" -c "OPENSEARCH_JAVA_HOME='$java_home' OPENSEARCH_JAVA_OPTS='-Xms512m -Xmx512m' \
        '$home_dir/bin/opensearch' -d -p '$work/pid' -E discovery.type=single-node -E network.host=127.0.0.1 \
        -E http.port=$port -E path.data='$work/data' -E path.logs='$work/logs'" </dev/null >"$work/start.log" 2>&1
    for _ in $(seq 1 90); do
        curl -fs "http://127.0.0.1:$port/" >/dev/null && break
        sleep 1
    done
    curl -fs "http://127.0.0.1:$port/" | grep '"number"'
}
