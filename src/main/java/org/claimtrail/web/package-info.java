/**
 * The site around the modules: layout, home and story pages, the source and actor pages that
 * combine several modules, error pages and security headers. Reads every module; none reads it.
 */
package org.claimtrail.web;
