package org.claimtrail.account;

/** EDITOR creates and edits content; ADMIN also manages accounts (and may hard-delete). */
public enum Role {
    EDITOR,
    ADMIN
}
