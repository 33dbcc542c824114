// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.web;

import nl.datakraam.query.QuerySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SQL workbench {@code /datalab/sql}: an editor, the tables one may query with their fields, run (Ctrl+Enter),
 * cancel, paged results, errors marked at their position, export and (signed in) the query history. The page is a
 * form that works with the keyboard alone; {@code static/js/sql-workbench.js} calls {@code /datalab/sql/…} (the
 * handlers of {@link QueryApiController}, with the session). {@code ?sql=} fills the editor.
 */
@Controller
class SqlWorkbenchPageController {

    private final QuerySettings settings;

    SqlWorkbenchPageController(QuerySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/datalab/sql")
    String workbench(@RequestParam(required = false) @Nullable String sql, Model model) {
        model.addAttribute("sql", sql == null ? "" : sql);
        model.addAttribute("pageSize", Math.min(100, settings.rowLimit()));
        model.addAttribute("timeoutSeconds", settings.timeout().toSeconds());
        model.addAttribute("rowLimit", settings.rowLimit());
        return "query/sql-workbench";
    }
}
