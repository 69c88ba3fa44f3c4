/**
 * The time the application runs on: one {@link java.time.Clock} bean, UTC, so services stamp
 * withdrawals and changes from a source tests can replace. Depends on no other module.
 */
package org.claimtrail.time;
