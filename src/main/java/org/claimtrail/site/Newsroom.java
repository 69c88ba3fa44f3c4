package org.claimtrail.site;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The newsroom that publishes this site, as readers and search engines are told: its name
 * ({@code CLAIMTRAIL_NEWSROOM_NAME}, "Claimtrail" unset) and the schema.org Organization that
 * declares its published standards (the methodology, corrections and anonymous-sources policies on
 * {@code /standards}). A ClaimReview's author is this newsroom, not the software.
 */
@Component
public class Newsroom {

    /** Where the standards are published, and each policy's place on that page. */
    public static final String STANDARDS = "/standards";

    static final int NAME_LENGTH = 120;

    private final String name;

    Newsroom(@Value("${claimtrail.newsroom.name:Claimtrail}") String name) {
        this.name = validated(name);
    }

    public String name() {
        return name;
    }

    /** The schema.org Organization, with its published policies, for a site at {@code base}. */
    public Map<String, Object> organization(String base) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", name);
        organization.put("url", base + "/");
        organization.put("publishingPrinciples", base + STANDARDS);
        organization.put("verificationFactCheckingPolicy", base + STANDARDS + "#methodology");
        organization.put("correctionsPolicy", base + STANDARDS + "#corrections");
        organization.put("unnamedSourcesPolicy", base + STANDARDS + "#anonymous-sources");
        return organization;
    }

    private static String validated(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()
                || stripped.length() > NAME_LENGTH
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalStateException("CLAIMTRAIL_NEWSROOM_NAME (claimtrail.newsroom.name) must be the newsroom's"
                    + " name: one line of 1 to " + NAME_LENGTH + " characters; it was \"" + name + "\".");
        }
        return stripped;
    }
}
