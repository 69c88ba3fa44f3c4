/**
 * The desk's own working pages, for editors only: "My desk", where the draft verdicts waiting for
 * a second editor are listed, one click from the claim where they are published. Nothing here is
 * ever shown to a reader.
 */
package org.claimtrail.desk;
