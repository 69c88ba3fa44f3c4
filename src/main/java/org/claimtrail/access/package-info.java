/**
 * Who may call a handler, written on the handler itself: {@link org.claimtrail.access.EditorsOnly},
 * {@link org.claimtrail.access.AdminsOnly}, {@link org.claimtrail.access.SignedInOnly}. Spring's
 * method security checks them on every call, whatever URL rule let the request through, so a
 * routing surprise (an encoded path, a new mapping) cannot open a change to the wrong person.
 * Depends on no other module; the URL rules and accounts live in account.
 */
package org.claimtrail.access;
