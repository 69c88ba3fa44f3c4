/** Stories: the investigations that group claims. Owns the story table and nothing else. */
package org.claimtrail.story;
