/**
 * Sources: the documents (reports, posts, statements) that carry claims, with their publisher and dates.
 *
 * <p>Joins the actor table for publishers' names in {@code SourceQueries} only.
 */
package org.claimtrail.source;
