package org.claimtrail.source;

public enum SourceKind {
    NEWS_REPORT, WIRE_REPORT, SOCIAL_POST, OFFICIAL_STATEMENT, DOCUMENT, OTHER
}
