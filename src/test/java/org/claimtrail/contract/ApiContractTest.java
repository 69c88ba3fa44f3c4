package org.claimtrail.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.claim.Stance;
import org.claimtrail.link.LinkType;
import org.claimtrail.site.ProblemType;
import org.claimtrail.source.SourceKind;
import org.claimtrail.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.yaml.snakeyaml.Yaml;

/**
 * The API against its document, on requests made up from each operation's parameters: valid
 * values, values just outside the limits, values of the wrong kind, huge numbers, spans for
 * dates, names that match nothing. Each answer is checked against /api/openapi.json by
 * {@link ApiContractChecks} (as every API call of every test is); here also: no 5xx, and every
 * page answer carries a Link header that says what its body's links say.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

    private static final int REQUESTS_PER_OPERATION = 120;
    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(first|prev|next|last)\"");

    /** Values for each parameter: a few good, a few bad; null is "not sent". */
    private static final Map<String, List<String>> VALUES = values();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(
                "q",
                List.of("Starlink", "putin or xi", "\"regular contact\"", "-kremlin", "ü", "x".repeat(400), "", "%_"));
        values.put("story", List.of("musk-putin-contacts", "Musk–Putin", "no-such-story", ""));
        values.put("actor", List.of("dmitry-peskov", "Elon Musk", "nobody-at-all", ""));
        values.put("status", List.of("REPORTED", "DISPUTED", "DENIED", "reported", "FOO", ""));
        values.put("stance", List.of("ASSERTS", "DENIES", "DID_NOT_RESPOND", "asserts", "maybe", ""));
        values.put("topic", List.of("starlink", "taiwan", "nothing-here", ""));
        values.put("sourceKind", List.of("NEWS_REPORT", "OFFICIAL_STATEMENT", "PODCAST", ""));
        values.put(
                "from",
                List.of("2022", "2022-10", "26 October 2024", "late 2022", "2022/2024", "notadate", "99999", ""));
        values.put("to", List.of("2024", "Oct 2024", "2021-04-01", "2020/..", "soon", ""));
        values.put("sort", List.of("relevance", "date", "date-desc", "newest", "sideways", ""));
        values.put("after", List.of("zzz", "2021-04-01~1", "1", "", "1~" + "9".repeat(30)));
        values.put("before", List.of("zzz", "2099-01-01~99", ""));
        values.put("last", List.of("true", "1", "false", "TRUE", ""));
        values.put(
                "size",
                List.of(
                        "1",
                        "5",
                        "50",
                        "200",
                        "201",
                        "1000",
                        "1001",
                        "0",
                        "-1",
                        "21474838",
                        "99999999999999999999",
                        "abc",
                        "2.5",
                        ""));
        values.put("group", List.of("asserts", "denies", "declines", "ASSERTS", "all", ""));
        values.put("page", List.of("1", "21474838"));
        return values;
    }

    /** Each operation: its path (slugs filled in) and the parameters its document lists, plus one it does not. */
    private static final Map<String, List<String>> OPERATIONS = Map.of(
            "/api/claims",
                    List.of(
                            "q",
                            "story",
                            "status",
                            "actor",
                            "stance",
                            "topic",
                            "sourceKind",
                            "from",
                            "to",
                            "sort",
                            "after",
                            "before",
                            "last",
                            "size",
                            "page"),
            "/api/claims/{slug}", List.of("page"),
            "/api/claims/{slug}/attributions", List.of("group", "after", "before", "last", "size", "page"),
            "/api/timeline",
                    List.of(
                            "story", "actor", "status", "topic", "from", "to", "after", "before", "last", "size",
                            "page"));

    private static final List<String> SLUGS = List.of(
            "putin-asked-musk-not-to-activate-starlink-over-taiwan",
            "musk-and-putin-in-regular-contact-since-late-2022",
            "no-such-claim",
            "%C3%BC",
            "a".repeat(300));

    @Test
    void madeUpRequestsGetAnswersTheDocumentDescribesAndNeverA5xx() throws Exception {
        Random random = new Random(15);
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        int pages = 0;
        for (Map.Entry<String, List<String>> operation : new TreeMap<>(OPERATIONS).entrySet()) {
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String target = target(operation.getKey(), operation.getValue(), random);
                MockHttpServletResponse response =
                        mvc.perform(get(URI.create(target))).andReturn().getResponse();
                assertThat(response.getStatus()).as(target).isLessThan(500);
                statuses.computeIfAbsent(operation.getKey(), o -> new TreeMap<>())
                        .merge(response.getStatus(), 1, Integer::sum);
                if (response.getStatus() == 200 && !operation.getKey().equals("/api/claims/{slug}")) {
                    assertLinkHeaderMatchesBody(target, response);
                    pages++;
                }
            }
        }
        assertThat(statuses.values())
                .allSatisfy(byStatus -> assertThat(byStatus).containsKeys(200, 400));
        System.out.println("[contract] " + OPERATIONS.size() * REQUESTS_PER_OPERATION + " made-up requests, statuses "
                + statuses + "; " + pages + " pages with a Link header matching their links; in this JVM so far "
                + ApiContract.INSTANCE.tally());
    }

    /** The checker is not a formality: an answer that breaks the document is caught. */
    @Test
    void anAnswerThatBreaksTheDocumentIsCaught() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/claims");
        MockHttpServletResponse good =
                mvc.perform(get("/api/claims?size=1")).andReturn().getResponse();
        String body = good.getContentAsString();

        assertThat(breaches(request, 200, "application/json", body)).isEmpty();
        assertThat(breaches(
                        request, 200, "application/json", body.replace("\"statusReason\":null", "\"statusReason\":7")))
                .contains("statusReason");
        assertThat(breaches(request, 200, "application/json", body.replaceFirst("\"totalItemsCapped\":false,", "")))
                .contains("totalItemsCapped");
        assertThat(breaches(request, 200, "application/json", body.replace("\"status\":\"", "\"status\":\"MAYBE_")))
                .contains("MAYBE_");
        assertThat(breaches(request, 200, "text/html", "<p>hi</p>")).isNotEmpty();
        assertThat(breaches(request, 404, "application/json", "{}")).isNotEmpty();
        assertThat(breaches(request, 400, "application/problem+json", "{\"title\":\"no type\"}"))
                .contains("type");
        MockHttpServletRequest forbidden = new MockHttpServletRequest("GET", "/api/claims");
        forbidden.setQueryString("size=0");
        assertThat(breaches(forbidden, 200, "application/json", body)).contains("forbids");
    }

    /** Every API handler the application has is an operation of the document, and the other way round. */
    @Test
    void everyApiHandlerIsInTheDocument() {
        Set<String> handled = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isApplications(method)) {
                info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/"))
                        .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> handled.add(m + " " + p)));
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths =
                JsonPath.read(new Yaml().<Map<String, Object>>load(ApiContract.document()), "$.paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach(
                (path, operations) -> operations.keySet().forEach(m -> documented.add(m.toUpperCase() + " " + path)));

        assertThat(handled).isEqualTo(documented);
    }

    /**
     * The document's enums are the code's, value for value. (YAML reads an unquoted FALSE as a
     * boolean: the claim status FALSE was documented as {@code false} until this was checked.)
     */
    @Test
    void theDocumentsEnumsAreTheCodes() {
        Map<String, Object> document = new Yaml().load(ApiContract.document());
        Map<String, Class<? extends Enum<?>>> enums = Map.of(
                "ClaimStatus", ClaimStatus.class,
                "Stance", Stance.class,
                "SourceKind", SourceKind.class,
                "ActorKind", ActorKind.class);
        enums.forEach((schema, type) -> assertThat(
                        JsonPath.<List<Object>>read(document, "$.components.schemas." + schema + ".enum"))
                .as(schema)
                .containsExactly((Object[]) names(type)));
        assertThat(JsonPath.<List<Object>>read(document, "$.components.schemas.ClaimLink.properties.type.enum"))
                .containsExactly((Object[]) names(LinkType.class));
        assertThat(JsonPath.<List<Object>>read(document, "$.components.schemas.TimelineEntry.properties.kind.enum"))
                .containsExactly((Object[]) names(TimelineEntry.Kind.class));
        String problemTypes = JsonPath.read(document, "$.components.schemas.Problem.properties.type.pattern");
        assertThat(problemTypes)
                .isEqualTo("/developers#("
                        + String.join(
                                "|",
                                Arrays.stream(ProblemType.values())
                                        .map(ProblemType::slug)
                                        .toList()) + ")$");
    }

    private static String[] names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }

    private static boolean isApplications(HandlerMethod method) {
        String name = method.getBeanType().getName();
        return name.startsWith("org.claimtrail.") && !name.contains("Test");
    }

    private static String breaches(MockHttpServletRequest request, int status, String type, String body)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType(type);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return ApiContract.INSTANCE.breaches(request, response);
    }

    private static void assertLinkHeaderMatchesBody(String target, MockHttpServletResponse response) throws Exception {
        String header = response.getHeader("Link");
        assertThat(header).as(target + ": Link header").isNotNull();
        Map<String, String> fromHeader = new TreeMap<>();
        Matcher matcher = LINK.matcher(header);
        while (matcher.find()) {
            fromHeader.put(matcher.group(2), matcher.group(1));
        }
        Map<String, Object> links = JsonPath.read(response.getContentAsString(), "$.links");
        Map<String, String> fromBody = new TreeMap<>();
        links.forEach((relation, url) -> {
            if (url != null) {
                fromBody.put(relation, (String) url);
            }
        });
        assertThat(fromHeader).as(target).isEqualTo(fromBody).containsKeys("first", "last");
        int items = JsonPath.<List<Object>>read(response.getContentAsString(), "$.items")
                .size();
        if (items == 0) {
            assertThat(fromHeader)
                    .as(target + ": an empty page has nowhere else to go")
                    .doesNotContainKeys("prev", "next");
            assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.totalItems"))
                    .isZero();
        }
    }

    private static String target(String template, List<String> parameters, Random random) {
        String path = template.replace("{slug}", SLUGS.get(random.nextInt(SLUGS.size())));
        List<String> query = new ArrayList<>();
        for (String parameter : parameters) {
            double chance = parameter.equals("page") ? 0.05 : 0.3;
            if (random.nextDouble() < chance) {
                List<String> pool = VALUES.get(parameter);
                query.add(parameter + "="
                        + UriUtils.encodeQueryParam(pool.get(random.nextInt(pool.size())), StandardCharsets.UTF_8));
            }
        }
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
