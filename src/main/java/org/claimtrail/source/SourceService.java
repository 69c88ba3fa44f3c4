package org.claimtrail.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorService;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.database.Versions;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.Choices;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SourceService {

    private final SourceRepository sources;
    private final SourceCopies copies;
    private final ActorService actors;
    private final TransactionLocks locks;

    SourceService(@Lazy SourceRepository sources, ActorService actors, TransactionLocks locks, SourceCopies copies) {
        this.sources = sources;
        this.copies = copies;
        this.actors = actors;
        this.locks = locks;
    }

    /** Another source is already at this address (perhaps saved a moment ago); nothing was saved. */
    public static final class DuplicateUrl extends RuntimeException {
        private final transient Source existing;

        DuplicateUrl(Source existing) {
            super("A source with this address already exists.");
            this.existing = existing;
        }

        public Source existing() {
            return existing;
        }
    }

    /**
     * What a source is, as an editor gave it (URLs already normalised). The publisher is an
     * existing actor's id or the name of a new one, resolved inside the save's transaction so a
     * refused save never leaves a stray publisher behind.
     */
    public record SourceDetails(
            SourceKind kind,
            String title,
            boolean titleIsDescription,
            Long publisherId,
            String newPublisherName,
            String author,
            String url,
            String archiveUrl,
            FuzzyDate published,
            LocalDate retrievedOn) {}

    @Transactional(readOnly = true)
    public List<Source> allByTitle() {
        return sources.findAllByTitle();
    }

    /**
     * A picker's choices of source: the chosen one, then those whose title, address or publisher
     * contains what was typed (titles with a word that starts with it first), or else the newest.
     */
    @Transactional(readOnly = true)
    public Choices choices(Long chosen, String typed) {
        return Choices.offer(
                "sources",
                chosen,
                typed,
                sources::findWithPublisher,
                this::matching,
                limit -> sources.findNewest(PageRequest.of(0, limit)),
                SourceService::choice);
    }

    /** Sources that match, in the order {@link SourceRepository#findMatchingIds} finds them. */
    private List<Source> matching(String pattern, String prefix, int limit) {
        List<Long> ids = sources.findMatchingIds(pattern, prefix, limit);
        java.util.Map<Long, Source> found = sources.findWithPublishers(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Source::getId, source -> source));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The day a source was written, when its date names one: what words like "late last year" or
     * "on Tuesday" in it are read against. Empty for a source dated only to a month or a year.
     */
    @Transactional(readOnly = true)
    public Optional<java.time.LocalDate> writtenOn(Long sourceId) {
        return find(sourceId)
                .map(Source::getPublished)
                .filter(published ->
                        published.earliest() != null && published.earliest().equals(published.latest()))
                .map(org.claimtrail.date.FuzzyDate::earliest);
    }

    /**
     * The publisher of the sources already on file from the same site as this address ("Fill in
     * from the page" names the publisher the desk already uses for that site, not the page's own
     * spelling of it).
     */
    @Transactional(readOnly = true)
    public Optional<Long> publisherAtSiteOf(String url) {
        try {
            String host = url == null ? null : java.net.URI.create(url).getHost();
            return host == null
                    ? Optional.empty()
                    : sources.findPublisherIdAtHost(
                            host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /** "Title — Publisher": how a picker names a source. */
    private static Choices.Choice choice(Source source) {
        return new Choices.Choice(
                source.getId(),
                source.getTitle()
                        + (source.getPublisher() == null
                                ? ""
                                : " — " + source.getPublisher().getName()));
    }

    @Transactional(readOnly = true)
    public Optional<Source> find(Long id) {
        return id == null ? Optional.empty() : sources.findWithPublisher(id);
    }

    /** The source of this title (any case), if the record has one: the oldest, should there be several. */
    @Transactional(readOnly = true)
    public Optional<Source> withTitle(String title) {
        return title == null || title.isBlank() ? Optional.empty() : sources.findFirstByTitleIgnoreCaseOrderById(title);
    }

    /** Another source already at this (normalised) address, if any. */
    @Transactional(readOnly = true)
    public Optional<Source> atUrl(String url, Long exceptId) {
        return url == null
                ? Optional.empty()
                : sources.findSameDocument(url)
                        .filter(existing -> !existing.getId().equals(exceptId));
    }

    public Source create(SourceDetails details) {
        refuseDuplicateUrl(details.url(), null);
        Source source = new Source(details.kind(), details.title(), null, details.url(), details.published());
        apply(source, details);
        return sources.saveAndFlush(source);
    }

    /**
     * As {@link #create(SourceDetails)}, with the text "Fill in from the page" read from the
     * source's address kept as its copy, in the same transaction: a source is never saved without
     * the copy the editor was told it would get.
     */
    public Source create(SourceDetails details, FetchedCopy fetched, String editor) {
        Source source = create(details);
        copies.save(source.getId(), fetched.text(), false, editor, fetched.retrievedAt());
        return source;
    }

    public Source update(long id, Long expectedVersion, SourceDetails details) {
        Source source = sources.findById(id).orElseThrow();
        Versions.check(Source.class, id, expectedVersion, source.getVersion());
        // An address kept as it was is not judged again: a legacy duplicate stays editable.
        if (!java.util.Objects.equals(details.url(), source.getUrl())) {
            refuseDuplicateUrl(details.url(), id);
        }
        apply(source, details);
        return sources.saveAndFlush(source);
    }

    /** Under a lock on the address, so of two simultaneous saves of it the second sees the first. */
    private void refuseDuplicateUrl(String url, Long exceptId) {
        if (url == null) {
            return;
        }
        // One lock for all addresses: two forms of one address would take two different locks.
        locks.lock("source-url");
        sources.findSameDocument(url)
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new DuplicateUrl(existing);
                });
    }

    private void apply(Source source, SourceDetails d) {
        Actor publisher = d.newPublisherName() != null
                ? actors.findOrCreatePublisher(d.newPublisherName())
                : actors.find(d.publisherId()).orElse(null);
        source.revise(
                d.kind(),
                d.title(),
                d.titleIsDescription(),
                publisher,
                d.author(),
                d.url(),
                d.archiveUrl(),
                d.published(),
                d.retrievedOn());
    }
}
