#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Datakraam ingest benchmark: Datakraam's `import` command vs DuckDB's own read_csv -> Parquet vs PostgreSQL COPY,
# on one generated file. See bench/README.md.
#
#   bench/run.sh                      # 5,000,000 rows (~573 MB), one run of each
#   bench/run.sh --rows 500000        # quick check (~57 MB)
#   bench/run.sh --runs 3             # three runs of each, medians in the summary
#
# Options: --rows N, --runs K, --jar PATH (use this jar), --rebuild (build the jar from the working tree again),
# --build-commit REF (build the jar from a clean `git archive REF`, ignoring uncommitted edits), --keep (keep the
# outputs: Datakraam's data directory, DuckDB's Parquet, the PostgreSQL table), --prepare (only build the jar and
# generate the file, then stop; bench/profile.sh uses it), --wait-load L (before each measurement wait, up to 15
# minutes, until the 1-minute load average is below L: the machine is shared), --aot (run Datakraam with a JDK AOT
# cache made by bin/prepare-aot.sh from the jar, in $BENCH_DIR/aot: `java -XX:AOTCache=… -jar aot/datakraam.jar`).
# Environment: JAVA_HOME, BENCH_DIR (default /tmp/datakraam-bench), DUCKDB_JAR, PGHOST, PGPORT, PGUSER, PGDATABASE.

set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
ROWS=5000000
RUNS=1
JAR=""
REBUILD=0
BUILD_COMMIT=""
KEEP=0
PREPARE=0
WAIT_LOAD=""
AOT=0
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS=${2//_/}; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        --rebuild) REBUILD=1; shift ;;
        --build-commit) BUILD_COMMIT=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --prepare) PREPARE=1; shift ;;
        --wait-load) WAIT_LOAD=$2; shift 2 ;;
        --aot) AOT=1; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
WORK=${BENCH_DIR:-/tmp/datakraam-bench}
OUT=$WORK/out
DUCKDB_JAR=${DUCKDB_JAR:-$HOME/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar}
PSQL_VERBOSE=(psql -X -v ON_ERROR_STOP=1 -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}"
      -d "${PGDATABASE:-test}")
PSQL=("${PSQL_VERBOSE[@]}" -q)
TABLE=datakraam_bench_copy
TIME=/usr/bin/time
mkdir -p "$OUT"

die() { echo "run.sh: $*" >&2; exit 1; }
[ -x "$JAVA" ] || die "no java at $JAVA; set JAVA_HOME"
[ -x "$TIME" ] || die "$TIME is missing (apt-get install -y time)"
[ -f "$DUCKDB_JAR" ] || die "no DuckDB JDBC jar at $DUCKDB_JAR; set DUCKDB_JAR"
command -v psql >/dev/null || die "psql is missing"

# --- the jar ----------------------------------------------------------------------------------------------------
if [ -z "$JAR" ]; then
    JAR=$WORK/datakraam.jar
    if [ -n "$BUILD_COMMIT" ]; then
        echo "Building datakraam.jar from a clean export of $BUILD_COMMIT ..."
        rm -rf "$WORK/src" && mkdir -p "$WORK/src"
        git -C "$REPO" archive "$BUILD_COMMIT" | tar -x -C "$WORK/src" || die "git archive $BUILD_COMMIT failed"
        (cd "$WORK/src" && (./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests)) \
            || die "build of $BUILD_COMMIT failed"
        cp "$WORK/src/platform/target/datakraam.jar" "$JAR"
        echo "$(git -C "$REPO" rev-parse --short "$BUILD_COMMIT") (clean git archive)" > "$JAR.commit"
    elif [ ! -f "$JAR" ] || [ "$REBUILD" = 1 ]; then
        echo "Building datakraam.jar from the working tree ..."
        (cd "$REPO" && (./mvnw -q -o install -DskipTests || ./mvnw -q install -DskipTests)) || die "build failed"
        cp "$REPO/platform/target/datakraam.jar" "$JAR"
        dirty=$(git -C "$REPO" status --porcelain -- . ':!bench' ':!docs/benchmarks.md' | head -1)
        echo "$(git -C "$REPO" log -1 --format=%h)${dirty:+ + uncommitted changes}" > "$JAR.commit"
    fi
fi
[ -f "$JAR" ] || die "no jar at $JAR"
JAR_COMMIT=$(cat "$JAR.commit" 2>/dev/null || echo "unknown")
# How Datakraam is started: the jar as it is, or (--aot) the extracted jar with an AOT cache from one training run.
DK_JAVA=("$JAVA" -Xmx512m -jar "$JAR")
if [ "$AOT" = 1 ]; then
    if [ ! -f "$WORK/aot/datakraam.aot" ] || [ "$JAR" -nt "$WORK/aot/datakraam.aot" ]; then
        echo "Preparing the AOT cache for $JAR ..."
        "$REPO/bin/prepare-aot.sh" "$JAR" "$WORK/aot" > /dev/null || die "bin/prepare-aot.sh failed"
    fi
    DK_JAVA=("$JAVA" -XX:AOTCache="$WORK/aot/datakraam.aot" -Xmx512m -jar "$WORK/aot/datakraam.jar")
fi

# --- the file ---------------------------------------------------------------------------------------------------
# SHA-256 of bench/GenerateCsv.java's output; a different hash means the generator changed (update these with it).
expected_sha() {
    case "$1" in
        5000000) echo 4a50fb5d274c0b441207bfab177d27ebd8ec9f94645b7c81d64447b11eea4db8 ;;
        500000) echo c590dcc2337bb87a3d6cbcba792b872ff914a0ac912730e04b74ea1ac8df8d4e ;;
        *) echo "" ;;
    esac
}
FILE=$WORK/meldingen-$ROWS.csv
need=$((ROWS * 115 * 6))   # the file, its raw copy, staging, Parquet, CSV, the PostgreSQL table and WAL
avail=$(( $(df -Pk "$WORK" | awk 'NR == 2 {print $4}') * 1024 ))
[ "$avail" -gt "$need" ] || die "$WORK has $((avail / 1000000)) MB free, needs about $((need / 1000000)) MB"
want=$(expected_sha "$ROWS")
have=""
[ -f "$FILE" ] && have=$(sha256sum "$FILE" | cut -d' ' -f1)
[ -z "$want" ] && [ -f "$FILE.sha256" ] && want_local=$(cut -d' ' -f1 "$FILE.sha256") || want_local=""
if [ -z "$have" ] || { [ -n "$want" ] && [ "$have" != "$want" ]; } \
        || { [ -z "$want" ] && [ "$have" != "$want_local" ]; }; then
    echo "Generating $FILE ($ROWS rows) ..."
    "$JAVA" "$BENCH/GenerateCsv.java" "$FILE" "$ROWS" >/dev/null || die "generator failed"
    have=$(sha256sum "$FILE" | cut -d' ' -f1)
fi
if [ -n "$want" ] && [ "$have" != "$want" ]; then
    echo "WARNING: $FILE has SHA-256 $have, not the recorded $want: the generator changed." >&2
fi
SIZE=$(stat -c %s "$FILE")
if [ "$PREPARE" = 1 ]; then
    echo "file $FILE ($SIZE bytes, sha256 $have); jar $JAR (commit $JAR_COMMIT)"
    exit 0
fi
COLUMNS=$(head -1 "$FILE" | tr -d '\r' | tr ';' '\n' | sed 's/.*/"&" text/' | paste -sd, -)

JAVA_VERSION=$("$JAVA" -version 2>&1 | head -1)
PG_VERSION=$("${PSQL[@]}" -Atc "SHOW server_version" 2>/dev/null || echo "unreachable")
echo
echo "== Datakraam ingest benchmark, $(date -u +'%Y-%m-%d %H:%M UTC') on $(hostname), $(nproc) CPUs,"\
     "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
echo "file    $FILE: $ROWS rows, $SIZE bytes, sha256 $have"
echo "jar     $JAR (commit $JAR_COMMIT)$([ "$AOT" = 1 ] && echo ", run with the AOT cache of bin/prepare-aot.sh")"
echo "java    $JAVA_VERSION; DuckDB JDBC $(basename "$DUCKDB_JAR" .jar); PostgreSQL $PG_VERSION"
echo

RESULTS=$OUT/results.tsv
: > "$RESULTS"

# With --wait-load: waits until the 1-minute load average is below the limit (at most 15 minutes).
quiet() {
    [ -n "$WAIT_LOAD" ] || return 0
    local waited=0
    while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$WAIT_LOAD" 'BEGIN {exit !(l >= m)}' \
            && [ "$waited" -lt 900 ]; do
        sleep 5
        waited=$((waited + 5))
    done
    [ "$waited" -gt 0 ] && echo "    (waited $waited s for the load average to drop below $WAIT_LOAD)"
    return 0
}

seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}'; }

# Records, every 0.2 s while the import runs, the files in the data directory (for the staging database) and, once the
# JVM is up, its command line, MaxHeapSize (jcmd VM.flags) and heap use every second (jstat -gc).
watch_datakraam() {
    local tpid=$1 data=$2 t0=$3 tag=$4 jpid="" flags=0
    while kill -0 "$tpid" 2>/dev/null; do
        local now
        now=$(seconds_since "$t0")
        if [ -z "$jpid" ]; then
            jpid=$(pgrep -P "$tpid" java | head -1)
            if [ -n "$jpid" ]; then
                tr '\0' ' ' < "/proc/$jpid/cmdline" > "$OUT/$tag.cmdline" 2>/dev/null
                "$JAVA_HOME/bin/jstat" -gc "$jpid" 1000 > "$OUT/$tag.jstat" 2>/dev/null &
            fi
        fi
        if [ -d "$data/blobs" ]; then
            find "$data/blobs" -type f -printf "$now %P %s\n" 2>/dev/null
            if [ "$flags" = 0 ] && [ -n "$jpid" ]; then
                "$JAVA_HOME/bin/jcmd" "$jpid" VM.flags > "$OUT/$tag.flags" 2>&1
                flags=1
            fi
        fi
        sleep 0.2
    done
}

# The phases of one import, in seconds, from the files it leaves: the raw upload and the data files are renamed
# into place, so their birth time is when they started being written and their mtime when they were complete. Since
# the perf branch an import writes no data.csv (it is made on the first CSV download); a jar that still writes it
# gets its row, and the work ends when the last data file is complete. The
# Java path's staging database is deleted at the end; the watch log has when it appeared (to 0.2 s). Without a
# staging database DuckDB read the file itself (the SQL pass 2): data.parquet's birth is when its COPY started.
# Prints "work-seconds" on the first line, then the table.
phase_table() {
    local data=$1 t0=$2 t_end=$3 watch=$4
    local raw parquet csv
    raw=$(find "$data/blobs/raw" -type f | head -1)
    parquet=$(find "$data/blobs/datasets" -name data.parquet | head -1)
    csv=$(find "$data/blobs/datasets" -name data.csv | head -1)
    [ -n "$raw" ] && [ -n "$parquet" ] || { echo "-"; return; }
    awk -v t0="$t0" -v t_end="$t_end" -v raw="$(stat -c '%.9W %.9Y' "$raw")" \
        -v pq="$(stat -c '%.9W %.9Y %s' "$parquet")" -v csv="${csv:+$(stat -c '%.9W %.9Y %s' "$csv")}" '
        $2 ~ /^tmp\/.*\.duckdb$/ { if (staging == "") staging = $1; if ($3 > stagingMax) stagingMax = $3 }
        $2 ~ /^tmp\/.*\.duckdb\.wal$/ { if ($3 > walMax) walMax = $3 }
        END {
            split(raw, r, " "); split(pq, p, " ")
            if (csv != "") split(csv, c, " "); else c[2] = p[2]
            s = t0 + staging
            printf "%.1f\n", c[2] - r[1]
            row("JVM and Spring start-up, metadata store", 0, r[1] - t0)
            row("store the upload: copy + SHA-256 (raw/<sha256>)", r[1] - t0, r[2] - t0)
            if (staging != "") {
                row("sniff + pass 1: infer the type of every value", r[2] - t0, staging)
                row(sprintf("pass 2: parse, convert, append to staging DuckDB (%.0f MB + WAL %.0f MB)",
                            stagingMax / 1e6, walMax / 1e6), staging, p[1] - t0)
                row(sprintf("DuckDB COPY staging -> data.parquet (%.0f MB)", p[3] / 1e6), p[1] - t0, p[2] - t0)
                if (csv != "") row(sprintf("DuckDB COPY staging -> data.csv (%.0f MB)", c[3] / 1e6), c[1] - t0, c[2] - t0)
            } else {
                row("sniff + pass 1: infer the type of every value", r[2] - t0, p[1] - t0)
                row(sprintf("pass 2 in DuckDB: read_csv, convert -> data.parquet (%.0f MB)", p[3] / 1e6),
                    p[1] - t0, p[2] - t0)
                if (csv != "") row(sprintf("DuckDB COPY data.parquet -> data.csv (%.0f MB)", c[3] / 1e6), c[1] - t0, c[2] - t0)
            }
            row("commit; the quality job profiles the version; shut down", c[2] - t0, t_end - t0)
        }
        function row(what, from, to) { printf "%-72s %6.1f - %6.1f s  %6.1f s\n", what, from, to, to - from }
    ' "$watch"
}

# Peak heap used and committed (MB), from jstat -gc samples (one a second).
heap_peak() {
    awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
         $1 ~ /^[0-9]/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"];
                         cap = $col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"];
                         if (used > u) u = used; if (cap > c) c = cap }
         END { printf "%.0f %.0f", u / 1024, c / 1024 }' "$1" 2>/dev/null
}

run_datakraam() {
    local n=$1 tag=dk-$1 data=$WORK/dk-data
    rm -rf "$data"
    local load t0
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s.%N)
    "$TIME" -f '%e %M %U %S' -o "$OUT/$tag.time" "${DK_JAVA[@]}" import "$FILE" --access-level=intern \
        --datakraam.data-dir="$data" > "$OUT/$tag.log" 2>&1 &
    local tpid=$!
    watch_datakraam "$tpid" "$data" "$t0" "$tag" > "$OUT/$tag.files" &
    local wpid=$!
    wait "$tpid"
    local rc=$?
    local t_end
    t_end=$(date +%s.%N)
    wait "$wpid"
    read -r wall rss user sys < <(tail -1 "$OUT/$tag.time")
    local rows work
    rows=$(grep -o 'Done: [0-9]* rows' "$OUT/$tag.log" | grep -o '[0-9]*')
    # The work: from the upload starting to be stored (the JVM and Spring are up) to the data files complete.
    phase_table "$data" "$t0" "$t_end" "$OUT/$tag.files" > "$OUT/$tag.phases"
    work=$(head -1 "$OUT/$tag.phases")
    read -r heap_used heap_committed < <(heap_peak "$OUT/$tag.jstat")
    local xmx
    xmx=$(grep -o 'MaxHeapSize=[0-9]*' "$OUT/$tag.flags" 2>/dev/null | head -1 | cut -d= -f2)
    echo "(a) Datakraam import, run $n: exit $rc, ${rows:-?} rows, wall $wall s, peak RSS $((rss / 1024)) MB," \
         "CPU $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') s, load before $load"
    echo "    JVM: MaxHeapSize=${xmx:-?} ($( [ -n "$xmx" ] && echo "$((xmx / 1048576)) MiB" )), peak heap used" \
         "${heap_used:-?} MB of ${heap_committed:-?} MB committed (jstat, 1 s samples)"
    if [ "$rc" != 0 ]; then
        echo "    FAILED; last lines of $OUT/$tag.log:"
        grep -v '^\s*$' "$OUT/$tag.log" | tail -6 | sed 's/^/    | /'
        printf '%s\tdatakraam\t%s\t-\t%s\t-\t%s\tFAILED\n' "$n" "$wall" "$rss" "$load" >> "$RESULTS"
        return
    fi
    echo "    phases (seconds since the java command started):"
    tail -n +2 "$OUT/$tag.phases" | sed 's/^/      /'
    local parquet
    parquet=$(find "$data/blobs/datasets" -name data.parquet | head -1)
    if [ -n "$parquet" ]; then
        echo "    output: data.parquet $(stat -c %s "$parquet") bytes, data.csv" \
             "$(stat -c %s "$(dirname "$parquet")/data.csv" 2>/dev/null || echo "not made (first download makes it)")"
        if [ "$n" = 1 ]; then
            "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DUCKDB_JAR" "$BENCH/DuckDbCopy.java" --describe \
                "$parquet" 2>/dev/null | sed 's/^/    /'
        fi
    fi
    printf '%s\tdatakraam\t%s\t%s\t%s\t%s\t%s\tok\n' "$n" "$wall" "$work" "$rss" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$load" >> "$RESULTS"
}

run_duckdb() {
    local n=$1 tag=duckdb-$1 target=$WORK/duckdb.parquet load
    rm -f "$target"
    load=$(cut -d' ' -f1 /proc/loadavg)
    "$TIME" -f '%e %M %U %S' -o "$OUT/$tag.time" "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DUCKDB_JAR" \
        "$BENCH/DuckDbCopy.java" "$FILE" "$target" 2 > "$OUT/$tag.log" 2>&1
    local rc=$?
    read -r wall rss user sys < <(tail -1 "$OUT/$tag.time")
    local copy
    copy=$(grep -o 'copy: [0-9.]* s' "$OUT/$tag.log" | grep -o '[0-9.]*' || echo "-")
    echo "(b) DuckDB read_csv -> Parquet, run $n: exit $rc, wall $wall s (COPY statement $copy s)," \
         "peak RSS $((rss / 1024)) MB, CPU $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') s, load before $load"
    if [ "$n" = 1 ] || [ "$rc" != 0 ]; then
        grep -v WARNING "$OUT/$tag.log" | grep -v '^\s*$' | sed 's/^/    /'
    fi
    printf '%s\tduckdb\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$wall" "$copy" "$rss" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$load" "$([ $rc = 0 ] && echo ok || echo FAILED)" \
        >> "$RESULTS"
}

run_copy() {
    local n=$1 tag=copy-$1 load source end
    "${PSQL[@]}" -c "DROP TABLE IF EXISTS $TABLE" -c "CHECKPOINT" -c "CREATE TABLE $TABLE ($COLUMNS)" \
        > "$OUT/$tag.setup" 2>&1 || { echo "(c) PostgreSQL setup failed: $(cat "$OUT/$tag.setup")"; return; }
    # COPY FROM a file the server reads itself when it can (the fastest COPY); psql's \copy otherwise.
    if "${PSQL[@]}" -Atc "SELECT (pg_stat_file('$FILE')).size" > /dev/null 2>&1; then
        source="COPY $TABLE FROM '$FILE'"
        end=";"
    else
        source="\\copy $TABLE FROM '$FILE'"
        end=""
    fi
    cat > "$OUT/$tag.sql" <<EOF
SELECT pg_backend_pid() AS pid \gset
\setenv BACKEND_PID :pid
\! awk '{print "cpu-before", \$14 + \$15}' /proc/\$BACKEND_PID/stat
\timing on
$source WITH (FORMAT csv, HEADER true, DELIMITER ';', ENCODING 'UTF8')$end
\timing off
\! grep VmHWM /proc/\$BACKEND_PID/status
\! awk '{print "cpu-after", \$14 + \$15}' /proc/\$BACKEND_PID/stat
EOF
    load=$(cut -d' ' -f1 /proc/loadavg)
    "$TIME" -f '%e %M %U %S' -o "$OUT/$tag.time" "${PSQL_VERBOSE[@]}" -f "$OUT/$tag.sql" > "$OUT/$tag.log" 2>&1
    local rc=$?
    read -r wall rss user sys < <(tail -1 "$OUT/$tag.time")
    local copy hwm rows bytes
    copy=$(awk '/^Time:/ {printf "%.2f", $2 / 1000}' "$OUT/$tag.log")
    hwm=$(awk '/VmHWM/ {print $2}' "$OUT/$tag.log")
    local cpu
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '/^cpu-before/ {b = $2} /^cpu-after/ {a = $2}
                                          END {if (a != "") printf "%.2f", (a - b) / hz; else print "-"}' "$OUT/$tag.log")
    rows=$("${PSQL[@]}" -Atc "SELECT count(*) FROM $TABLE" 2>/dev/null)
    bytes=$("${PSQL[@]}" -Atc "SELECT pg_total_relation_size('$TABLE')" 2>/dev/null)
    echo "(c) PostgreSQL COPY, run $n: exit $rc, ${rows:-?} rows, wall $wall s (COPY statement ${copy:-?} s)," \
         "backend peak RSS $(( ${hwm:-0} / 1024 )) MB (psql $((rss / 1024)) MB), backend CPU $cpu s," \
         "load before $load"
    if [ "$n" = 1 ] || [ "$rc" != 0 ]; then
        echo "    $source WITH (FORMAT csv, HEADER true, DELIMITER ';', ENCODING 'UTF8'); table ${bytes:-?} bytes"
        [ "$rc" != 0 ] && grep -v '^\s*$' "$OUT/$tag.log" | tail -5 | sed 's/^/    | /'
    fi
    printf '%s\tpg-copy\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$wall" "${copy:--}" "${hwm:-0}" "$cpu" "$load" \
        "$([ $rc = 0 ] && echo ok || echo FAILED)" >> "$RESULTS"
}

for n in $(seq 1 "$RUNS"); do
    quiet
    run_datakraam "$n"
    quiet
    run_duckdb "$n"
    quiet
    run_copy "$n"
    echo
done

if [ "$KEEP" = 0 ]; then
    rm -rf "$WORK/dk-data" "$WORK/duckdb.parquet"
    "${PSQL[@]}" -c "DROP TABLE IF EXISTS $TABLE" > /dev/null 2>&1
fi

# --- summary ----------------------------------------------------------------------------------------------------
awk -F'\t' -v rows="$ROWS" -v size="$SIZE" -v aot="$AOT" '
    function best(tool, field,    i, m) {
        m = -1
        for (i = 1; i <= count; i++)
            if (tool_of[i] == tool && status[i] == "ok" && val[i, field] != "-" && (m < 0 || val[i, field] + 0 < m))
                m = val[i, field] + 0
        return m
    }
    function median(tool, field,    n, i, j, t, a) {
        n = 0
        for (i = 1; i <= count; i++) if (tool_of[i] == tool && status[i] == "ok" && val[i, field] != "-") a[++n] = val[i, field] + 0
        if (n == 0) return -1
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { count++; tool_of[count] = $2; val[count, "wall"] = $3; val[count, "work"] = $4; val[count, "rss"] = $5
      val[count, "cpu"] = $6
      status[count] = $8; runs[$2] += ($8 == "ok") }
    END {
        label["datakraam"] = aot ? "(a) Datakraam import (-Xmx512m, AOT)" : "(a) Datakraam import (-Xmx512m)"
        label["duckdb"] = "(b) DuckDB read_csv -> Parquet"
        label["pg-copy"] = "(c) PostgreSQL COPY (text columns)"
        work["datakraam"] = "upload start -> files in place"
        work["duckdb"] = "COPY statement"
        work["pg-copy"] = "COPY statement"
        printf "Summary (medians of the successful runs, and the best wall time; wall = whole process, as a user runs it)\n\n"
        printf "| %-36s | %4s | %8s | %8s | %8s | %-30s | %7s | %13s |\n", "", "runs", "wall s", "(best)", "work s",
               "work =", "CPU s", "peak RSS MB"
        printf "|%s|%s|%s|%s|%s|%s|%s|%s|\n", "--------------------------------------", "-----:", "---------:",
               "---------:", "---------:", "--------------------------------", "--------:", "--------------:"
        split("datakraam duckdb pg-copy", tools, " ")
        for (k = 1; k <= 3; k++) {
            t = tools[k]; w = median(t, "wall"); x = median(t, "work"); r = median(t, "rss"); c = median(t, "cpu")
            W[t] = w; X[t] = x; C[t] = c
            b = best(t, "wall")
            printf "| %-36s | %4d | %8s | %8s | %8s | %-30s | %7s | %13s |\n", label[t], runs[t],
                   w < 0 ? "-" : sprintf("%.1f", w), b < 0 ? "-" : sprintf("%.1f", b),
                   x < 0 ? "-" : sprintf("%.1f", x), work[t],
                   c < 0 ? "-" : sprintf("%.1f", c),
                   r < 0 ? "-" : sprintf("%.0f%s", r / 1024, t == "pg-copy" ? " (backend)" : "")
        }
        printf "\n"
        if (W["datakraam"] > 0 && W["duckdb"] > 0)
            printf "Datakraam / DuckDB  wall %.2f   work %s   (goal: at most 1.5)\n", W["datakraam"] / W["duckdb"],
                   (X["datakraam"] > 0 && X["duckdb"] > 0) ? sprintf("%.2f", X["datakraam"] / X["duckdb"]) : "-"
        if (W["datakraam"] > 0 && W["pg-copy"] > 0)
            printf "COPY / Datakraam    wall %.2f   work %s   (goal: at least 2)\n", W["pg-copy"] / W["datakraam"],
                   (X["datakraam"] > 0 && X["pg-copy"] > 0) ? sprintf("%.2f", X["pg-copy"] / X["datakraam"]) : "-"
        if (C["datakraam"] > 0 && C["duckdb"] > 0 && C["pg-copy"] > 0)
            printf "CPU time: Datakraam / DuckDB %.2f, Datakraam / COPY backend %.2f\n", C["datakraam"] / C["duckdb"],
                   C["datakraam"] / C["pg-copy"]
        if (W["datakraam"] > 0)
            printf "Datakraam throughput (wall): %.0f rows/s, %.1f MB/s\n", rows / W["datakraam"], size / 1e6 / W["datakraam"]
    }' "$RESULTS"
echo
echo "Raw per-run results: $RESULTS (run, tool, wall s, work s, peak RSS kB, CPU s, load, status); logs in $OUT"
echo "CPU s: user + system of the java process, the DuckDB process, and the PostgreSQL backend during its COPY."
