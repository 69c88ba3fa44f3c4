/** Permalink slugs made from names and statements. Pure Java, usable by every module. */
package org.claimtrail.slug;
