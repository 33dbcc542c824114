// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowConverterTest {

    @TempDir
    Path folder;

    @Test
    void readsValuesFromTheirSourceColumnsAfterDroppedOnes() throws IOException {
        InferredTable table = InferredTable.ofText(folder, "a;;b\n1;;x\n2;;y\n");

        assertThat(table.inference().sourceColumns()).containsExactly(1, 3);
        assertThat(table.values("b")).containsExactly("x", "y");
    }

    @Test
    void rejectsValueThatDoesNotFitAReviewedSchemaWithoutQuotingIt() throws IOException {
        InferredTable table = InferredTable.ofText(folder, "naam,code\nJansen,0014\n");
        Field code = table.field("code");
        Field asInteger = new Field(code.name(), code.title(), FieldType.INTEGER, "default", null, null,
                List.of(), List.of());
        Inference reviewed = table.inference().withSchema(new TableSchema(
                List.of(table.field("naam"), asInteger), table.inference().schema().missingValues()));

        RowConverter converter = new RowConverter(reviewed);

        assertThatThrownBy(() -> converter.convert(new CsvRecord(2, List.of("Jansen", "0014"))))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("value.invalid");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("code").doesNotContain("0014", "Jansen");
                });
    }
}
