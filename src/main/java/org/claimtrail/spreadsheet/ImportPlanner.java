package org.claimtrail.spreadsheet;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.actor.ActorNames;
import org.claimtrail.attribution.AttributionForm;
import org.claimtrail.attribution.AttributionService.AttributionDetails;
import org.claimtrail.attribution.Wording;
import org.claimtrail.claim.ClaimForm;
import org.claimtrail.claim.ClaimService.ClaimDetails;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.claim.Stance;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.date.InvalidEdtfException;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceKind;
import org.claimtrail.source.SourceService;
import org.claimtrail.source.SourceService.SourceDetails;
import org.claimtrail.spreadsheet.ImportPlan.CellProblem;
import org.claimtrail.spreadsheet.ImportPlan.PlannedAttribution;
import org.claimtrail.spreadsheet.ImportPlan.PlannedClaim;
import org.claimtrail.spreadsheet.ImportPlan.PlannedSource;
import org.claimtrail.spreadsheet.ImportPlan.RowPreview;
import org.claimtrail.webpage.SourceUrl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Turns a sheet into an {@link ImportPlan} without saving anything. Every row goes through the
 * claim and attribution forms' own rules ({@code ClaimForm.toDetails}, {@code AttributionForm.toDetails}
 * and their annotations), so a cell gets the message the form would give. An "Event" row is a claim;
 * a "Statement" row is an attribution of the claim its claim_url (else its statement) names, which
 * it creates if no row did. A source is the record's when its address (or, without one, its title)
 * is already there, else a new one, made once.
 */
@Service
@Transactional(readOnly = true)
class ImportPlanner {

    private static final String EVENT = "event";
    private static final String STATEMENT = "statement";
    private static final Map<String, String> CLAIM_FIELDS = Map.of(
            "statement", "headline",
            "status", "claim_status",
            "statusReason", "status_reason",
            "event", "edtf",
            "eventLabel", "date_label",
            "topics", "topics",
            "storyId", "story");
    private static final Map<String, String> ATTRIBUTION_FIELDS = Map.of(
            "sourceId", "source_title",
            "speakerId", "actors",
            "speakerDescription", "actors",
            "sourceCount", "source_count",
            "basis", "basis",
            "stance", "stance",
            "quote", "quote",
            "wording", "whose_words",
            "stated", "edtf",
            "statedLabel", "date_label");

    private final ActorNames actorNames;
    private final SourceService sources;
    private final SpringValidatorAdapter validator;

    ImportPlanner(ActorNames actorNames, SourceService sources, Validator validator) {
        this.actorNames = actorNames;
        this.sources = sources;
        this.validator = new SpringValidatorAdapter(validator);
    }

    ImportPlan plan(Sheet sheet, long storyId) {
        Planning planning = new Planning(storyId);
        for (Sheet.Row row : sheet.rows()) {
            planning.add(row);
        }
        List<String> notices = new ArrayList<>();
        if (!sheet.ignoredColumns().isEmpty()) {
            notices.add("Columns not read: " + String.join(", ", sheet.ignoredColumns()) + ".");
        }
        if (sheet.columns().contains("verdict")) {
            notices.add("The verdict column is not imported: a verdict is drafted and published on its claim.");
        }
        return new ImportPlan(
                planning.previews,
                planning.claims.values().stream()
                        .map(c -> new PlannedClaim(c.line, c.details, List.copyOf(c.attributions)))
                        .toList(),
                List.copyOf(planning.newSources.values()),
                notices);
    }

    /** One sheet's planning: the claims met so far by key, the sources by key, the actors looked up. */
    private final class Planning {
        final long storyId;
        final List<RowPreview> previews = new ArrayList<>();
        final Map<String, ClaimInProgress> claims = new LinkedHashMap<>();
        final Map<String, PlannedSource> newSources = new LinkedHashMap<>();
        final Map<String, Long> existingSources = new HashMap<>();
        final Map<String, ActorNames.Lookup> actors = new HashMap<>();

        Planning(long storyId) {
            this.storyId = storyId;
        }

        void add(Sheet.Row row) {
            List<CellProblem> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            String kind = kindOf(row);
            if (kind == null) {
                problems.add(new CellProblem("kind", "Say whether the row is an Event (a claim) or a Statement."));
                previews.add(new RowPreview(
                        row.line(), row.get("kind"), row.get("headline"), "", "", "", "", problems, notes));
                return;
            }
            if (kind.equals(EVENT)) {
                addClaim(row, row.get("headline"), true, problems, notes);
                previews.add(new RowPreview(
                        row.line(),
                        "Event",
                        row.get("headline"),
                        row.get("actors"),
                        "",
                        "",
                        row.get("date_label"),
                        problems,
                        notes));
                return;
            }
            String statement = statementOf(row);
            ClaimInProgress claim = addClaim(row, statement, false, problems, notes);
            String source = addAttribution(row, claim, problems, notes);
            previews.add(new RowPreview(
                    row.line(),
                    "Statement",
                    statement,
                    row.get("actors"),
                    row.get("stance"),
                    source,
                    row.get("date_label"),
                    problems,
                    notes));
        }

        /** The claim a row names, made from this row if no earlier row made it. */
        private ClaimInProgress addClaim(
                Sheet.Row row, String statement, boolean event, List<CellProblem> problems, List<String> notes) {
            String key = !row.get("claim_url").isEmpty()
                    ? row.get("claim_url")
                    : "statement:" + statement.toLowerCase(Locale.ROOT);
            ClaimInProgress existing = claims.get(key);
            if (existing != null && (!event || existing.fromEvent)) {
                if (event) {
                    problems.add(new CellProblem(
                            "claim_url",
                            "Row " + existing.line + " already gives this claim; a claim has one Event row."));
                }
                return existing;
            }
            ClaimForm form = new ClaimForm();
            form.setStoryId(storyId);
            form.setStatement(statement);
            form.setStatus(status(row.get("claim_status"), problems));
            form.setStatusReason(row.get("status_reason"));
            form.setTopics(row.get("topics").replace(';', ','));
            if (event) {
                setDate(row, form::setEvent, form::setEventLabel);
                form.setSubjects(names(row.get("actors")));
            }
            Errors errors = new BeanPropertyBindingResult(form, "claim");
            validator.validate(form, errors);
            ClaimDetails details = form.toDetails(errors, actorNames);
            problems.addAll(problems(errors, CLAIM_FIELDS));
            if (event && details.event() != null) {
                notes.add("Dated " + details.event().display() + ".");
            }
            if (existing != null) {
                // Statements came first (the export orders rows by date): the Event row dates the claim.
                existing.details = details;
                existing.fromEvent = true;
                return existing;
            }
            ClaimInProgress claim = new ClaimInProgress(row.line(), details);
            claim.fromEvent = event;
            claims.put(key, claim);
            return claim;
        }

        /** The attribution a Statement row gives; returns the source as the preview names it. */
        private String addAttribution(
                Sheet.Row row, ClaimInProgress claim, List<CellProblem> problems, List<String> notes) {
            AttributionForm form = new AttributionForm();
            String who = row.get("actors");
            String anonymous = row.get("anonymous").toLowerCase(Locale.ROOT);
            if (!who.isEmpty()) {
                ActorNames.Lookup lookup =
                        actors.computeIfAbsent(who.toLowerCase(Locale.ROOT), k -> actorNames.lookUp(who));
                if (lookup.found() && !anonymous.equals("yes")) {
                    form.setSpeakerId(lookup.actor().id());
                    notes.add("Speaker: " + lookup.actor().name() + ", a named actor.");
                } else if (!lookup.candidates().isEmpty() && !anonymous.equals("yes")) {
                    problems.add(new CellProblem("actors", lookup.problem(who)));
                } else {
                    form.setSpeakerDescription(who);
                    form.setOwnVoice(anonymous.equals("no"));
                    notes.add(
                            anonymous.equals("no")
                                    ? "Speaker described, speaking in its own voice: not a named actor."
                                    : "An anonymous source, described as the row does.");
                }
            }
            form.setStance(stance(row.get("stance"), problems));
            form.setSourceCount(count(row.get("source_count"), problems));
            form.setBasis(row.get("basis"));
            String quote = row.verbatim("quote");
            form.setQuote(quote);
            form.setNoQuote(quote.isBlank());
            form.setWording(
                    quote.isBlank()
                            ? null
                            : row.get("whose_words").toLowerCase(Locale.ROOT).contains("own words")
                                    ? Wording.OWN
                                    : Wording.SOURCE);
            setDate(row, form::setStated, form::setStatedLabel);
            String source = resolveSource(row, form, problems, notes);
            Errors errors = new BeanPropertyBindingResult(form, "attribution");
            validator.validate(form, errors);
            AttributionDetails details = form.toDetails(errors);
            problems.addAll(problems(errors, ATTRIBUTION_FIELDS).stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.column().equals(p.column())))
                    .toList());
            String key = sourceKey(row);
            claim.attributions.add(
                    new PlannedAttribution(row.line(), details, existingSources.get(key), newSources.get(key)));
            return source;
        }

        /** The source a row cites: the record's (by address, else title), else a new one of this import. */
        private String resolveSource(
                Sheet.Row row, AttributionForm form, List<CellProblem> problems, List<String> notes) {
            String title = row.get("source_title");
            String url = null;
            if (!row.get("source_url").isEmpty()) {
                try {
                    url = SourceUrl.normalise(row.get("source_url"));
                } catch (IllegalArgumentException e) {
                    problems.add(new CellProblem("source_url", e.getMessage()));
                    return title;
                }
            }
            if (title.isEmpty() && url == null) {
                problems.add(new CellProblem("source_title", "Name the source the row cites, or give its address."));
                return "";
            }
            String key = sourceKey(row);
            if (existingSources.containsKey(key) || newSources.containsKey(key)) {
                form.setSourceId(existingSources.getOrDefault(key, -1L));
                return title;
            }
            Optional<Source> existing = url != null ? sources.atUrl(url, null) : sources.withTitle(title);
            if (existing.isPresent()) {
                existingSources.put(key, existing.get().getId());
                form.setSourceId(existing.get().getId());
                notes.add("Cites the source already in the record: “"
                        + existing.get().getTitle() + "”.");
                return existing.get().getTitle();
            }
            if (title.isEmpty()) {
                problems.add(new CellProblem("source_title", "Give the new source a title."));
                return "";
            }
            if (title.length() > 500) {
                problems.add(new CellProblem("source_title", "Keep the title under 500 characters."));
                return "";
            }
            String publisher = row.get("publisher");
            FuzzyDate published = sourceDate(row, problems);
            newSources.put(
                    key,
                    new PlannedSource(
                            key,
                            new SourceDetails(
                                    publisher.isEmpty() ? SourceKind.OTHER : SourceKind.NEWS_REPORT,
                                    title,
                                    false,
                                    null,
                                    publisher.isEmpty() ? null : publisher,
                                    null,
                                    url,
                                    null,
                                    published,
                                    null)));
            form.setSourceId(-1L);
            notes.add(
                    "A new source: “" + title + "”" + (publisher.isEmpty() ? "" : ", published by " + publisher) + ".");
            return title;
        }
    }

    /** What a row's claim and source are keyed by, within one sheet. */
    private static String sourceKey(Sheet.Row row) {
        String url = row.get("source_url");
        if (!url.isEmpty()) {
            try {
                return "url:" + SourceUrl.normalise(url);
            } catch (IllegalArgumentException e) {
                return "bad-url:" + url;
            }
        }
        return "title:" + row.get("source_title").toLowerCase(Locale.ROOT) + "|"
                + row.get("publisher").toLowerCase(Locale.ROOT);
    }

    private static String kindOf(Sheet.Row row) {
        String kind = row.get("kind").toLowerCase(Locale.ROOT);
        if (kind.isEmpty()) {
            return row.get("stance").isEmpty()
                            && row.get("source_title").isEmpty()
                            && row.get("source_url").isEmpty()
                    ? EVENT
                    : STATEMENT;
        }
        return kind.equals(EVENT) ? EVENT : kind.equals(STATEMENT) ? STATEMENT : null;
    }

    /**
     * A Statement row's claim: its headline, less the "speaker verb: " the export writes before the
     * claim ("Dmitry Peskov denies: Musk and Putin …"), with a relay's "(relaying …’s sourcing)"
     * after the verb when the row has one.
     */
    private static String statementOf(Sheet.Row row) {
        String headline = row.get("headline");
        String prefix = row.get("actors") + " " + row.get("stance");
        String relays = row.get("relays");
        for (String said : new String[] {
            prefix + ": ",
            relays == null || relays.isEmpty() ? null : prefix + " (relaying " + relays + "’s sourcing): "
        }) {
            if (said != null && !row.get("actors").isEmpty() && headline.startsWith(said)) {
                return headline.substring(said.length()).strip();
            }
        }
        return headline;
    }

    /** The date of a row: its EDTF with the words it was written in, or the words alone. */
    private static void setDate(
            Sheet.Row row, java.util.function.Consumer<String> date, java.util.function.Consumer<String> label) {
        String edtf = row.get("edtf");
        String words = row.get("date_label");
        if (!edtf.isEmpty()) {
            date.accept(edtf);
            if (!words.isEmpty() && !words.equals(displayOf(edtf))) {
                label.accept(words);
            }
        } else if (!words.isEmpty()) {
            date.accept(words);
        }
    }

    private static String displayOf(String edtf) {
        try {
            return FuzzyDate.parse(edtf).display();
        } catch (InvalidEdtfException e) {
            return null;
        }
    }

    /** A source's date: its words, else the first and last day the export gives. */
    private static FuzzyDate sourceDate(Sheet.Row row, List<CellProblem> problems) {
        String words = row.get("source_date_label");
        String earliest = row.get("source_earliest");
        String latest = row.get("source_latest");
        try {
            if (!earliest.isEmpty() || !latest.isEmpty()) {
                String edtf = earliest.equals(latest)
                        ? earliest
                        : (earliest.isEmpty() ? ".." : earliest) + "/" + (latest.isEmpty() ? ".." : latest);
                LocalDate.parse(earliest.isEmpty() ? latest : earliest);
                FuzzyDate parsed = FuzzyDate.parse(edtf);
                return words.isEmpty() || words.equals(parsed.display()) ? parsed : FuzzyDate.parse(edtf, words);
            }
            return words.isEmpty() ? null : FuzzyDate.read(words, null);
        } catch (InvalidEdtfException | java.time.format.DateTimeParseException e) {
            problems.add(new CellProblem("source_date_label", e.getMessage()));
            return null;
        }
    }

    private static ClaimStatus status(String label, List<CellProblem> problems) {
        if (label.isEmpty()) {
            return ClaimStatus.REPORTED;
        }
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.label().equalsIgnoreCase(label) || status.name().equalsIgnoreCase(label)) {
                return status;
            }
        }
        problems.add(new CellProblem(
                "claim_status",
                "“" + label + "” is not a status: write one of "
                        + String.join(
                                ", ",
                                Arrays.stream(ClaimStatus.values())
                                        .map(ClaimStatus::label)
                                        .toList()) + "."));
        return null;
    }

    private static Stance stance(String verb, List<CellProblem> problems) {
        String typed = verb.toLowerCase(Locale.ROOT).replace('_', ' ');
        for (Stance stance : Stance.values()) {
            if (typed.equals(stance.label()) || typed.equals(stance.verbFor("people", false))) {
                return stance;
            }
        }
        problems.add(new CellProblem(
                "stance",
                (verb.isEmpty() ? "Give the stance" : "“" + verb + "” is not a stance") + ": write one of "
                        + String.join(
                                ", ",
                                Arrays.stream(Stance.values())
                                        .map(Stance::label)
                                        .toList()) + "."));
        return null;
    }

    private static Integer count(String text, List<CellProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new CellProblem(
                    "source_count", "Write the number of sources as a number (e.g. 3), or leave it empty."));
            return null;
        }
    }

    /** The subjects of an Event row: names separated by semicolons, as the export writes them (or commas). */
    private static List<String> names(String cell) {
        if (cell.isEmpty()) {
            return new ArrayList<>();
        }
        String separator = cell.contains(";") ? ";" : ",";
        return new ArrayList<>(Arrays.stream(cell.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
    }

    private static List<CellProblem> problems(Errors errors, Map<String, String> columns) {
        List<CellProblem> problems = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            String field = error.getField().replaceAll("\\[.*", "");
            String column = field.equals("subjects") ? "actors" : columns.getOrDefault(field, field);
            if (problems.stream()
                    .noneMatch(p -> p.column().equals(column) && p.message().equals(error.getDefaultMessage()))) {
                problems.add(new CellProblem(column, error.getDefaultMessage()));
            }
        }
        errors.getGlobalErrors().forEach(e -> problems.add(new CellProblem("", e.getDefaultMessage())));
        return problems;
    }

    /** A claim while the sheet is read: where it was made, what it is, its attributions so far. */
    private static final class ClaimInProgress {
        final int line;
        ClaimDetails details;
        boolean fromEvent;
        final List<PlannedAttribution> attributions = new ArrayList<>();

        ClaimInProgress(int line, ClaimDetails details) {
            this.line = line;
            this.details = details;
        }
    }
}
