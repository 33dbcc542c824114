// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link TabularInference#infer(RecordSource, String, ProgressListener)}: records another reader supplies (such as the
 * attributes of geodata features) are typed by the same rules as a file's.
 */
class RecordsInferenceTest {

    /**
     * The attributes of three features, as a geodata reader renders them.
     *
     * <pre>
     * feature  kode   naam          inwoners  oppervlakte
     * 1        0111   Welgelegen    3120      1.5
     * 2        0112   Den Hommel    (null)    0.00001871
     * 3        0113   Oog in Al     2875      12
     * </pre>
     */
    private static final List<CsvRecord> FEATURES = List.of(
            new CsvRecord(1, List.of("0111", "Welgelegen", "3120", "1.5")),
            new CsvRecord(2, List.of("0112", "Den Hommel", "", "0.00001871")),
            new CsvRecord(3, List.of("0113", "Oog in Al", "2875", "12")));

    @Test
    void typesSuppliedRecordsAsAFileWouldBeTyped() throws Exception {
        Inference inference = TabularInference.infer(source(FEATURES), "feature", ProgressListener.NONE);

        assertThat(inference.schema().fields()).extracting(Field::name, Field::type).containsExactly(
                tuple("kode", FieldType.STRING),
                tuple("naam", FieldType.STRING),
                tuple("inwoners", FieldType.INTEGER),
                tuple("oppervlakte", FieldType.NUMBER));
        assertThat(inference.rowCount()).isEqualTo(3);
        assertThat(inference.byteCount()).as("the source's bytes read").isEqualTo(42);
        assertThat(new RowConverter(inference).convert(FEATURES.get(1)))
                .containsExactly("0112", "Den Hommel", null, 0.00001871);
    }

    @Test
    void namesPositionsInTheCallersUnit() throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            records.add(new CsvRecord(i, List.of(String.valueOf(i), "", "", "")));
        }
        records.add(new CsvRecord(13, List.of("A", "", "", "")));

        Inference inference = TabularInference.infer(source(records), "feature", ProgressListener.NONE);

        Issue textAfterNumbers = inference.issues().stream()
                .filter(issue -> issue.code().equals("column.text-after-typed")).findFirst().orElseThrow();
        assertThat(textAfterNumbers.line()).isEqualTo(13);
        assertThat(textAfterNumbers.message()).contains("on feature 13").doesNotContain("line");
    }

    /** A source over records in memory, with a nominal JSON layout. */
    private static RecordSource source(List<CsvRecord> records) {
        List<String> titles = List.of("KODE", "NAAM", "inwoners", "oppervlakte");
        Iterator<CsvRecord> iterator = records.iterator();
        return new RecordSource() {
            @Override
            public SourceLayout layout() {
                return new JsonLayout(List.of("features"), titles);
            }

            @Override
            public CsvRecord header() {
                return new CsvRecord(0, titles);
            }

            @Override
            public @Nullable CsvRecord next() {
                return iterator.hasNext() ? iterator.next() : null;
            }

            @Override
            public long bytesRead() {
                return 42;
            }

            @Override
            public List<Issue> issues() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
