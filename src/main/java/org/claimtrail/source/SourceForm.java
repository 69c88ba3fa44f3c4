package org.claimtrail.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.claimtrail.form.Forms;
import org.springframework.format.annotation.DateTimeFormat;

/** What the source form sends; never the entity itself. */
public class SourceForm {

    @NotNull(message = "Choose what kind of source this is.")
    private SourceKind kind;

    @NotBlank(message = "Give the source a title.")
    @Size(max = 500, message = "Keep the title under 500 characters.")
    private String title;

    /** The title is our description; the source's real headline is not known. */
    private boolean titleIsDescription;

    /** An existing publisher … */
    private Long publisherId;

    /** … or the name of a new one. */
    @Size(max = 200, message = "Keep the publisher's name under 200 characters.")
    private String newPublisherName;

    /** The editor says the new publisher is not one of the actors whose names resemble it. */
    private boolean newPublisherDistinct;

    /** What the editor typed to find a publisher (form.Choices): the form finds, it does not save. */
    @Size(max = 200, message = "Type at most 200 characters to find a publisher.")
    private String publisherFind;

    @Size(max = 300, message = "Keep the author under 300 characters.")
    private String author;

    @Size(max = 2000, message = "Keep the address under 2000 characters.")
    private String url;

    @Size(max = 2000, message = "Keep the address under 2000 characters.")
    private String archiveUrl;

    @Size(max = 100, message = "Keep the date under 100 characters.")
    private String published;

    @Size(max = 100, message = "Keep the label under 100 characters.")
    private String publishedLabel;

    @PastOrPresent(message = "A source cannot have been retrieved in the future.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate retrievedOn;

    /** The version the editor started from: a different one now means someone else saved meanwhile. */
    private Long version;

    /** Where to go after saving (the attribution form that sent the editor here). */
    private String returnTo;

    static SourceForm of(Source source) {
        SourceForm form = new SourceForm();
        form.kind = source.getKind();
        form.title = source.getTitle();
        form.titleIsDescription = source.isTitleIsDescription();
        form.publisherId =
                source.getPublisher() == null ? null : source.getPublisher().getId();
        form.author = source.getAuthor();
        form.url = source.getUrl();
        form.archiveUrl = source.getArchiveUrl();
        form.published =
                source.getPublished() == null ? null : source.getPublished().edtf();
        form.publishedLabel =
                source.getPublished() == null ? null : source.getPublished().label();
        form.retrievedOn = source.getRetrievedOn();
        form.version = source.getVersion();
        return form;
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getPublisherId() {
        return publisherId;
    }

    public void setPublisherId(Long publisherId) {
        this.publisherId = publisherId;
    }

    public String getNewPublisherName() {
        return newPublisherName;
    }

    public void setNewPublisherName(String newPublisherName) {
        this.newPublisherName = newPublisherName;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getArchiveUrl() {
        return archiveUrl;
    }

    public void setArchiveUrl(String archiveUrl) {
        this.archiveUrl = archiveUrl;
    }

    public String getPublished() {
        return published;
    }

    public void setPublished(String published) {
        this.published = published;
    }

    public String getPublishedLabel() {
        return publishedLabel;
    }

    public void setPublishedLabel(String publishedLabel) {
        this.publishedLabel = publishedLabel;
    }

    public LocalDate getRetrievedOn() {
        return retrievedOn;
    }

    public void setRetrievedOn(LocalDate retrievedOn) {
        this.retrievedOn = retrievedOn;
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

    /** Only a path on this site is kept, whether it came from a link or from a posted form. */
    public void setReturnTo(String returnTo) {
        this.returnTo = Forms.localPath(returnTo, null);
    }

    public boolean isTitleIsDescription() {
        return titleIsDescription;
    }

    public void setTitleIsDescription(boolean titleIsDescription) {
        this.titleIsDescription = titleIsDescription;
    }

    public String getPublisherFind() {
        return publisherFind;
    }

    public void setPublisherFind(String publisherFind) {
        this.publisherFind = publisherFind;
    }

    public boolean isNewPublisherDistinct() {
        return newPublisherDistinct;
    }

    public void setNewPublisherDistinct(boolean newPublisherDistinct) {
        this.newPublisherDistinct = newPublisherDistinct;
    }
}
