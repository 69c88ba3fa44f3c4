/**
 * HTTP plumbing around every page and API answer: what is refused or shed before a handler runs
 * (load shedding, request bodies, malformed parameters, methods an address does not take, the
 * database outage), what is added to every answer (protective headers, CORS for public reads), and
 * the reader cache with conditional requests. Its refusals are written by the {@code errors}
 * module. Knows no feature module.
 */
package org.claimtrail.http;
