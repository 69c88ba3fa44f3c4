/**
 * The pages that combine several modules: the story, source and actor pages, the developers page,
 * and the viewer every page is rendered for. Reads every module it shows; none reads it. (How
 * requests are handled before and after a page, errors included, is the {@code http} module's.)
 */
package org.claimtrail.web;
