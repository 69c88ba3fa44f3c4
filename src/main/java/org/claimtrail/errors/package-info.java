/**
 * Every error answer the site gives, whoever refuses: the site's error pages for people and
 * problem documents under /api, from Spring MVC's handlers, from servlet filters before MVC is
 * reached ({@code FilterErrorPage}, {@code ServiceUnavailable}), and from the container's own
 * refusals; and a save refused by a lock, with what the editor typed ({@code NotSaved}). Knows no
 * feature module; the request plumbing in {@code http} answers through it.
 */
package org.claimtrail.errors;
