#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Prepares a faster-starting Datakraam: extracts the executable jar into a folder (Spring Boot's `jarmode=tools
# extract`: the application jar plus lib/, so that classes load from plain jars) and records a JDK AOT cache
# (JEP 483/514/515, JDK 25) from one training run of the `import` command on a small generated CSV, in a throwaway
# data directory. Classes then start loaded and linked, with method profiles, instead of being read, verified and
# linked at every start: the JVM and Spring part of an import takes about half the CPU time (README, "From the
# command line"; docs/benchmarks.md).
#
#   bin/prepare-aot.sh [JAR] [FOLDER]     # defaults: platform/target/datakraam.jar, platform/target/aot
#   java -XX:AOTCache=FOLDER/datakraam.aot -Xmx512m -jar FOLDER/datakraam.jar import file.csv …
#
# The cache fits exactly this jar and this JDK (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64): run this again
# after every build or JDK update. A cache that does not fit is ignored with a warning, and the JVM starts as usual.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${1:-$ROOT/platform/target/datakraam.jar}
FOLDER=${2:-$ROOT/platform/target/aot}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java

[ -f "$JAR" ] || { echo "prepare-aot.sh: no jar at $JAR (build it: ./mvnw -o package -DskipTests)" >&2; exit 1; }
rm -rf "$FOLDER"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$FOLDER" > /dev/null
# the extracted jar keeps the source jar's name; its manifest finds lib/ relative to it, whatever its own name
[ "$(basename "$JAR")" = datakraam.jar ] || mv "$FOLDER/$(basename "$JAR")" "$FOLDER/datakraam.jar"

TRAINING=$(mktemp -d)
trap 'rm -rf "$TRAINING"' EXIT
# A small file with the usual Dutch traits, so that the training run loads what a real import loads: sniffing,
# inference of integers, day-first dates, decimal commas, codes with leading zeros and booleans, DuckDB's pass 2 and
# the quality job (profile and checks).
{
    echo "nummer;datum;gemeentecode;plaats;x;y;bedrag;afgehandeld;omschrijving"
    for i in $(seq 1 2000); do
        printf '%d;%02d-%02d-2024;%04d;Plaats %d;%d,5;%d,25;%d,%02d;%s;"tekst; met ""quotes"" %d"\r\n' \
            "$i" $((1 + i % 28)) $((1 + i % 12)) $((i % 400)) $((i % 50)) $((100000 + i)) $((400000 + i)) \
            $((i % 1000)) $((i % 100)) "$([ $((i % 2)) = 0 ] && echo ja || echo nee)" "$i"
    done
} > "$TRAINING/training.csv"

"$JAVA" -XX:AOTCacheOutput="$FOLDER/datakraam.aot" -Xmx512m -jar "$FOLDER/datakraam.jar" import \
    "$TRAINING/training.csv" --access-level=intern --datakraam.data-dir="$TRAINING/data" \
    > "$TRAINING/training.log" 2>&1 || { echo "prepare-aot.sh: the training run failed:" >&2;
                                         tail -20 "$TRAINING/training.log" >&2; exit 1; }
[ -f "$FOLDER/datakraam.aot" ] || { echo "prepare-aot.sh: no AOT cache was written" >&2; exit 1; }
echo "AOT cache $FOLDER/datakraam.aot ($(($(stat -c %s "$FOLDER/datakraam.aot") / 1048576)) MiB). Run:"
echo "  $JAVA -XX:AOTCache=$FOLDER/datakraam.aot -Xmx512m -jar $FOLDER/datakraam.jar import FILE …"
