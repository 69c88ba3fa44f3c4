package org.claimtrail.attribution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.claimtrail.claim.Stance;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.Forms;
import org.springframework.validation.Errors;

public class AttributionForm {

    @NotNull(message = "Pick the source, or add it first.")
    private Long sourceId;

    /** A named speaker … */
    private Long speakerId;

    /** … or, at least, how the source describes them. */
    @Size(max = 500, message = "Keep the description under 500 characters.")
    private String speakerDescription;

    /**
     * With no named speaker, the source is anonymous unless it speaks in its own voice (a report's
     * own reporting, "the Journal could not confirm"): then it is neither named nor anonymous.
     */
    private boolean ownVoice;

    @Positive(message = "The number of sources is 1 or more; leave it empty when the source does not say.")
    private Integer sourceCount;

    @Size(max = 500, message = "Keep the basis under 500 characters.")
    private String basis;

    @NotNull(message = "Choose the stance.")
    private Stance stance;

    @Size(max = 10000, message = "Keep the quote under 10,000 characters.")
    private String quote;

    /** The editor confirms the source gives no quote, so an assertion without one is deliberate. */
    private boolean noQuote;

    /**
     * Whose words the quote is. The source's wording until the editor says the quote is the
     * speaker's own: a page must never present a report's sentence as someone's words.
     */
    private Wording wording = Wording.SOURCE;

    /** The attribution of this claim whose sourcing this one repeats, if any. */
    private Long relaysId;

    /** Counted as an origin of its own, though another attribution has the same speaker (V29). */
    private boolean separateOrigin;

    /** Why the source granted its anonymous sources anonymity, when it says. */
    @Size(max = 500, message = "Keep the reason for anonymity under 500 characters.")
    private String anonymityReason;

    /**
     * The editor confirms that an anonymous source of this claim is one who declined to comment on
     * it: asked only when that may be so.
     */
    private boolean confirmedBesideADecline;

    @Size(max = 100, message = "Keep the date under 100 characters.")
    private String stated;

    @Size(max = 100, message = "Keep the label under 100 characters.")
    private String statedLabel;

    private Long version;

    /** What the editor typed to find another source or speaker (Choices): the form finds, it does not save. */
    @Size(max = 200, message = "Type at most 200 characters to find a source.")
    private String sourceFind;

    @Size(max = 200, message = "Type at most 200 characters to find a speaker.")
    private String speakerFind;

    @Size(max = 200, message = "Type at most 200 characters to find an origin.")
    private String relaysFind;

    /**
     * The day the chosen source was written, when it names one: "late last year" or "on Tuesday" in
     * the date said are read against it. Set by the controller, never bound from the request.
     */
    private java.time.LocalDate writtenOn;

    /** Reads dates said relative to the source (AttributionForm#writtenOn) against this day. */
    public void readDatesAgainst(java.time.LocalDate sourceDay) {
        this.writtenOn = sourceDay;
    }

    static AttributionForm of(Attribution a) {
        AttributionForm form = new AttributionForm();
        form.sourceId = a.getSource().getId();
        form.speakerId = a.getSpeaker() == null ? null : a.getSpeaker().getId();
        form.speakerDescription = a.getSpeakerDescription();
        form.ownVoice = a.getSpeaker() == null && !a.isAnonymous();
        form.sourceCount = a.getSourceCount();
        form.basis = a.getBasis();
        form.stance = a.getStance();
        form.quote = a.getQuote();
        form.noQuote = a.getQuote() == null;
        form.wording = a.getWording();
        form.relaysId = a.getRelays() == null ? null : a.getRelays().getId();
        form.separateOrigin = a.isSeparateOrigin();
        form.anonymityReason = a.getAnonymityReason();
        form.stated = a.getStated() == null ? null : a.getStated().edtf();
        form.statedLabel = a.getStated() == null ? null : a.getStated().label();
        form.version = a.getVersion();
        return form;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public Long getSpeakerId() {
        return speakerId;
    }

    public void setSpeakerId(Long speakerId) {
        this.speakerId = speakerId;
    }

    public String getSpeakerDescription() {
        return speakerDescription;
    }

    public void setSpeakerDescription(String speakerDescription) {
        this.speakerDescription = speakerDescription;
    }

    public Integer getSourceCount() {
        return sourceCount;
    }

    public void setSourceCount(Integer sourceCount) {
        this.sourceCount = sourceCount;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public Wording getWording() {
        return wording;
    }

    public void setWording(Wording wording) {
        this.wording = wording;
    }

    public Long getRelaysId() {
        return relaysId;
    }

    public void setRelaysId(Long relaysId) {
        this.relaysId = relaysId;
    }

    public String getStated() {
        return stated;
    }

    public void setStated(String stated) {
        this.stated = stated;
    }

    public String getStatedLabel() {
        return statedLabel;
    }

    public void setStatedLabel(String statedLabel) {
        this.statedLabel = statedLabel;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isNoQuote() {
        return noQuote;
    }

    public void setNoQuote(boolean noQuote) {
        this.noQuote = noQuote;
    }

    public boolean isOwnVoice() {
        return ownVoice;
    }

    public void setOwnVoice(boolean ownVoice) {
        this.ownVoice = ownVoice;
    }

    /**
     * AP's rules for anonymous sourcing, and what no annotation can check; the ids are checked when
     * saving. No named speaker means an anonymous source, described as the report does, unless the
     * editor says the source speaks in its own voice.
     * An assertion needs the source's words unless the editor says there are none, so a forgotten
     * quote is not saved as a missing one. The form and the spreadsheet import give the same messages.
     */
    public AttributionService.AttributionDetails toDetails(Errors result) {
        AttributionForm form = this;
        FuzzyDate stated = Forms.fuzzyDate(result, "stated", form.getStated(), form.getStatedLabel(), writtenOn);
        String description = Forms.text(form.getSpeakerDescription());
        boolean anonymous = form.getSpeakerId() == null && !form.isOwnVoice();
        if (form.getSpeakerId() == null && description == null) {
            result.rejectValue(
                    "speakerDescription",
                    "anonymous.undescribed",
                    "Pick the named speaker, or describe the "
                            + "anonymous source as the report does (e.g. \"two people briefed on the request\").");
        }
        if (anonymous && description != null && AnonymousSources.isVague(description)) {
            result.rejectValue(
                    "speakerDescription",
                    "anonymous.vague",
                    "Describe the anonymous source as the source does, with more than a word such as sources or "
                            + "officials: who they are and how they are placed to know (e.g. \"two officials briefed "
                            + "on the request\").");
        }
        if (!anonymous && form.getSourceCount() != null) {
            result.rejectValue("sourceCount", "count.named", "The number of sources is for anonymous sourcing only.");
        }
        String quote = verbatim(form.getQuote());
        if (quote == null
                && !form.isNoQuote()
                && form.getStance() != null
                && form.getStance().group() == StanceGroup.ASSERTS) {
            result.rejectValue(
                    "quote", "quote.missing", "Paste the source’s words, or tick “The source gives no quote”.");
        }
        return new AttributionService.AttributionDetails(
                form.getSourceId(),
                form.getSpeakerId(),
                description,
                anonymous,
                form.getSourceCount(),
                Forms.text(form.getBasis()),
                form.getStance(),
                quote,
                form.getWording(),
                form.getRelaysId(),
                stated,
                form.isSeparateOrigin(),
                anonymous ? Forms.text(form.getAnonymityReason()) : null,
                form.isConfirmedBesideADecline());
    }

    /** A quote is kept exactly as typed, spaces included; only an empty one becomes "no quote". */
    private static String verbatim(String quote) {
        return quote == null || quote.isBlank() ? null : quote;
    }

    public String getSourceFind() {
        return sourceFind;
    }

    public void setSourceFind(String sourceFind) {
        this.sourceFind = sourceFind;
    }

    public String getSpeakerFind() {
        return speakerFind;
    }

    public void setSpeakerFind(String speakerFind) {
        this.speakerFind = speakerFind;
    }

    public String getAnonymityReason() {
        return anonymityReason;
    }

    public void setAnonymityReason(String anonymityReason) {
        this.anonymityReason = anonymityReason;
    }

    public boolean isConfirmedBesideADecline() {
        return confirmedBesideADecline;
    }

    public void setConfirmedBesideADecline(boolean confirmedBesideADecline) {
        this.confirmedBesideADecline = confirmedBesideADecline;
    }

    public boolean isSeparateOrigin() {
        return separateOrigin;
    }

    public void setSeparateOrigin(boolean separateOrigin) {
        this.separateOrigin = separateOrigin;
    }

    public String getRelaysFind() {
        return relaysFind;
    }

    public void setRelaysFind(String relaysFind) {
        this.relaysFind = relaysFind;
    }
}
