// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one JSON document as the response, whatever the model holds, so that a handler can answer HTML (a template)
 * or JSON (this view) from one method.
 */
final class JsonView implements View {

    private final JsonMapper json;
    private final Object body;
    private final String contentType;

    JsonView(JsonMapper json, Object body, String contentType) {
        this.json = json;
        this.body = body;
        this.contentType = contentType;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
