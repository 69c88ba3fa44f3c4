package org.claimtrail.source;

/** What kind of document a source is. */
public enum SourceKind {
    NEWS_REPORT("News report"),
    WIRE_REPORT("Wire report"),
    SOCIAL_POST("Social media post"),
    OFFICIAL_STATEMENT("Official statement"),
    DOCUMENT("Document"),
    OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
