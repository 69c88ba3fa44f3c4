/**
 * Where the data lives when nobody says: an embedded PostgreSQL under ./data/ when no
 * SPRING_DATASOURCE_URL is set. Independent of every other module.
 */
package org.claimtrail.database;
