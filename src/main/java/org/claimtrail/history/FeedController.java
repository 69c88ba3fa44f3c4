package org.claimtrail.history;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimtrail.correction.CorrectionLog;
import org.claimtrail.correction.CorrectionRow;
import org.claimtrail.form.StorableText;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.site.SiteUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** /feed.atom: recent changes to claims and attributions as Atom 1.0, written by ROME. */
@RestController
class FeedController {

    static final int ENTRIES = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final HistoryService history;
    private final CorrectionLog corrections;
    private final SiteUrl siteUrl;

    FeedController(HistoryService history, CorrectionLog corrections, SiteUrl siteUrl) {
        this.history = history;
        this.corrections = corrections;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> feed() throws FeedException {
        String site = siteUrl.base();
        List<HistoryEntry> changes = history.recent(
                        PageRequest.first(ENTRIES), EnumSet.of(HistoryFormat.CLAIM, HistoryFormat.ATTRIBUTION))
                .items();
        // Corrections are entries of their own, with their reasons, among the changes by date; at
        // the same moment (a correction and the revision that made it) the correction comes first.
        // "The same moment" is the same second: a revision's time is rounded to the millisecond and
        // its correction's is not, so the revision could read 1 ms later and push the correction
        // out behind a large revision's entries (the stable sort keeps corrections first on ties).
        List<SyndEntry> entries = Stream.concat(
                        corrections.newest(ENTRIES).stream().map(correction -> entry(correction, site)),
                        changes.stream().map(change -> entry(change, site)))
                .sorted(Comparator.comparingLong(
                                (SyndEntry e) -> e.getUpdatedDate().getTime() / 1000)
                        .reversed())
                .limit(ENTRIES)
                .toList();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Claimtrail: recent changes to claims");
        feed.setUri(site + "/feed.atom");
        feed.setLink(site + "/");
        feed.setLinks(List.of(link(site + "/feed.atom", "self"), link(site + "/", "alternate")));
        feed.setPublishedDate(entries.isEmpty() ? new Date(0) : entries.get(0).getUpdatedDate());
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
    }

    private static SyndEntry entry(HistoryEntry change, String site) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(xml(change.subject() + " " + change.typeLabel()));
        String target = change.link() != null ? site + change.link() : site + "/history/recent";
        entry.setLink(xml(target));
        // Permanent and unique: the revision, the kind of thing and the thing (the entry's key in the
        // history). A hash of the subject made one id of every attribution a revision changed on
        // one claim, and feed readers merged or dropped those changes.
        entry.setUri("urn:claimtrail:change:" + change.key());
        entry.setAuthor(xml(HistoryEntry.byline(change.username())));
        entry.setUpdatedDate(Date.from(change.at()));
        entry.setPublishedDate(Date.from(change.at()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(xml(change.changes().stream()
                .map(c -> c.field() + ": " + (c.before() == null ? "" : c.before() + " → ")
                        + (c.after() == null ? "(removed)" : c.after()))
                .collect(Collectors.joining("\n"))));
        entry.setDescription(summary);
        return entry;
    }

    private static SyndEntry entry(CorrectionRow correction, String site) {
        SyndEntry entry = new SyndEntryImpl();
        // The title says what was corrected, as it was then: the claim's present wording would
        // change an old entry's title under the same id and date.
        entry.setTitle(xml("Correction: " + correction.subject()));
        entry.setLink(
                xml(site + (correction.claimSlug() == null ? "/corrections" : "/claims/" + correction.claimSlug())));
        entry.setUri("urn:claimtrail:correction:" + correction.id());
        entry.setAuthor("Claimtrail");
        entry.setUpdatedDate(Date.from(correction.correctedAt()));
        entry.setPublishedDate(Date.from(correction.correctedAt()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(xml(correction.reason()));
        entry.setDescription(summary);
        return entry;
    }

    /**
     * Text as XML 1.0 can hold it. Nothing unstorable is saved any more (StorableText), but the
     * history keeps what was saved before, and one U+FFFF in it made the whole feed fail.
     */
    private static String xml(String text) {
        return StorableText.clean(text);
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
