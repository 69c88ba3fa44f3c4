package org.claimtrail.actor;

import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;

/**
 * A part of an actor's page that another module contributes, as restbucks' model processors add
 * links to a resource: the module that owns the rows says how to read them and which fragment
 * lists them; the actor page shows the first rows of every section there is, and each section has
 * a page of its own at {@code /actors/{slug}/{name}}. A new section (say, an organisation's funding
 * disclosures) is one bean of this type and one fragment in its own module: the actor module, its
 * controller and its templates do not change.
 *
 * @param position  where it stands on the actor's page, lowest first
 * @param name      its address under the actor's ({@code statements}) and its id on the page
 * @param heading   its heading on the actor's page
 * @param title     the heading of its own page, before the actor's name
 * @param intro     a sentence under the heading, or null
 * @param whenEmpty what the actor's page says when there are no rows; null leaves the section out
 * @param more      the words of the link to its own page, shown when there are more rows
 * @param fragment  the Thymeleaf fragment that lists the rows, called with them
 *                  ({@code fragments/claim :: attributions})
 * @param order     the order of its rows, for reading its own page's cursors
 * @param rows      reads a page of its rows for one actor
 */
public record ActorPageSection(
        int position,
        String name,
        String heading,
        String title,
        String intro,
        String whenEmpty,
        String more,
        String fragment,
        Keyset order,
        Rows rows) {

    /** Reads a page of a section's rows for one actor. */
    @FunctionalInterface
    public interface Rows {
        Window<?> read(long actorId, PageRequest page);
    }
}
