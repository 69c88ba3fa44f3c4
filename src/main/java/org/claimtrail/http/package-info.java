/**
 * HTTP plumbing around every page and API answer: what is refused or shed before a handler runs
 * (load shedding, request bodies, malformed parameters, methods an address does not take, the
 * database outage), what is added to every answer (protective headers, CORS for public reads),
 * the reader cache with conditional requests, and every error answer: the site's error pages,
 * problem documents under /api, and the container's own refusals. Knows no feature module.
 */
package org.claimtrail.http;
