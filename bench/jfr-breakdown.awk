# SPDX-License-Identifier: EUPL-1.2
#
# Where the ingest thread's time goes, from a JFR recording (settings=profile: Java samples every 10 ms, native
# samples every 20 ms). Input: the output of
#   jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 96 FILE.jfr
# Only samples whose stack holds an ingest frame (IngestTask, TabularWriter, ParquetStaging, TabularInference,
# BlobStore.storeRaw) count. Each is put in a phase (by the frames below) and a category (by the first frame from the top that is not
# generic JDK plumbing such as String, StringBuilder, ArrayList or HashMap). Prints estimated seconds per phase and
# category: Java samples x 10 ms, native samples x 20 ms. Threads are descheduled on a busy machine, so compare
# shares rather than absolute seconds.

function category(frame) {
    if (frame ~ /^org\.duckdb\.DuckDBBindings\.duckdb_append(er_flush|_data_chunk)/)
        return "DuckDB appender flush into the staging table (native)"
    if (frame ~ /^org\.duckdb\.DuckDBNative\.duckdb_jdbc_execute/) return "DuckDB statement (native): COPY, CREATE"
    if (frame ~ /^org\.duckdb\./) return "DuckDB appender, Java side (UTF-8 encoding of strings, vectors)"
    if (frame ~ /^jdk\.internal\.math\.FloatingDecimal|NumberSyntax\.parse/) return "decimal parsing (to double)"
    if (frame ~ /^sun\.nio\.cs\.UTF_8|^java\.io\.InputStreamReader|^sun\.nio\.cs\.StreamDecoder|CharsetDecoder/)
        return "UTF-8 decoding (bytes to chars)"
    if (frame ~ /^java\.time\.|TemporalSyntax|TemporalValue/) return "date recognition and parsing"
    if (frame ~ /^sun\.security\.|^java\.security\./) return "SHA-256 of the upload"
    if (frame ~ /^java\.io\.(FileInputStream|FileOutputStream|BufferedInputStream)|^sun\.nio\.ch\.|^java\.nio\.file/)
        return "file I/O"
    if (frame ~ /RecordParser|CsvRecordReader|CsvRecord\.|CountingInputStream|RecordSource/)
        return "CSV record parsing (split, unquote, String per value)"
    if (frame ~ /EncodingScan/) return "encoding scan (whole file, bytes)"
    if (frame ~ /NumberSyntax/) return "number syntax checks"
    if (frame ~ /ColumnInference|BooleanWords|MissingTokens|Cells\.|RecordShapes|LineTally/)
        return "type inference checks (per value)"
    if (frame ~ /FieldValueParser|RowConverter/) return "value conversion (per value)"
    if (frame ~ /TabularWriter/) return "writer loop (TabularWriter.append, appendValue)"
    if (frame ~ /TabularInference/) return "inference loop"
    if (frame ~ /CsvSniffer/) return "sniffing the sample"
    c = frame; sub(/\(.*/, "", c); return "other: " c
}

function generic(frame) {
    return frame ~ /^java\.(lang|util)\./ && frame !~ /^java\.lang\.Thread\.run/ \
        || frame ~ /^jdk\.internal\.(misc|util|vm)\./
}

function phase_of(stack) {
    if (stack ~ /BlobStore\.storeRaw/) return "0 store raw upload (copy + SHA-256)"
    if (stack ~ /EncodingScan/) return "1 sniff: encoding scan of the whole file"
    if (stack ~ /CsvSniffer/) return "2 sniff: sample"
    if (stack ~ /TabularInference\.infer/) return "3 pass 1: inference over every value"
    if (stack ~ /ParquetStaging\.written|TabularWriter\.write\(.*line: 7[0-9]\b.*duckdb_jdbc_execute/)
        return "5 DuckDB COPY staging -> Parquet, CSV"
    if (stack ~ /ParquetStaging\.row|TabularWriter\.(append|write)/) return "4 pass 2: parse, convert, append to staging DuckDB"
    if (stack ~ /IngestTask/) return "6 commit and bookkeeping"
    return ""
}

function flush_event(    ph, cat, i, ms) {
    if (nframes > 0) {
        ph = phase_of(stack)
        if (ph != "") {
            cat = ""
            for (i = 1; i <= nframes; i++) if (!generic(frames[i])) { cat = category(frames[i]); break }
            if (cat == "") cat = category(frames[1])
            ms = native ? 20 : 10
            total[ph] += ms; cell[ph SUBSEP cat] += ms; grand += ms
            if (native) nat[ph] += ms
            cats[cat] = 1; phases[ph] = 1
        }
    }
    nframes = 0; stack = ""; inStack = 0
}

/^jdk\.(ExecutionSample|NativeMethodSample) \{/ { flush_event(); native = ($1 ~ /Native/); next }
/^  stackTrace = \[/ { inStack = 1; next }
/^  \]/ { inStack = 0; next }
/^\}/ { flush_event(); next }
inStack { line = $0; sub(/^ +/, "", line); frames[++nframes] = line; stack = stack " " line }

END {
    flush_event()
    n = 0
    for (p in phases) sorted[++n] = p
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    printf "Ingest thread, estimated from JFR samples (Java x 10 ms + native x 20 ms); total %.1f s\n", grand / 1000
    for (i = 1; i <= n; i++) {
        p = sorted[i]
        printf "\n%-60s %7.1f s  %5.1f%%\n", substr(p, 3), total[p] / 1000, 100 * total[p] / grand
        m = 0
        delete order
        for (c in cats) if ((p SUBSEP c) in cell) order[++m] = c
        for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++)
            if (cell[p SUBSEP order[b]] > cell[p SUBSEP order[a]]) { t = order[a]; order[a] = order[b]; order[b] = t }
        for (a = 1; a <= m; a++) {
            v = cell[p SUBSEP order[a]]
            if (v * 100 < total[p] * 2 && a > 6) continue
            printf "    %-66s %6.1f s  %5.1f%% of phase\n", order[a], v / 1000, 100 * v / total[p]
        }
    }
}
