# SPDX-License-Identifier: EUPL-1.2
#
# What the ingest is doing in each jcmd Thread.print sample. Input: "== t=SECONDS" lines, each followed by one
# thread dump (bench/profile.sh writes them). Prints one line per sample: seconds, phase, the top frame of the
# thread doing ingest work and its first Datakraam frame; samples where no thread does ingest work say so.

function flush_thread(    phase) {
    if (stack ~ /IngestTask|TabularWriter|ParquetStaging|TabularInference|CsvSniffer|BlobStore\.storeRaw/) {
        phase = "ingest, other"
        if (stack ~ /BlobStore\.storeRaw/) phase = "store raw upload (copy + SHA-256)"
        else if (stack ~ /EncodingScan/) phase = "sniff: encoding scan"
        else if (stack ~ /CsvSniffer/) phase = "sniff: sample"
        else if (stack ~ /TabularInference\.infer/) phase = "pass 1: inference"
        else if (stack ~ /ParquetStaging\.written/) phase = "DuckDB COPY staging -> Parquet, CSV"
        else if (stack ~ /ParquetStaging\.row|TabularWriter\.append|RecordSource|RowConverter|RecordParser/)
            phase = "pass 2: parse+convert+append"
        else if (stack ~ /TabularWriter\.write/ && stack ~ /execute/) phase = "DuckDB COPY staging (TabularWriter.java:" wline ")"
        else if (stack ~ /TabularWriter\.write|ParquetStaging/) phase = "pass 2: parse+convert+append"
        else if (stack ~ /Catalog|commitVersion/) phase = "commit"
        if (!(t in seen)) { seen[t] = 1; printf "%7s s  %-48s %s  <-  %s\n", t, phase, top, mine }
    }
    stack = ""; top = ""; mine = ""; wline = ""
}
/^== t=/ { flush_thread(); if (t != "" && !(t in seen)) printf "%7s s  %s\n", t, "(no thread doing ingest work: start-up, waiting or shutdown)"; t = substr($2, 3); next }
/^"/ { flush_thread(); inthread = 1; next }
/^[ \t]*$/ { flush_thread(); inthread = 0; next }
inthread && /^\tat / {
    frame = $2
    stack = stack " " frame
    if (top == "") top = frame
    if (mine == "" && frame ~ /^nl\.datakraam/) mine = frame
    if (frame ~ /TabularWriter\.write\(/) { wline = frame; sub(/.*:/, "", wline); sub(/\)/, "", wline) }
}
END { flush_thread(); if (t != "" && !(t in seen)) printf "%7s s  %s\n", t, "(no thread doing ingest work: start-up, waiting or shutdown)" }
