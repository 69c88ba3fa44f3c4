package org.claimtrail.attribution;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.claimtrail.actor.Actor;
import org.claimtrail.claim.Claim;
import org.claimtrail.claim.Stance;
import org.claimtrail.database.VersionedEntity;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.source.Source;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;

/**
 * Who puts a claim forward (or denies it, or declines to comment) in which source, keeping what
 * AP asks of anonymous sourcing: the source's own description, how many, and how they know.
 */
@Entity
@Audited
@Table(name = "attribution")
public class Attribution extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Source source;

    /** The named speaker; null when the source only describes them. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor speaker;

    /** The source's words for the speaker ("a former Russian intelligence officer …"). */
    private String speakerDescription;

    private boolean anonymous;

    /** How many people stand behind it; null when the source does not say ("several"). */
    private Integer sourceCount;

    /** How the speaker knows ("briefed on the situation"). */
    private String basis;

    /** Why the source granted its anonymous sources anonymity, when it says; null otherwise. */
    private String anonymityReason;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    /** Verbatim text from the source; the only place where the source's own words are kept. */
    private String quote;

    /** Whether the quote is the speaker's own words or the source's wording of them. */
    @Enumerated(EnumType.STRING)
    private Wording wording = Wording.SOURCE;

    /** The attribution whose sourcing this one repeats (always an origin, never a relay). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Attribution relays;

    /**
     * The editor says this is an origin of its own, though its speaker (or its anonymous group's
     * outlet) is another attribution's of the claim: counted apart instead of as one (V29).
     */
    private boolean separateOrigin;

    @Embedded
    @EmbeddedColumnNaming("stated_%s")
    private FuzzyDate stated;

    private String withdrawnReason;
    private Instant withdrawnAt;

    protected Attribution() {}

    private Attribution(Builder builder) {
        this.claim = Objects.requireNonNull(builder.claim, "claim");
        this.source = Objects.requireNonNull(builder.source, "source");
        this.speaker = builder.speaker;
        this.speakerDescription = builder.speakerDescription;
        this.anonymous = builder.anonymous;
        this.sourceCount = builder.sourceCount;
        this.basis = builder.basis;
        this.anonymityReason = builder.anonymityReason;
        this.stance = Objects.requireNonNull(builder.stance, "stance");
        this.quote = builder.quote;
        this.wording = wordingOf(builder);
        this.relays = builder.relays;
        this.separateOrigin = builder.separateOrigin;
        this.stated = builder.stated;
        if (speaker == null && (speakerDescription == null || speakerDescription.isBlank())) {
            throw new IllegalArgumentException("An attribution needs a speaker or a description of one");
        }
    }

    public static Builder of(Claim claim, Source source, Stance stance) {
        return new Builder(claim, source, stance);
    }

    public String getAnonymityReason() {
        return anonymityReason;
    }

    public boolean isSeparateOrigin() {
        return separateOrigin;
    }

    public Claim getClaim() {
        return claim;
    }

    public Source getSource() {
        return source;
    }

    public Actor getSpeaker() {
        return speaker;
    }

    public String getSpeakerDescription() {
        return speakerDescription;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Integer getSourceCount() {
        return sourceCount;
    }

    public String getBasis() {
        return basis;
    }

    public Stance getStance() {
        return stance;
    }

    public String getQuote() {
        return quote;
    }

    public FuzzyDate getStated() {
        return stated;
    }

    public Wording getWording() {
        return wording;
    }

    public Attribution getRelays() {
        return relays;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    void revise(Builder changes) {
        this.source = Objects.requireNonNull(changes.source, "source");
        this.speaker = changes.speaker;
        this.speakerDescription = changes.speakerDescription;
        this.anonymous = changes.anonymous;
        this.sourceCount = changes.sourceCount;
        this.basis = changes.basis;
        this.anonymityReason = changes.anonymityReason;
        this.stance = Objects.requireNonNull(changes.stance, "stance");
        this.quote = changes.quote;
        this.wording = wordingOf(changes);
        this.relays = changes.relays;
        this.separateOrigin = changes.separateOrigin;
        this.stated = changes.stated;
    }

    /** Without a quote no words of the speaker are recorded, whatever the form said. */
    private static Wording wordingOf(Builder builder) {
        return builder.quote == null || builder.wording == null ? Wording.SOURCE : builder.wording;
    }

    void relayInstead(Attribution origin) {
        this.relays = origin;
    }

    /** Filed under another source: the one this attribution's source duplicated. */
    void moveTo(Source source) {
        this.source = source;
    }

    void withdraw(String reason, Instant at) {
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
    }

    /** Builds an attribution and adds it to its claim. */
    public static final class Builder {
        private final Claim claim;
        private final Source source;
        private final Stance stance;
        private Actor speaker;
        private String speakerDescription;
        private boolean anonymous;
        private Integer sourceCount;
        private String basis;
        private String anonymityReason;
        private String quote;
        private Wording wording;
        private Attribution relays;
        private boolean separateOrigin;
        private FuzzyDate stated;

        private Builder(Claim claim, Source source, Stance stance) {
            this.claim = claim;
            this.source = source;
            this.stance = stance;
        }

        /** Everything about the speaker at once, as a form gives it. */
        public Builder speakerDetails(
                Actor speaker, String description, boolean anonymous, Integer count, String basis) {
            this.speaker = speaker;
            this.speakerDescription = description;
            this.anonymous = anonymous;
            this.sourceCount = count;
            this.basis = basis;
            return this;
        }

        /** Why the source granted anonymity, for anonymous sources only. */
        public Builder anonymityReason(String reason) {
            this.anonymityReason = anonymous ? reason : null;
            return this;
        }

        public Builder quote(String quote, Wording wording) {
            this.quote = quote;
            this.wording = wording;
            return this;
        }

        /** The origin whose sourcing this attribution repeats; a relay's own origin if given a relay. */
        public Builder relays(Attribution origin) {
            this.relays = origin == null || origin.relays == null ? origin : origin.relays;
            return this;
        }

        /** Counted as an origin of its own, never the same as another attribution's speaker. */
        public Builder separateOrigin(boolean separate) {
            this.separateOrigin = separate;
            return this;
        }

        public Builder stated(FuzzyDate stated) {
            this.stated = stated;
            return this;
        }

        public Attribution build() {
            return new Attribution(this);
        }
    }
}
