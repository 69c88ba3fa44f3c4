package org.claimtrail.claim;

public enum LinkType {
    CONTRADICTS, SUPPORTS, RESPONDS_TO, DETAILS
}
