#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Where Datakraam's import spends its time: one extra import of the benchmark file (not a timed run: a JFR
# recording and thread dumps cost a little) with
#   - a JFR recording (settings=profile), broken down by ingest phase and by what the ingest thread executes
#     (bench/jfr-breakdown.awk), and
#   - `jcmd <pid> Thread.print` every INTERVAL seconds, each classified by phase (bench/thread-dump-phases.awk).
#
#   bench/profile.sh [--rows N] [--interval SECONDS] [--jar PATH]     (defaults: 5,000,000 rows, 3 s)
#
# Outputs in $BENCH_DIR/out/profile/: import.jfr, thread-dumps.txt, timeline.txt, breakdown.txt.

set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROWS=5000000
INTERVAL=3
JAR_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS=${2//_/}; shift 2 ;;
        --interval) INTERVAL=$2; shift 2 ;;
        --jar) JAR_ARGS=(--jar "$2"); shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
WORK=${BENCH_DIR:-/tmp/datakraam-bench}
"$BENCH/run.sh" --rows "$ROWS" "${JAR_ARGS[@]}" --prepare || exit 1
FILE=$WORK/meldingen-$ROWS.csv
JAR=${JAR_ARGS[1]:-$WORK/datakraam.jar}
OUT=$WORK/out/profile
DATA=$WORK/dk-data-profile
rm -rf "$OUT" "$DATA"
mkdir -p "$OUT"

echo "Profiling: java -Xmx512m -XX:StartFlightRecording=...,settings=profile -jar $JAR import $FILE" \
     "--access-level=intern --datakraam.data-dir=$DATA; thread dump every $INTERVAL s"
t0=$(date +%s.%N)
"$JAVA" -Xmx512m -XX:StartFlightRecording=filename="$OUT/import.jfr",settings=profile,dumponexit=true \
    -jar "$JAR" import "$FILE" --access-level=intern --datakraam.data-dir="$DATA" > "$OUT/import.log" 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
    echo "== t=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')" >> "$OUT/thread-dumps.txt"
    "$JAVA_HOME/bin/jcmd" "$pid" Thread.print >> "$OUT/thread-dumps.txt" 2>/dev/null
    sleep "$INTERVAL"
done
wait "$pid"
rc=$?
wall=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
echo "exit $rc after $wall s: $(grep -E 'Done:|failed|FAILED' "$OUT/import.log" | head -2 | tr '\n' ' ')"
[ "$rc" = 0 ] || { tail -20 "$OUT/import.log"; exit 1; }

awk -f "$BENCH/thread-dump-phases.awk" "$OUT/thread-dumps.txt" > "$OUT/timeline.txt"
"$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 96 "$OUT/import.jfr" \
    | awk -f "$BENCH/jfr-breakdown.awk" > "$OUT/breakdown.txt"

echo
echo "Thread-dump timeline (phase per sample; seconds since the java command started):"
# One line per run of equal phases, with the first sample's frames.
awk '{ t = $1; rest = $0; sub(/^ *[0-9.]+ s  /, "", rest); ph = rest; sub(/  +.*/, "", ph)
       if (ph != last) { if (last != "") printf "  %7s - %7s s  %3d samples  %s\n", from, prev, n, line
                         from = t; n = 0; last = ph; line = rest }
       n++; prev = t }
     END { if (last != "") printf "  %7s - %7s s  %3d samples  %s\n", from, prev, n, line }' "$OUT/timeline.txt" \
    | cut -c1-220
echo
cat "$OUT/breakdown.txt"
echo
echo "JVM heap (from the recording):"
"$JAVA_HOME/bin/jfr" print --events jdk.GCHeapSummary "$OUT/import.jfr" \
    | awk '/heapUsed/ { v = $3; u = $4; if (u == "MB") v = v; else if (u == "kB") v = v / 1024; else if (u == "GB") v = v * 1024;
                        if (v > max) max = v }
           END { printf "  peak heap used after/before GC: %.0f MB\n", max }'
"$JAVA_HOME/bin/jfr" print --events jdk.GCHeapConfiguration "$OUT/import.jfr" \
    | grep -E 'maxSize|initialSize' | sed 's/^ */  /'
"$JAVA_HOME/bin/jfr" print --events jdk.GarbageCollection "$OUT/import.jfr" \
    | awk '/sumOfPauses/ { v = $3; if ($4 == "s") v *= 1000; else if ($4 == "us") v /= 1000; sum += v; n++ }
           END { printf "  %d collections, %.2f s of pauses in all\n", n, sum / 1000 }'
echo
echo "Files: $OUT (timeline.txt has every sample)"
rm -rf "$DATA"
