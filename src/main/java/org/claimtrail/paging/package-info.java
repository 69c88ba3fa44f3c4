/**
 * How every list of the site is read a page at a time: keyset paging ("the rows after this one",
 * "the rows before that one", "the last rows"), so that the thousandth page costs what the first
 * costs, and counts that stop at a cap. One vocabulary for pages, the API and exports: a
 * {@link org.claimtrail.paging.PageRequest} in, a {@link org.claimtrail.paging.Window} out.
 * Depends on no other module.
 */
package org.claimtrail.paging;
