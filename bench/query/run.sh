#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Datakraam query benchmark (issue 7, must-show 3): three queries (a filtered group-by, a top-N, a join with a
# 345-row table) on the 5-million-row benchmark file, as Datakraam answers them (POST /v1/query on the running jar,
# through its DuckDB sandbox), as DuckDB alone answers them over the same Parquet files (JDBC), and as PostgreSQL
# answers them with the data loaded by COPY into typed columns, indexed and analysed. Same SQL text on every side
# (bench/query/queries.sql). See docs/benchmarks.md, "Query (issue 7)".
#
#   bench/query/run.sh                   # 5,000,000 rows, 5 timed runs of each query on each engine
#   bench/query/run.sh --rows 500000     # quick check
#
# Options: --rows N, --runs K (timed runs per query and engine, after one warm-up; default 5), --jar PATH (default:
# platform/target/datakraam.jar, built with `mvnw package` if missing), --wait-load L (before the timed runs, wait up
# to 15 minutes until the 1-minute load average is below L), --work-mem M (PostgreSQL work_mem of the benchmark
# session, default 256MB), --port P (Datakraam's port, default 18097), --keep (keep the data directory and the
# PostgreSQL schema dk_query_bench). Environment: JAVA_HOME, BENCH_DIR (default /tmp/datakraam-bench), DUCKDB_JAR,
# PGHOST, PGPORT, PGUSER, PGDATABASE. Exit code 3 when the engines' answers differ.

set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
ROWS=5000000
RUNS=5
JAR=""
WAIT_LOAD=""
WORK_MEM=256MB
PORT=${PORT:-18097}
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS=${2//_/}; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        --wait-load) WAIT_LOAD=$2; shift 2 ;;
        --work-mem) WORK_MEM=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '4,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
WORK=${BENCH_DIR:-/tmp/datakraam-bench}
QWORK=$WORK/query
DATA=$QWORK/dk-data
M2=$HOME/.m2/repository
DUCKDB_JAR=${DUCKDB_JAR:-$M2/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar}
PG_JAR=$(ls "$M2"/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
JACKSON=$M2/tools/jackson/core/jackson-databind/3.1.4/jackson-databind-3.1.4.jar:$M2/tools/jackson/core/jackson-core/3.1.4/jackson-core-3.1.4.jar:$M2/com/fasterxml/jackson/core/jackson-annotations/2.21/jackson-annotations-2.21.jar
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}; PGDATABASE=${PGDATABASE:-test}
SCHEMA=dk_query_bench
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PGDATABASE")
CBS=$REPO/../shared/data/real/cbs_pdok_gemeenten_2022_v1_wgs84.json
[ -f "$CBS" ] || CBS=/work/shared/data/real/cbs_pdok_gemeenten_2022_v1_wgs84.json

die() { echo "query/run.sh: $*" >&2; exit 1; }
[ -x "$JAVA" ] || die "no java at $JAVA; set JAVA_HOME"
[ -f "$DUCKDB_JAR" ] || die "no DuckDB JDBC jar at $DUCKDB_JAR; set DUCKDB_JAR"
[ -n "$PG_JAR" ] || die "no PostgreSQL JDBC jar under $M2/org/postgresql"
for jar in ${JACKSON//:/ }; do [ -f "$jar" ] || die "no $jar (Jackson 3, which the build downloads)"; done
[ -f "$CBS" ] || die "no $CBS (the CBS municipalities, for the small table)"
command -v psql > /dev/null || die "psql is missing"
command -v curl > /dev/null || die "curl is missing"
mkdir -p "$QWORK"

# --- the jar ----------------------------------------------------------------------------------------------------
if [ -z "$JAR" ]; then
    JAR=$REPO/platform/target/datakraam.jar
    if [ ! -f "$JAR" ]; then
        echo "Building $JAR ..."
        (cd "$REPO" && ./mvnw -o -q -pl platform -am -DskipTests package) || die "build failed"
    fi
fi
[ -f "$JAR" ] || die "no jar at $JAR"
cp "$JAR" "$QWORK/datakraam.jar"
JAR_INFO="$JAR, built $(date -u -r "$JAR" +'%Y-%m-%d %H:%M UTC'), HEAD $(git -C "$REPO" log -1 --format=%h)"

# --- the files --------------------------------------------------------------------------------------------------
# The SHA-256 of bench/GenerateCsv.java's output, as in bench/run.sh.
case "$ROWS" in
    5000000) WANT=4a50fb5d274c0b441207bfab177d27ebd8ec9f94645b7c81d64447b11eea4db8 ;;
    500000) WANT=c590dcc2337bb87a3d6cbcba792b872ff914a0ac912730e04b74ea1ac8df8d4e ;;
    *) WANT="" ;;
esac
FILE=$WORK/meldingen-$ROWS.csv
HAVE=""
[ -f "$FILE" ] && HAVE=$(sha256sum "$FILE" | cut -d' ' -f1)
if [ -z "$HAVE" ] || { [ -n "$WANT" ] && [ "$HAVE" != "$WANT" ]; }; then
    echo "Generating $FILE ($ROWS rows) ..."
    "$JAVA" "$REPO/bench/GenerateCsv.java" "$FILE" "$ROWS" > /dev/null || die "generator failed"
    HAVE=$(sha256sum "$FILE" | cut -d' ' -f1)
fi
[ -n "$WANT" ] && [ "$HAVE" != "$WANT" ] && echo "WARNING: $FILE has SHA-256 $HAVE, not the recorded $WANT" >&2
# Named as the table it becomes: the import names the dataset's table after its title.
SMALL=$QWORK/gemeenten.csv
BENCH_CP="$DUCKDB_JAR:$PG_JAR:$JACKSON"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$BENCH_CP" "$BENCH/QueryBench.java" gemeenten "$CBS" "$SMALL" \
    || die "could not write $SMALL"

echo
echo "== Datakraam query benchmark, $(date -u +'%Y-%m-%d %H:%M UTC') on $(hostname), $(nproc) CPUs,"\
     "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
echo "file    $FILE: $ROWS rows, $(stat -c %s "$FILE") bytes, sha256 $HAVE"
echo "small   $SMALL: $(($(wc -l < "$SMALL") - 1)) rows (CBS Wijk- en buurtkaart 2022, municipalities, land parts)"
echo "jar     $JAR_INFO"
echo "java    $("$JAVA" -version 2>&1 | head -1); PostgreSQL $("${PSQL[@]}" -Atc 'SHOW server_version')"
echo "load    $(cut -d' ' -f1-3 /proc/loadavg)"

# --- Datakraam: import both files with the real jar, then start it -------------------------------------------------
rm -rf "$DATA"
dk_import() {   # FILE TITLE -> prints the dataset id
    local started log=$QWORK/import-$2.log
    started=$(date +%s.%N)
    "$JAVA" -Xmx512m -jar "$QWORK/datakraam.jar" import "$1" --title="$2" --access-level=intern \
        --datakraam.data-dir="$DATA" > "$log" 2>&1 || { tail -5 "$log" >&2; die "import of $1 failed"; }
    echo "Datakraam import $2: $(grep -o 'Done: [0-9]* rows' "$log"), wall" \
         "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s" \
         "(java -Xmx512m -jar datakraam.jar import $(basename "$1") --title=$2 --access-level=intern)" >&2
    grep -o 'Done: .*Dataset [0-9a-f-]*' "$log" | grep -o '[0-9a-f-]*$'
}
BIG_ID=$(dk_import "$FILE" meldingen) || exit 1
SMALL_ID=$(dk_import "$SMALL" gemeenten) || exit 1
TOKEN=$(cat "$DATA/bootstrap-token") || die "no bootstrap token in $DATA"

"$JAVA" -Xmx1g -jar "$QWORK/datakraam.jar" --datakraam.data-dir="$DATA" --server.port="$PORT" \
    > "$QWORK/datakraam.log" 2>&1 &
DK_PID=$!
cleanup() {
    kill "$DK_PID" 2>/dev/null && wait "$DK_PID" 2>/dev/null
    if [ "$KEEP" = 0 ]; then
        rm -rf "$DATA"
        "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" > /dev/null 2>&1
    fi
}
trap cleanup EXIT
URL=http://127.0.0.1:$PORT
for _ in $(seq 1 300); do
    curl -fs "$URL/actuator/health" > /dev/null 2>&1 && break
    kill -0 "$DK_PID" 2>/dev/null || die "Datakraam did not start; see $QWORK/datakraam.log"
    sleep 1
done
PARQUET=()
for pair in "meldingen:$BIG_ID" "gemeenten:$SMALL_ID"; do
    name=${pair%%:*}; id=${pair#*:}
    table=$(curl -fs -H "Authorization: Bearer $TOKEN" "$URL/v1/datasets/$id" | sed -n 's/.*"tableName" *: *"\([^"]*\)".*/\1/p')
    [ "$table" = "$name" ] || die "dataset $id has table name '$table', expected $name"
    file=$(ls -d "$DATA"/blobs/datasets/"$id"/v*/data.parquet | sort -V | tail -1)
    [ -f "$file" ] || die "no data.parquet for dataset $id"
    PARQUET+=("$name=$file")
    echo "Datakraam table $name: dataset $id, $(stat -c %s "$file") bytes of Parquet"
done

# --- PostgreSQL: COPY, typed columns, indexes, ANALYZE ------------------------------------------------------------
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" || die "cannot create $SCHEMA"
# The server reads the files itself (COPY FROM 'file'), as bench/run.sh's fastest COPY.
"${PSQL[@]}" -c "SELECT (pg_stat_file('$FILE')).size" > /dev/null 2>&1 \
    || die "the PostgreSQL server cannot read $FILE (it must run on this machine)"
echo "PostgreSQL load (bench/query/setup-postgres.sql, statement times):"
started=$(date +%s.%N)
PGOPTIONS="-c search_path=$SCHEMA -c maintenance_work_mem=512MB" "${PSQL[@]}" -v file="$FILE" \
    -v gemeenten="$SMALL" -f "$BENCH/setup-postgres.sql" > "$QWORK/pg-load.log" 2>&1 \
    || { cat "$QWORK/pg-load.log" >&2; die "loading PostgreSQL failed"; }
grep -E '^Time:' "$QWORK/pg-load.log" | paste -sd' ' | fold -s -w 116 | sed 's/^/    /'
grep -v '^Time:' "$QWORK/pg-load.log" | sed 's/^/    /'
echo "    whole load $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s"

# --- the queries --------------------------------------------------------------------------------------------------
if [ -n "$WAIT_LOAD" ]; then
    waited=0
    while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$WAIT_LOAD" 'BEGIN {exit !(l >= m)}' \
            && [ "$waited" -lt 900 ]; do
        sleep 5; waited=$((waited + 5))
    done
    echo "(waited $waited s for the load average to drop below $WAIT_LOAD)"
fi
echo "load before the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS=$QWORK/results.txt
# The sandbox's settings (datakraam.query.threads, .memory-limit in application.yaml), for DuckDB alone.
query_setting() {
    awk -v key="$1" '/^  [a-z]/ { inside = ($1 == "query:") } inside && $1 == key ":" { print $2; exit }' \
        "$REPO/platform/src/main/resources/application.yaml"
}
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$BENCH_CP" "$BENCH/QueryBench.java" run "$BENCH/queries.sql" \
    "$RUNS" "$URL" "$TOKEN" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER&currentSchema=$SCHEMA" "$WORK_MEM" \
    "$(query_setting threads)" "$(query_setting memory-limit)" \
    "${PARQUET[@]}" 2>&1 | grep -v WARNING | tee "$RESULTS"
STATUS=${PIPESTATUS[0]}
echo "load after the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$STATUS" = 0 ] || { echo "FAILED (exit $STATUS): see above" >&2; exit "$STATUS"; }

# --- summary ------------------------------------------------------------------------------------------------------
echo
awk -F'\t' -v runs="$RUNS" '
    function cell(k, e) { return sprintf("%7.1f (%6.1f / %6.1f)", med[k, e], p95[k, e], min[k, e]) }
    $1 == "RESULT" { if (!($2 in order)) { order[$2] = ++n; name[n] = $2 }
                     med[$2, $3] = $4; p95[$2, $3] = $5; min[$2, $3] = $6 }
    END {
        printf "Summary: milliseconds at the client, median of %d runs (p95 / min); PG / DK = PostgreSQL median /", runs
        printf " Datakraam median (the goal: at least 10)\n\n"
        printf "| %-20s | %-23s | %-23s | %-23s | %-23s | %7s | %9s | %-6s |\n", "query", "Datakraam (HTTP)",
               "DuckDB alone (JDBC)", "DuckDB, fresh per query", "PostgreSQL (JDBC)", "PG / DK", "PG / Duck", "10x?"
        printf "|%s|%s|%s|%s|%s|%s|%s|%s|\n", "----------------------", "-------------------------",
               "-------------------------", "-------------------------", "-------------------------", "--------:",
               "----------:", "--------"
        for (i = 1; i <= n; i++) {
            k = name[i]
            r = med[k, "postgresql"] / med[k, "datakraam"]
            printf "| %-20s | %s | %s | %s | %s | %7.2f | %9.2f | %-6s |\n", k, cell(k, "datakraam"),
                   cell(k, "duckdb"), cell(k, "duckdb-fresh"), cell(k, "postgresql"), r,
                   med[k, "postgresql"] / med[k, "duckdb"], k ~ /^q0/ ? "-" : r >= 10 ? "met" : "NOT met"
        }
    }' "$RESULTS"
echo
echo "Fixed cost per request (milliseconds, median and min):"
awk -F'\t' '$1 == "FIXED" { printf "  %-60s %7.1f  (min %.1f)\n", $2, $3, $4 }' "$RESULTS"
echo
echo "Log of this run: $RESULTS; Datakraam's log: $QWORK/datakraam.log"
