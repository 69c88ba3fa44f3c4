package org.claimtrail.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The API's OpenAPI document as a checker, with Atlassian's swagger-request-validator: does an
 * exchange keep the document's promises? The response must match what the document says of its
 * operation and status (media type, headers, body); a request the document forbids must not be
 * answered 2xx; nothing under /api may answer 5xx but the 503 of an overload.
 */
public final class ApiContract {

    public static final ApiContract INSTANCE = new ApiContract();

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                    document())
            .build();
    private final Set<String> operations = ConcurrentHashMap.newKeySet();
    private final AtomicInteger responses = new AtomicInteger();

    private ApiContract() {}

    /** What breaks the document in this exchange, as readable lines; empty when it holds. */
    public String breaches(MockHttpServletRequest request, MockHttpServletResponse response) {
        if ("HEAD".equals(request.getMethod())) {
            return headBreaches(request, response);
        }
        Request asked = request(request, request.getMethod());
        if (validator.validateRequest(asked).getMessages().stream()
                .anyMatch(m -> m.getKey().equals("validation.request.operation.notAllowed"))) {
            return otherMethodBreaches(asked, response);
        }
        return documentedBreaches(asked, response);
    }

    /** What breaks the document in an answer to one of its operations. */
    private String documentedBreaches(Request asked, MockHttpServletResponse response) {
        ValidationReport responseReport =
                validator.validateResponse(asked.getPath(), asked.getMethod(), response(response));
        StringBuilder breaches = new StringBuilder();
        responseReport.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> breaches.append("response: ")
                        .append(m.getKey())
                        .append(": ")
                        .append(m.getMessage())
                        .append('\n'));
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            validator.validateRequest(asked).getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> breaches.append("answered ")
                            .append(status)
                            .append(" to a request the document ")
                            .append("forbids: ")
                            .append(m.getMessage())
                            .append('\n'));
        }
        if (status >= 500 && status != 503) {
            breaches.append("answered ").append(status).append('\n');
        }
        operations.add(asked.getMethod() + " " + template(asked.getPath()));
        responses.incrementAndGet();
        return breaches.toString();
    }

    /**
     * HEAD is GET without the body (RFC 9110, 9.3.2): where the document has the GET, the answer is
     * checked as the GET's (MockMvc keeps the body a server drops); elsewhere, like any method the
     * path does not take.
     */
    private String headBreaches(MockHttpServletRequest request, MockHttpServletResponse response) {
        Request asGet = request(request, "GET");
        if (validator.validateRequest(asGet).getMessages().stream()
                .anyMatch(m -> m.getKey().equals("validation.request.operation.notAllowed"))) {
            return otherMethodBreaches(request(request, "HEAD"), response);
        }
        return documentedBreaches(asGet, response);
    }

    /**
     * A method the document has no operation for, on one of its paths, is answered as HTTP has it:
     * OPTIONS (a CORS preflight, or a question about the address) with no body, 200 or 204, or 403
     * for a preflight CORS refuses; any other with a 405 problem document whose Allow header names
     * the methods the address takes.
     */
    private static String otherMethodBreaches(Request asked, MockHttpServletResponse response) {
        int status = response.getStatus();
        if (asked.getMethod() == Request.Method.OPTIONS) {
            boolean refusedPreflight = status == 403 && response.getHeader("Access-Control-Allow-Origin") == null;
            return refusedPreflight || (status == 200 || status == 204) && response.getContentAsByteArray().length == 0
                    ? ""
                    : "OPTIONS answered " + status + " with " + response.getContentAsByteArray().length + " bytes\n";
        }
        if (status != 405
                || response.getHeader("Allow") == null
                || !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
            return asked.getMethod() + ", which the path does not take, answered " + status + " "
                    + response.getContentType() + " Allow: " + response.getHeader("Allow") + "\n";
        }
        return "";
    }

    /** How many exchanges were checked, and over how many operations, in this JVM so far. */
    public String tally() {
        return responses.get() + " responses over " + operations.size() + " operations " + operations;
    }

    public Set<String> operationsSeen() {
        return Collections.unmodifiableSet(operations);
    }

    /** The document as the application serves it (from the same file). */
    static String document() {
        try (var in = ApiContract.class.getClassLoader().getResourceAsStream("api/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Request request(MockHttpServletRequest request, String method) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, request.getRequestURI());
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                // The document lets every query parameter be empty, meaning "not given" (allowEmptyValue);
                // the validator reads an empty value as a missing required one, so it gets what it means.
                if (!value.isEmpty()) {
                    builder.withQueryParam(name, value);
                }
            }
        }
        for (String header : Collections.list(request.getHeaderNames())) {
            builder.withHeader(header, Collections.list(request.getHeaders(header)));
        }
        return builder.build();
    }

    private static SimpleResponse response(MockHttpServletResponse response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
        for (String header : response.getHeaderNames()) {
            builder.withHeader(header, response.getHeaders(header));
        }
        try {
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (!body.isEmpty()) {
                builder.withBody(body);
            }
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return builder.build();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** /api/claims/x/attributions → /api/claims/{slug}/attributions, for the tally. */
    private static String template(String path) {
        return path.replaceFirst("^/api/claims/[^/]+(/attributions)?$", "/api/claims/{slug}$1");
    }
}
