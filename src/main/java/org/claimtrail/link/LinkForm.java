package org.claimtrail.link;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class LinkForm {

    @NotNull(message = "Pick the other claim.")
    private Long targetId;

    @NotNull(message = "Choose how the claims relate.")
    private LinkType type;

    @Size(max = 1000, message = "Keep the note under 1000 characters.")
    private String note;

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LinkType getType() {
        return type;
    }

    public void setType(LinkType type) {
        this.type = type;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
