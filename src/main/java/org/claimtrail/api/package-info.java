/**
 * The read-only JSON API under /api: claims, one claim with everything about it, the timeline.
 * Stable field names, ISO dates beside the EDTF text, RFC 9457 problem details for errors.
 */
package org.claimtrail.api;
