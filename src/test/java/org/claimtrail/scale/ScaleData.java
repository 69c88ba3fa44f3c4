package org.claimtrail.scale;

import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimtrail.date.FuzzyDate;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a database with a synthetic newsroom for benchmarks: stories, actors, sources, claims,
 * attributions and subjects, with fuzzy dates of every precision, deterministic from a seed,
 * loaded with COPY. Lives in test sources, so it never ships in the application jar; refuses
 * to run without {@code --yes-add-synthetic-data}; every synthetic slug starts "synthetic-".
 *
 * <pre>
 * SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/bench SPRING_DATASOURCE_USERNAME=… \
 *   java -cp … org.claimtrail.scale.ScaleData --yes-add-synthetic-data [--claims=100000 …]
 * </pre>
 * Options (defaults): --stories=500 --actors=5000 --sources=20000 --claims=100000
 * --attributions=300000 --links=20000 --seed=42; --append-attributions=N adds N attributions to
 * the synthetic claims already there (for export benchmarks).
 *
 * <p>The data is skewed the way a newsroom's is: synthetic-story-0 holds a fifth of the claims;
 * synthetic-claim-0 to -9 carry 3,000 attributions each; synthetic-actor-0 speaks in a tenth of
 * all attributions and synthetic-actor-1 publishes a tenth of the sources; statements are
 * written from a small newsroom vocabulary in which a few words are very common ({@link #VOCABULARY},
 * Zipf-like), so a two-word search can match tens of thousands of claims.
 */
public final class ScaleData {

    private static final int BATCH = 20_000;
    private static final String[] TOPICS = {
        "elections",
        "energy",
        "defence",
        "space",
        "telecoms",
        "health",
        "courts",
        "sanctions",
        "migration",
        "finance",
        "climate",
        "cyber",
        "media",
        "trade",
        "diplomacy",
        "policing",
        "education",
        "housing",
        "transport",
        "agriculture"
    };
    private static final String[] FIRST = {
        "Anna", "Boris", "Chen", "Dana", "Emre", "Fatima", "Georg", "Hana", "Ivan", "Julia", "Kofi", "Lena", "Marek",
        "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tariq"
    };
    private static final String[] LAST = {
        "Adler",
        "Brandt",
        "Costa",
        "Dimitrov",
        "Eriksen",
        "Fischer",
        "Garcia",
        "Horvat",
        "Ivanova",
        "Jensen",
        "Kowalski",
        "Larsen",
        "Moreau",
        "Novak",
        "Okafor",
        "Petrov",
        "Quinn",
        "Rossi",
        "Schmidt",
        "Tanaka"
    };
    /** A newsroom's words, most common first: word n is picked about 1/(n+1) as often as the first. */
    static final String[] VOCABULARY = {
        "minister",
        "government",
        "report",
        "sanctions",
        "officials",
        "company",
        "contract",
        "president",
        "talks",
        "deal",
        "security",
        "election",
        "court",
        "border",
        "energy",
        "military",
        "payment",
        "investigation",
        "spokesman",
        "documents",
        "meeting",
        "agency",
        "budget",
        "satellite",
        "network",
        "bank",
        "embassy",
        "prosecutor",
        "union",
        "lobbyist",
        "minister's",
        "council",
        "treaty",
        "pipeline",
        "export",
        "refinery",
        "regulator",
        "shipment",
        "oligarch",
        "subsidy",
        "tender",
        "leak",
        "whistleblower",
        "audit",
        "bribe",
        "licence",
        "merger",
        "blockade",
        "ceasefire",
        "drone"
    };

    private static final String[] VERBS = {
        "met", "called", "funded", "warned", "lobbied", "advised", "paid", "briefed", "threatened", "hired"
    };
    private static final String[] THINGS = {
        "the regulator",
        "a minister",
        "the central bank",
        "a rival company",
        "foreign officials",
        "the board",
        "a contractor",
        "the ministry of defence",
        "a union",
        "the court"
    };
    private static final String[] DESCRIPTIONS = {
        "two people familiar with the matter",
        "a senior official",
        "several current and former officials",
        "a person briefed on the talks",
        "three people with knowledge of the deal",
        "an official who asked not to be named",
        "people close to the company"
    };
    private static final String[] STANCES = {
        "ASSERTS",
        "ASSERTS",
        "ASSERTS",
        "ASSERTS",
        "ASSERTS",
        "ASSERTS",
        "ASSERTS",
        "CONFIRMS",
        "CONFIRMS",
        "DENIES",
        "DENIES",
        "DISPUTES",
        "DECLINES_TO_COMMENT",
        "DID_NOT_RESPOND"
    };
    private static final String[] KINDS = {
        "NEWS_REPORT", "NEWS_REPORT", "NEWS_REPORT", "WIRE_REPORT", "SOCIAL_POST", "OFFICIAL_STATEMENT", "DOCUMENT"
    };
    private static final String[] STATUSES = {
        "REPORTED", "REPORTED", "REPORTED", "REPORTED", "CONFIRMED", "DISPUTED", "DENIED", "FALSE", "RETRACTED"
    };

    private final Random random;
    private final CopyManager copy;
    private final Connection connection;

    private ScaleData(Connection connection, long seed) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (!options.containsKey("yes-add-synthetic-data")) {
            System.err.println(
                    "This adds synthetic stories, claims and sources to the database named by "
                            + "SPRING_DATASOURCE_URL. Run it only against a benchmark database, with --yes-add-synthetic-data.");
            System.exit(2);
        }
        String url = required("SPRING_DATASOURCE_URL");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ScaleData data = new ScaleData(connection, Long.parseLong(options.getOrDefault("seed", "42")));
            if (options.containsKey("append-attributions")) {
                data.appendAttributions(Integer.parseInt(options.get("append-attributions")));
            } else {
                data.generate(
                        number(options, "stories", 500),
                        number(options, "actors", 5000),
                        number(options, "sources", 20000),
                        number(options, "claims", 100_000),
                        number(options, "attributions", 300_000),
                        number(options, "links", 20_000));
            }
            // A database in steady state, as autovacuum leaves one: statistics, and visibility
            // maps and hint bits set, so the first benchmark reads do not pay for the bulk load.
            data.execute("vacuum analyze");
        }
        System.out.printf("scale data loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The benchmark's newsroom at the given sizes, in a database the application has migrated: for
     * proofs that must run where the benchmark does (the desk's forms at 20,000 sources).
     */
    public static void fill(
            Connection connection, long seed, int stories, int actors, int sources, int claims, int attributions)
            throws Exception {
        ScaleData data = new ScaleData(connection, seed);
        data.generate(stories, actors, sources, claims, attributions, Math.min(claims, attributions));
        data.execute("vacuum analyze");
    }

    /** Claims with thousands of attributions each: synthetic-claim-0 to -9. */
    static final int HOT_CLAIMS = 10;

    static final int HOT_CLAIM_ATTRIBUTIONS = 3000;

    private void generate(int stories, int actors, int sources, int claims, int attributions, int links)
            throws Exception {
        long story0 = next("story");
        long actor0 = next("actor");
        long source0 = next("source");
        long claim0 = next("claim");
        copyRows(
                "story (id, slug, title, summary)",
                stories,
                i -> List.of(
                        story0 + i,
                        "synthetic-story-" + i,
                        "Synthetic investigation " + i + ": " + pick(THINGS) + " and " + pick(TOPICS),
                        "A generated story for benchmarks."));
        copyRows(
                "actor (id, slug, name, kind, description)",
                actors,
                i -> List.of(
                        actor0 + i,
                        "synthetic-actor-" + i,
                        pick(FIRST) + " " + pick(LAST) + " " + i,
                        i == 1 || (i % 5 == 0 && i > 0) ? "NEWS_OUTLET" : "PERSON",
                        "Generated actor " + i));
        copyRows(
                "source (id, kind, title, publisher_id, url, published_edtf, published_earliest, published_latest)",
                sources,
                i -> {
                    FuzzyDate published = FuzzyDate.parse(day());
                    return List.of(
                            source0 + i,
                            pick(KINDS),
                            "Synthetic report " + i + " on " + pick(TOPICS),
                            // The busy outlet publishes a tenth of the sources.
                            random.nextInt(10) == 0
                                    ? actor0 + 1
                                    : actor0 + 5L * random.nextInt(Math.max(1, actors / 5)),
                            "https://news.example/" + i,
                            published.edtf(),
                            published.earliest(),
                            published.latest());
                });
        copyRows(
                "claim (id, story_id, slug, statement, status, status_reason, event_edtf, event_earliest, event_latest, topics)",
                claims,
                i -> {
                    String status = pick(STATUSES);
                    FuzzyDate event = i % 10 == 0 ? null : FuzzyDate.parse(fuzzyDate());
                    // The big story holds a fifth of the claims.
                    long story = random.nextInt(5) == 0 ? story0 : story0 + random.nextInt(stories);
                    List<Object> row =
                            new ArrayList<>(List.of(claim0 + i, story, "synthetic-claim-" + i, statement(i), status));
                    row.add(
                            status.equals("DISPUTED") || status.equals("FALSE") || status.equals("RETRACTED")
                                    ? "Generated verdict"
                                    : null);
                    row.add(event == null ? null : event.edtf());
                    row.add(event == null ? null : event.earliest());
                    row.add(event == null ? null : event.latest());
                    row.add("{" + pick(TOPICS) + "," + pick(TOPICS) + "}");
                    return row;
                });
        copyRows(
                "claim_subject (claim_id, actor_id)",
                claims,
                i -> List.of(claim0 + i, actor0 + random.nextInt(actors)));
        int hot = Math.min(attributions / 2, HOT_CLAIMS * HOT_CLAIM_ATTRIBUTIONS);
        insertAttributions(claim0, claims, actor0, actors, source0, sources, attributions - hot);
        insertAttributions(claim0, HOT_CLAIMS, actor0, actors, source0, sources, hot);
        // A link is unique by (from, to, type): a random pair drawn twice moves on to the next claim.
        java.util.Set<String> drawn = new java.util.HashSet<>();
        copyRows("claim_link (from_claim_id, to_claim_id, type)", links, i -> {
            long from = claim0 + (i < links / 10 ? random.nextInt(HOT_CLAIMS) : random.nextInt(claims));
            long to = claim0 + random.nextInt(claims);
            String type = LINK_TYPES[i % LINK_TYPES.length];
            while (to == from || !drawn.add(from + ">" + to + ":" + type)) {
                to = claim0 + (to - claim0 + 1) % claims;
            }
            return List.of(from, to, type);
        });
    }

    private static final String[] LINK_TYPES = {"SUPPORTS", "CONTRADICTS", "RESPONDS_TO", "DETAILS"};

    private void appendAttributions(int count) throws Exception {
        long claim0 = scalar("select min(id) from claim where slug like 'synthetic-claim-%'");
        long claims = scalar("select count(*) from claim where slug like 'synthetic-claim-%'");
        long actor0 = scalar("select min(id) from actor where slug like 'synthetic-actor-%'");
        long actors = scalar("select count(*) from actor where slug like 'synthetic-actor-%'");
        long source0 = scalar("select min(id) from source where url like 'https://news.example/%'");
        long sources = scalar("select count(*) from source where url like 'https://news.example/%'");
        insertAttributions(claim0, (int) claims, actor0, (int) actors, source0, (int) sources, count);
    }

    private void insertAttributions(
            long claim0, int claims, long actor0, int actors, long source0, int sources, int count) throws Exception {
        copyRows(
                "attribution (claim_id, source_id, speaker_id, speaker_description, anonymous, source_count, basis, "
                        + "stance, quote, wording, stated_edtf, stated_earliest, stated_latest)",
                count,
                i -> {
                    boolean anonymous = random.nextInt(10) < 3;
                    boolean quoted = random.nextBoolean();
                    FuzzyDate stated = FuzzyDate.parse(day());
                    // The busy actor speaks in a tenth of the attributions.
                    long speaker = random.nextInt(10) == 0 ? actor0 : actor0 + random.nextInt(actors);
                    return List.of(
                            claim0 + random.nextInt(claims),
                            source0 + random.nextInt(sources),
                            anonymous ? "" : String.valueOf(speaker),
                            anonymous ? pick(DESCRIPTIONS) : "",
                            anonymous,
                            anonymous && random.nextBoolean() ? "2" : "",
                            anonymous ? "briefed on the matter" : "",
                            pick(STANCES),
                            quoted ? "\u201C" + pick(VERBS) + " " + pick(THINGS) + " twice, not once\u201D" : "",
                            // Of the quotes, a third are the speaker's own words; the rest the source's wording.
                            quoted && random.nextInt(3) == 0 ? "OWN" : "SOURCE",
                            stated.edtf(),
                            stated.earliest(),
                            stated.latest());
                });
    }

    /** Every precision the parser knows, so the benchmark sorts and filters realistic dates. */
    private String fuzzyDate() {
        int year = 1995 + random.nextInt(30);
        int month = 1 + random.nextInt(12);
        return switch (random.nextInt(12)) {
            case 0 -> day();
            case 1 -> "%04d-%02d".formatted(year, month);
            case 2 -> "%04d".formatted(year);
            case 3 -> "%04d-%02d~".formatted(year, month);
            case 4 -> "%04d?".formatted(year);
            case 5 -> "%04d-%d".formatted(year, 21 + random.nextInt(4));
            case 6 -> "%04d-%d".formatted(year, 33 + random.nextInt(4));
            case 7 -> "%04d-%d".formatted(year, 37 + random.nextInt(5));
            case 8 -> "%03dX".formatted(year / 10);
            case 9 -> "%04d-%02d/%04d".formatted(year, month, year + 1 + random.nextInt(3));
            case 10 -> "../%04d".formatted(year);
            default -> "%04d-%02d-XX".formatted(year, month);
        };
    }

    private String day() {
        return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)).toString();
    }

    private String statement(int i) {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 6; w++) {
            words.append(' ').append(common());
        }
        return pick(FIRST) + " " + pick(LAST) + " " + pick(VERBS) + " " + pick(THINGS) + ":" + words
                + " (synthetic claim " + i + ").";
    }

    /** A vocabulary word, the first ones far more often than the last (Zipf-like). */
    private String common() {
        double u = random.nextDouble();
        int n = (int) Math.floor(Math.pow(VOCABULARY.length + 1, u)) - 1;
        return VOCABULARY[Math.min(VOCABULARY.length - 1, Math.max(0, n))];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private interface RowMaker {
        List<?> row(int i) throws Exception;
    }

    /** COPY in batches: the fastest way into PostgreSQL, and statement-level triggers run once per batch. */
    private void copyRows(String target, int count, RowMaker maker) throws Exception {
        long started = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            StringWriter buffer = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(buffer, CSVFormat.POSTGRESQL_CSV)) {
                for (int i = from; i < Math.min(count, from + BATCH); i++) {
                    printer.printRecord(maker.row(i).stream()
                            .map(v -> v == null || "".equals(v) ? null : v)
                            .toList());
                }
            }
            copy.copyIn("copy " + target + " from stdin with (format csv)", new StringReader(buffer.toString()));
        }
        String table = target.substring(0, target.indexOf(' '));
        if (!table.equals("claim_subject")) {
            execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                    + "))");
        }
        System.out.printf("%-13s %,9d rows in %5.1f s%n", table, count, (System.nanoTime() - started) / 1e9);
    }

    private long next(String table) throws SQLException {
        return scalar("select coalesce(max(id), 0) + 1 from " + table);
    }

    private long scalar(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        return options;
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + variable + " to the benchmark database.");
        }
        return value;
    }
}
