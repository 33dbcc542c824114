// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.util.List;
import nl.datakraam.quality.MetadataQuality;
import nl.datakraam.quality.mqa.MqaIndicator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /kwaliteit/mqa}: the MQA method, Datakraam's mapping and the published catalogue's score, for people. */
@Controller
class MqaPageController {

    private final MetadataQuality metadataQuality;

    MqaPageController(MetadataQuality metadataQuality) {
        this.metadataQuality = metadataQuality;
    }

    @GetMapping("/kwaliteit/mqa")
    String method(Model model) {
        model.addAttribute("indicators", List.of(MqaIndicator.values()));
        model.addAttribute("catalogue", metadataQuality.catalogue());
        return "quality/mqa-method";
    }
}
