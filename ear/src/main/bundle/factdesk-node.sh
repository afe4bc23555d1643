#!/bin/sh
# Starts one Factdesk cluster node: WildFly's HA profile (configured by factdesk-wildfly.cli with
# -Dfactdesk.server.config=standalone-ha.xml, then factdesk-cluster.cli), search on OpenSearch, indexing
# coordinated through the database's outbox, sessions replicated to the other nodes. See OPERATIONS.md,
# "More than one server". Runs in the foreground, like standalone.sh; stop it as you stop WildFly.
#
#     factdesk-node.sh NAME [standalone.sh arguments...]
#
# NAME is this node's name, distinct in the cluster (node1, node2, ...). Environment (defaults after ':'):
#   WILDFLY_HOME                  the WildFly 39 installation (required)
#   FACTDESK_NODE_BASE_DIR        this node's own server folder ($WILDFLY_HOME/standalone); two nodes on one
#                                 machine each need a copy of standalone/ and their own port offset
#   FACTDESK_NODE_PORT_OFFSET     0 (HTTP 8080, management 9990, JGroups 7600, each plus the offset)
#   FACTDESK_CLUSTER_HOSTS        every node's JGroups address: host[7600+offset],host[...] (this one included)
#   FACTDESK_BIND_ADDRESS         127.0.0.1: the address this node serves and clusters on
#   FACTDESK_SEARCH_URIS          http://127.0.0.1:9200: OpenSearch 2.x (with its analysis-common module)
#   FACTDESK_DB_URL, FACTDESK_DB_USER, FACTDESK_DB_PASSWORD: the one PostgreSQL database all nodes share
set -eu
[ $# -ge 1 ] || { echo "usage: $0 NAME [standalone.sh arguments...]" >&2; exit 2; }
name=$1
shift
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly installation}"
base_dir=${FACTDESK_NODE_BASE_DIR:-$WILDFLY_HOME/standalone}
offset=${FACTDESK_NODE_PORT_OFFSET:-0}
address=${FACTDESK_BIND_ADDRESS:-127.0.0.1}
hosts=${FACTDESK_CLUSTER_HOSTS:-$address[$((7600 + offset))]}
search=${FACTDESK_SEARCH_URIS:-http://127.0.0.1:9200}

exec "$WILDFLY_HOME/bin/standalone.sh" -c standalone-ha.xml \
    -Djboss.server.base.dir="$base_dir" \
    -Djboss.node.name="$name" -Djboss.tx.node.id="$name" \
    -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.bind.address="$address" -Djboss.bind.address.private="$address" \
    -Dfactdesk.cluster.hosts="$hosts" \
    -Dfactdesk.search.backend=opensearch \
    -Dhibernate.search.backend.uris="$search" \
    -Dhibernate.search.backend.version=opensearch:2.19 \
    -Dhibernate.search.backend.version_check.enabled=false \
    -Dfactdesk.search.coordination=outbox-polling \
    "$@"
