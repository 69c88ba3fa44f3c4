/**
 * Accounts and sign-in: editors and admins stored in PostgreSQL, the security rules (reading is
 * public, changing needs an editor), throttled sign-ins, the first admin from the environment.
 */
package org.claimtrail.account;
