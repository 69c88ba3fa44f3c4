/**
 * Claims search: the /claims list, full-text search with filters (ClaimSearch), the filters as a
 * URL (ClaimSearchCriteria), and how filter values are read and refused (FilterValues, which the
 * timeline's filters share). Depends on {@code claim} for the rows it shows.
 *
 * <p>Reads other modules' tables in SQL for its filters and its text search: claim, attribution,
 * story, actor and source, in {@code ClaimSearch} only.
 */
package org.claimtrail.search;
