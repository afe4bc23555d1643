# OpenSearch 2.19 with the k-NN plugin on loopback for the CI scripts (.ci/opensearch, .ci/cluster); source it, then
#   opensearch_start WORK PORT    fetch (Maven Central, one Maven run), unpack under WORK, start on 127.0.0.1:PORT, wait
#   opensearch_stop WORK          stop the one started under WORK (by its pid file), wait until it is gone
# Everything comes from Maven Central:
#   - the integ-test distribution, which has no analysis module: the full distribution's analysis-common (the
#     english analyzer, asciifolding) is added from its own artifact;
#   - the k-NN plugin (Factdesk's vector fields: similar claims by meaning), org.opensearch.plugin:opensearch-knn
#     as a complete plugin zip. It carries no native libraries (faiss, nmslib), so only the "lucene" engine works,
#     which is the one Hibernate Search 7.2 asks for. Its descriptor pins opensearch.version=2.19.1 and Central
#     has no k-NN build for a later 2.19, so the server is 2.19.1;
#   - lang-painless, which the k-NN plugin extends and the integ-test zip lacks; Central has its jar only, so the
#     module is put together from the jar, its dependencies, a descriptor and its security policy.
# OpenSearch refuses to run as root: it runs as the unprivileged user factdesk-search, created if missing.
OPENSEARCH_VERSION=2.19.1
OPENSEARCH_KNN_VERSION=2.19.1.0

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

_opensearch_fetch() { # WORK groupId:artifactId:version[:type]... -> WORK/download, one Maven run
    local work=$1 artifact g a v t deps=""
    shift
    for artifact in "$@"; do
        IFS=: read -r g a v t <<<"$artifact"
        deps="$deps<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><type>${t:-jar}</type></dependency>"
    done
    cat > "$work/download/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>opensearch-fetch</artifactId><version>1</version><packaging>pom</packaging>
<dependencies>$deps</dependencies></project>
POM
    mvn -B -q --no-transfer-progress -f "$work/download/pom.xml" dependency:copy-dependencies \
        -DexcludeTransitive=true -DoutputDirectory="$work/download"
}

opensearch_start() {
    local work=$1 port=$2 run_as=factdesk-search v=$OPENSEARCH_VERSION
    local home_dir="$work/opensearch-$v"
    opensearch_stop "$work"
    rm -rf "$work"
    mkdir -p "$work/download" "$work/data" "$work/logs"
    _opensearch_fetch "$work" \
        "org.opensearch.distribution.integ-test-zip:opensearch:$v:zip" \
        "org.opensearch.plugin:analysis-common:$v" \
        "org.opensearch.plugin:lang-painless:$v" \
        "org.opensearch.plugin:opensearch-scripting-painless-spi:$v" \
        org.antlr:antlr4-runtime:4.13.1 \
        org.ow2.asm:asm:9.7 org.ow2.asm:asm-util:9.7 org.ow2.asm:asm-tree:9.7 \
        org.ow2.asm:asm-commons:9.7 org.ow2.asm:asm-analysis:9.7 \
        "org.opensearch.plugin:opensearch-knn:$OPENSEARCH_KNN_VERSION:zip"
    (cd "$work" && unzip -q "download/opensearch-$v.zip")

    mkdir -p "$home_dir/modules/analysis-common"
    cp "$work/download/analysis-common-$v.jar" "$home_dir/modules/analysis-common/"
    cat > "$home_dir/modules/analysis-common/plugin-descriptor.properties" <<DESCRIPTOR
description=Adds the built-in analyzers and token filters
version=$v
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$v
DESCRIPTOR

    mkdir -p "$home_dir/modules/lang-painless"
    cp "$work/download/lang-painless-$v.jar" "$work/download/opensearch-scripting-painless-spi-$v.jar" \
        "$work/download/antlr4-runtime-4.13.1.jar" "$work/download"/asm-*9.7.jar "$home_dir/modules/lang-painless/"
    cat > "$home_dir/modules/lang-painless/plugin-descriptor.properties" <<DESCRIPTOR
description=An easy, safe and fast scripting language for OpenSearch
version=$v
name=lang-painless
classname=org.opensearch.painless.PainlessPlugin
java.version=11
opensearch.version=$v
DESCRIPTOR
    cat > "$home_dir/modules/lang-painless/plugin-security.policy" <<'POLICY'
grant {
  // needed to generate runtime classes
  permission java.lang.RuntimePermission "createClassLoader";
  // needed to find the classloader to load whitelisted classes from
  permission java.lang.RuntimePermission "getClassLoader";
};
POLICY

    mkdir -p "$home_dir/plugins/opensearch-knn"
    unzip -q "$work/download/opensearch-knn-$OPENSEARCH_KNN_VERSION.zip" -d "$home_dir/plugins/opensearch-knn"

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
