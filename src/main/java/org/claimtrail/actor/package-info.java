/** Actors: the people and organisations that speak, publish or are spoken about. */
package org.claimtrail.actor;
