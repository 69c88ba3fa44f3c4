/** Sources: the documents (reports, posts, statements) that carry claims, with their publisher and dates. */
package org.claimtrail.source;
