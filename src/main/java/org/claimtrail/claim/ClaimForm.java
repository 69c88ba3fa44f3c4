package org.claimtrail.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.claimtrail.actor.ActorNames;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.Forms;
import org.claimtrail.form.StorableText;
import org.springframework.validation.Errors;

public class ClaimForm {

    @NotNull(message = "Choose the story this claim belongs to.")
    private Long storyId;

    /** What the editor typed to find another story (form.Choices): the form finds, it does not save. */
    @Size(max = 200, message = "Type at most 200 characters to find a story.")
    private String storyFind;

    @NotBlank(message = "State the claim in one sentence.")
    @Size(max = 1000, message = "Keep the statement under 1000 characters.")
    private String statement;

    @NotNull(message = "Choose a status.")
    private ClaimStatus status = ClaimStatus.REPORTED;

    @Size(max = 2000, message = "Keep the reason under 2000 characters.")
    private String statusReason;

    @Size(max = 100, message = "Keep the date under 100 characters.")
    private String event;

    @Size(max = 100, message = "Keep the label under 100 characters.")
    private String eventLabel;

    @Size(max = 500, message = "Keep the topics under 500 characters.")
    private String topics;

    /** Whom the claim is about: actor names (or addresses) as typed, one per field. */
    @Size(max = ClaimForm.MOST_SUBJECTS, message = "Name at most 20 subjects; a claim about more is several claims.")
    private List<@Size(max = 200, message = "Keep each name under 200 characters.") String> subjects =
            new ArrayList<>();

    static final int MOST_SUBJECTS = 20;

    private Long version;

    /** The editor says this save corrects what was published; the reason goes to the public log. */
    private boolean correction;

    @Size(max = 2000, message = "Keep the reason under 2000 characters.")
    private String correctionReason;

    static ClaimForm of(Claim claim) {
        ClaimForm form = new ClaimForm();
        form.storyId = claim.getStory().getId();
        form.statement = claim.getStatement();
        form.status = claim.getStatus();
        form.statusReason = claim.getStatusReason();
        form.event = claim.getEvent() == null ? null : claim.getEvent().edtf();
        form.eventLabel = claim.getEvent() == null ? null : claim.getEvent().label();
        form.topics = String.join(", ", claim.getTopics());
        form.subjects = claim.getSubjects().stream()
                .map(org.claimtrail.actor.Actor::getName)
                .sorted()
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        form.version = claim.getVersion();
        return form;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    /**
     * The repeated parameter arrives as a list, which the binder converts without the per-string
     * cleaning every other field gets (StorableText): a NUL in a name reached PostgreSQL and failed
     * the lookup with a server error (HostileInputIT, full size). So each name is cleaned here.
     */
    public void setSubjects(List<String> subjects) {
        this.subjects = subjects == null
                ? new ArrayList<>()
                : subjects.stream().map(StorableText::clean).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The editor says the new claim is not one of those on file that say nearly the same. */
    private boolean differentClaim;

    public boolean isDifferentClaim() {
        return differentClaim;
    }

    public void setDifferentClaim(boolean differentClaim) {
        this.differentClaim = differentClaim;
    }

    /** One more subject, by the actor's address (a new actor the editor just added); nothing when null. */
    void addSubject(String actorSlug) {
        String name = Forms.text(actorSlug);
        if (name != null && !subjects.contains(name)) {
            subjects.removeIf(subject -> subject == null || subject.isBlank());
            subjects.add(name);
        }
    }

    /** Room to add subjects: the form always offers a few empty fields after the names given. */
    void leaveRoomForSubjects(int empty) {
        subjects.removeIf(name -> name == null || name.isBlank());
        for (int i = 0; i < empty; i++) {
            subjects.add("");
        }
    }

    public Long getStoryId() {
        return storyId;
    }

    public void setStoryId(Long storyId) {
        this.storyId = storyId;
    }

    public String getStoryFind() {
        return storyFind;
    }

    public void setStoryFind(String storyFind) {
        this.storyFind = storyFind;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getEventLabel() {
        return eventLabel;
    }

    public void setEventLabel(String eventLabel) {
        this.eventLabel = eventLabel;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isCorrection() {
        return correction;
    }

    public void setCorrection(boolean correction) {
        this.correction = correction;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    /** Each typed subject looked up; one that names nobody, or several, gets its message on its own field. */
    private List<Long> subjectIds(Errors result, ActorNames actorNames) {
        List<Long> ids = new ArrayList<>();
        List<String> typed = getSubjects();
        if (typed.size() > ClaimForm.MOST_SUBJECTS) {
            return ids;
        }
        for (int i = 0; i < typed.size(); i++) {
            String name = Forms.text(typed.get(i));
            if (name == null || result.hasFieldErrors("subjects[" + i + "]")) {
                continue;
            }
            ActorNames.Lookup lookup = actorNames.lookUp(name);
            if (lookup.found()) {
                ids.add(lookup.actor().id());
            } else if (lookup.candidates().size() == 1
                    && !lookup.candidates().get(0).name().equalsIgnoreCase(name)) {
                // One close match ("Musk" → Elon Musk): chosen in the field, for the editor to confirm by saving again.
                ActorRef match = lookup.candidates().get(0);
                subjects.set(i, match.slug());
                result.rejectValue(
                        "subjects[" + i + "]",
                        "subject.closeMatch",
                        "“" + name + "” is taken as " + match.name() + ", the one close match: save again to keep it.");
            } else {
                result.rejectValue("subjects[" + i + "]", "subject.unknown", lookup.problem(name));
            }
        }
        return ids;
    }

    /**
     * What the claim comes to, and what no annotation can check, as field errors in {@code result}
     * (the form and the spreadsheet import give the same messages); the story id is checked when
     * saving.
     */
    public ClaimService.ClaimDetails toDetails(Errors result, ActorNames actorNames) {
        ClaimForm form = this;
        FuzzyDate event = Forms.fuzzyDate(result, "event", form.getEvent(), form.getEventLabel());
        if (form.getStatus() != null && form.getStatus().needsReason() && Forms.text(form.getStatusReason()) == null) {
            result.rejectValue(
                    "statusReason",
                    "reason.required",
                    "Say why the claim is " + form.getStatus().name().toLowerCase() + "; readers will see it.");
        }
        return new ClaimService.ClaimDetails(
                form.getStoryId(),
                Forms.text(form.getStatement()),
                form.getStatus(),
                Forms.text(form.getStatusReason()),
                event,
                Forms.tags(form.getTopics()),
                subjectIds(result, actorNames));
    }
}
