// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** From DuckDB's byte offset into the text it ran back to the line and column of what the user wrote. */
class UserTextTest {

    @Test
    void stripsWhiteSpaceAndTrailingSemicolons() {
        assertThat(UserText.of("\n  SELECT 1 ;; \n").statement()).isEqualTo("SELECT 1");
        assertThat(UserText.of(" ; ").statement()).isEmpty();
    }

    @Test
    void mapsAByteOffsetPastTheWrappingToTheUsersLineAndColumn() {
        UserText text = UserText.of("\n  SELECT 'é',\n\tx FROM t");
        String run = text.wrapped("SELECT * FROM (\n", "\n) LIMIT 11");
        int x = run.getBytes(StandardCharsets.UTF_8).length - ("x FROM t\n) LIMIT 11").length();
        assertThat(text.position(x - text.offsetInExecuted())).contains(new UserText.Position(3, 2));
        assertThat(text.position(0)).contains(new UserText.Position(2, 3));
    }

    @Test
    void aPositionOutsideTheStatementIsNone() {
        UserText text = UserText.of("SELECT 1");
        assertThat(text.position(-1)).isEmpty();
        assertThat(text.position(9)).isEmpty();
        assertThat(text.position(8)).contains(new UserText.Position(1, 9));
    }
}
