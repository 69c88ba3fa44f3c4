package org.claimtrail.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.site.SiteUrl;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI document, written by hand in {@code api/openapi.yaml} and served as JSON.
 * Written, not generated: it says what a client may rely on (which fields can be null, which
 * values a parameter takes, every error), and ApiContractTest holds the API to it.
 */
@RestController
class ApiDocumentController {

    static final String LOCATION = "api/openapi.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> document = load();
    private final SiteUrl site;

    ApiDocumentController(SiteUrl site) {
        this.site = site;
    }

    @GetMapping(value = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    String openApi() {
        // The document names the site by its paths only; a client needs where it actually is.
        String base = site.base();
        Map<String, Object> info = new LinkedHashMap<>(asMap(document.get("info")));
        Map<String, Object> contact = new LinkedHashMap<>(asMap(info.get("contact")));
        contact.put("url", base + "/developers");
        info.put("contact", contact);
        Map<String, Object> served = new LinkedHashMap<>(document);
        served.put("info", info);
        served.put("servers", List.of(Map.of("url", base)));
        return JSON.writeValueAsString(served);
    }

    /** The document as written, for tests that check it against the code. */
    static Map<String, Object> load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return asMap(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The API's document " + LOCATION + " cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
