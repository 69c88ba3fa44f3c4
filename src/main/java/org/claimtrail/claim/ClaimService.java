package org.claimtrail.claim;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorService;
import org.claimtrail.correction.CorrectionRecorder;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.database.Versions;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.UnknownChoice;
import org.claimtrail.site.NotFound;
import org.claimtrail.slug.Slugs;
import org.claimtrail.story.Story;
import org.claimtrail.story.StoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to claims (attributions and links are their modules'). Each method is one transaction: all of it or none. */
@Service
@Transactional
public class ClaimService {

    static final int SLUG_LENGTH = 80;

    private final ClaimRepository claims;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionLocks locks;
    private final StoryService stories;
    private final CorrectionRecorder corrections;
    private final ActorService actors;
    private final ClaimReadSql reads;

    /** How alike two statements must be (trigram similarity, 0 to 1) to be shown as possibly the same claim. */
    static final double SIMILAR = 0.45;

    /** Thrown, and nothing saved, when claims on file may say the same as the new one. */
    public static final class SimilarClaimsExist extends RuntimeException {
        private final transient List<SimilarClaim> similar;

        SimilarClaimsExist(List<SimilarClaim> similar) {
            super("claims on file may say the same", null, false, false);
            this.similar = similar;
        }

        public List<SimilarClaim> similar() {
            return similar;
        }
    }

    ClaimService(
            @Lazy ClaimRepository claims,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionLocks locks,
            StoryService stories,
            CorrectionRecorder corrections,
            ActorService actors,
            ClaimReadSql reads) {
        this.actors = actors;
        this.reads = reads;
        this.stories = stories;
        this.corrections = corrections;
        this.claims = claims;
        this.events = events;
        this.clock = clock;
        this.locks = locks;
    }

    /** A claim as an editor states it; the story by id, resolved inside the saving transaction. */
    public record ClaimDetails(
            Long storyId,
            String statement,
            ClaimStatus status,
            String statusReason,
            FuzzyDate event,
            List<String> topics,
            List<Long> subjectIds) {}

    /**
     * A new claim, unless claims on file say nearly the same ({@link SimilarClaimsExist}): caught
     * before it is made, as claim-matching tools do, in the transaction that would save it.
     */
    public Claim createUnlessSimilar(ClaimDetails details) {
        List<SimilarClaim> similar = reads.similar(details.statement(), null, SIMILAR, 5);
        if (!similar.isEmpty()) {
            throw new SimilarClaimsExist(similar);
        }
        return create(details);
    }

    public Claim create(ClaimDetails details) {
        // Two claims worded alike, saved at once, would otherwise both take the same slug.
        locks.lock("new-claim");
        Story story = story(details.storyId());
        String slug = Slugs.unique(Slugs.of(details.statement(), SLUG_LENGTH), claims::existsBySlug);
        Claim claim =
                new Claim(story, slug, details.statement(), details.status(), details.statusReason(), details.event());
        claim.revise(
                story,
                details.statement(),
                details.status(),
                details.statusReason(),
                details.event(),
                details.topics());
        claim.about(subjects(details.subjectIds()));
        return claims.saveAndFlush(claim);
    }

    /** The claim with its story and subjects, as its edit form shows them; the site's 404 if there is none. */
    @Transactional(readOnly = true)
    public Claim loadForEditing(String slug) {
        return claims.findForEditing(slug).orElseThrow(() -> NotFound.claim(slug));
    }

    /**
     * Saves an editor's changes; the slug stays as it was, since permalinks outlive rewording. {@code correctionReason}, when given, marks the save as a
     * correction of what was published: it enters the public log, named by what changed.
     */
    public Claim update(String slug, Long expectedVersion, ClaimDetails details, String correctionReason) {
        Claim claim = claims.findForEditing(slug).orElseThrow(() -> NotFound.claim(slug));
        Versions.check(Claim.class, claim.getId(), expectedVersion, claim.getVersion());
        String changed = changed(claim, details);
        claim.revise(
                story(details.storyId()),
                details.statement(),
                details.status(),
                details.statusReason(),
                details.event(),
                details.topics());
        claim.about(subjects(details.subjectIds()));
        if (correctionReason != null) {
            corrections.record(claim.getId(), changed, correctionReason);
        }
        return claims.saveAndFlush(claim);
    }

    /** What a correction says it corrected: "Claim statement", "Status", both, or the claim's details. */
    private static String changed(Claim claim, ClaimDetails details) {
        boolean statement = !claim.getStatement().equals(details.statement());
        boolean status = claim.getStatus() != details.status();
        return statement && status
                ? "Claim statement and status"
                : statement ? "Claim statement" : status ? "Status" : "Claim details";
    }

    private List<Actor> subjects(List<Long> ids) {
        return ids.stream()
                .distinct()
                .map(id -> actors.find(id)
                        .orElseThrow(() -> new UnknownChoice(
                                "subjects", "An actor picked as a subject no longer exists; check the names.")))
                .toList();
    }

    private Story story(Long id) {
        return id == null
                ? null
                : stories.find(id)
                        .orElseThrow(() -> new UnknownChoice("storyId", "That story no longer exists; pick another."));
    }

    /**
     * Moves the claims that still exist to another story, each saved as an editor's change (so
     * each has it in its history), all in one transaction; -1 when the story is gone.
     */
    public int moveToStory(List<Long> claimIds, long storyId) {
        Optional<Story> story = stories.find(storyId);
        if (story.isEmpty()) {
            return -1;
        }
        int moved = 0;
        for (long id : claimIds) {
            Optional<Claim> claim = claims.findById(id);
            if (claim.isPresent()) {
                claim.get().moveTo(story.get());
                claims.saveAndFlush(claim.get());
                moved++;
            }
        }
        return moved;
    }

    public void withdraw(String slug, String reason) {
        load(slug).withdraw(reason, clock.instant());
    }

    /** Admins only: removes the claim with its attributions and links; the history keeps them. */
    public void delete(String slug) {
        Claim claim = load(slug);
        events.publishEvent(new ClaimDeleting(claim.getId()));
        claims.delete(claim);
    }

    private Claim load(String slug) {
        return claims.findBySlug(slug).orElseThrow(() -> NotFound.claim(slug));
    }
}
