#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Datakraam search benchmark: Datakraam's catalogue search (Lucene, GET /v1/search) vs PostgreSQL full-text search
# (Dutch configuration, GIN index) over the same generated catalogue, in one run. See docs/benchmarks.md.
#
#   bench/search/run.sh                  # 10,000 datasets, 20 rounds of the query mix
#   bench/search/run.sh --datasets 2000 --rounds 5
#
# Options: --datasets N, --rounds R, --jar PATH (default: build platform/target/datakraam.jar if missing), --keep
# (leave the schema and data directory). Environment: JAVA_HOME, BENCH_DIR (default /tmp/datakraam-search-bench),
# PGHOST, PGPORT, PGUSER, PGDATABASE, PORT (Datakraam's port, default 18089).

set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
DATASETS=10000
ROUNDS=20
JAR=""
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --datasets) DATASETS=${2//_/}; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
WORK=${BENCH_DIR:-/tmp/datakraam-search-bench}
PORT=${PORT:-18089}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}; PGDATABASE=${PGDATABASE:-test}
SCHEMA=dk_search_bench
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PGDATABASE")
PG_JAR=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
TOKEN=search-bench-token

mkdir -p "$WORK"
if [ -z "$JAR" ]; then
    JAR=$REPO/platform/target/datakraam.jar
    if [ ! -f "$JAR" ]; then
        (cd "$REPO" && ./mvnw -o -q -pl platform -am package -DskipTests)
    fi
fi

echo "== catalogue: $DATASETS datasets (deterministic) in $WORK/catalog"
"$JAVA" "$BENCH/GenerateCatalog.java" "$WORK/catalog" "$DATASETS"
sha256sum "$WORK/catalog/dataset.csv"

echo "== fresh schema $SCHEMA, Datakraam on port $PORT (PostgreSQL metadata store)"
"${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade; create schema $SCHEMA;"
rm -rf "$WORK/dk"
"$JAVA" -Xmx1g -jar "$JAR" --spring.profiles.active=postgres \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
    --spring.datasource.username="$PGUSER" --spring.flyway.schemas=$SCHEMA \
    --datakraam.data-dir="$WORK/dk" --server.port=$PORT --datakraam.bootstrap.token=$TOKEN \
    --datakraam.search.check-interval=2s --datakraam.quality.mqa.check-interval=7d \
    > "$WORK/datakraam.log" 2>&1 &
DK_PID=$!
cleanup() {
    kill "$DK_PID" 2>/dev/null || true
    wait "$DK_PID" 2>/dev/null || true
    if [ "$KEEP" = 0 ]; then "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade;" || true; fi
}
trap cleanup EXIT
for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$PORT/v1/search?limit=1" > /dev/null 2>&1 && break
    kill -0 "$DK_PID" 2>/dev/null || { echo "Datakraam did not start; see $WORK/datakraam.log" >&2; exit 1; }
    sleep 1
done

echo "== loading the catalogue into Datakraam's metadata tables (one transaction, as one change)"
"${PSQL[@]}" --single-transaction <<SQL
set search_path to $SCHEMA;
\copy dataset (id, title, description, publisher, licence, keywords, access_level, table_name, created_by, created_at, modified_at, update_frequency) from '$WORK/catalog/dataset.csv' with (format csv)
\copy dataset_version (id, dataset_id, version_number, source_filename, raw_key, raw_sha256, raw_size, row_count, table_schema, dialect, issues, created_at) from '$WORK/catalog/dataset_version.csv' with (format csv)
\copy distribution (id, version_id, format, media_type, blob_key, byte_size) from '$WORK/catalog/distribution.csv' with (format csv)
update dataset d set current_version = v.id from dataset_version v where v.dataset_id = d.id;
-- the generator writes the publisher's name; since V11 a dataset belongs to an organisation (and has a slug):
-- the organisations the catalogue already knows by that name, the others created as the catalogue would
update dataset d set organisation_id = o.id from organisation o where o.name = d.publisher and d.organisation_id is null;
insert into organisation (id, uri, name, created_at)
    select 'bench-' || md5(p.publisher), 'urn:datakraam:organisation:bench-' || md5(p.publisher), p.publisher, now()
    from (select distinct publisher from dataset where organisation_id is null and publisher is not null) p;
update dataset set organisation_id = 'bench-' || md5(publisher) where organisation_id is null and publisher is not null;
update dataset set slug = replace(table_name, '_', '-') where slug is null;
\copy dataset_quality_rating (dataset_id, rating, points, assessed_at, recorded_at) from '$WORK/catalog/quality.csv' with (format csv)
SQL

echo "== waiting for Datakraam to index it (its periodic check sees the store changed and rebuilds)"
for _ in $(seq 1 300); do
    total=$(curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/v1/search?limit=1" \
        | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    [ "${total:-0}" = "$DATASETS" ] && break
    sleep 1
done
grep -o 'Search index rebuilt: [0-9]* datasets in [0-9]* ms' "$WORK/datakraam.log" | tail -1

echo "== PostgreSQL full-text table and GIN index over the same metadata"
"${PSQL[@]}" -c "set search_path to $SCHEMA;" -f "$BENCH/setup-postgres.sql"
"${PSQL[@]}" -At -c "select 'PostgreSQL ' || version();"
echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

"$JAVA" -cp "$PG_JAR" "$BENCH/SearchBench.java" "http://127.0.0.1:$PORT" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER&currentSchema=$SCHEMA" "$ROUNDS"
echo "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
