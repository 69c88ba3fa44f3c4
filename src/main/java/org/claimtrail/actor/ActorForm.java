package org.claimtrail.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtrail.form.Forms;

public class ActorForm {

    @NotBlank(message = "Give the actor a name.")
    @Size(max = 200, message = "Keep the name under 200 characters.")
    private String name;

    @NotNull(message = "Choose what kind of actor this is.")
    private ActorKind kind;

    @Size(max = 1000, message = "Keep the description under 1000 characters.")
    private String description;

    /** The organisation this actor speaks for, by name or address; empty for none. */
    @Size(max = 200, message = "Keep the organisation's name under 200 characters.")
    private String speaksFor;

    private Long version;

    /** The form to go back to once the actor is saved (a claim's or an attribution's), a path on this site. */
    private String returnTo;

    /** The editor says the new actor is not one of those whose names resemble its own. */
    private boolean distinct;

    static ActorForm of(Actor actor) {
        ActorForm form = new ActorForm();
        form.name = actor.getName();
        form.kind = actor.getKind();
        form.description = actor.getDescription();
        form.speaksFor =
                actor.getSpeaksFor() == null ? null : actor.getSpeaksFor().getName();
        form.version = actor.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSpeaksFor() {
        return speaksFor;
    }

    public void setSpeaksFor(String speaksFor) {
        this.speaksFor = speaksFor;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = Forms.localPath(returnTo, null);
    }

    public boolean isDistinct() {
        return distinct;
    }

    public void setDistinct(boolean distinct) {
        this.distinct = distinct;
    }
}
