package org.claimtrail.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's one error format, RFC 9457 problem details, wherever the error happens: in a
 * controller (as a {@link ProblemDetail}) or before one is reached, in a filter, Spring Security
 * or Tomcat itself (written straight to the response).
 */
@Component
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteUrl site;

    Problems(SiteUrl site) {
        this.site = site;
    }

    /** Whether the request is the API's: its answers, errors included, are JSON. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return path != null && (path.equals(context + "/api") || path.startsWith(context + "/api/"));
    }

    /** A problem of this type for the request; {@code detail} null says what the type means. */
    public ProblemDetail of(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatusCode.valueOf(type.status()), detail == null ? type.meaning() : detail);
        problem.setType(typeUri(type, request));
        problem.setTitle(type.title());
        problem.setInstance(URI.create(safePath(request)));
        return problem;
    }

    /** Writes the problem as the whole response, replacing whatever was buffered. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(request, response, type.status(), type, detail);
    }

    /** Writes a bare status (a container's or a filter's) as the problem of its kind. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        write(request, response, status, ProblemType.forStatus(status), detail);
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, int status, ProblemType type, String detail)
            throws IOException {
        ProblemDetail problem = of(type, detail, request);
        problem.setStatus(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Where the type is explained: the developers page, at the type's own heading. */
    public URI typeUri(ProblemType type, HttpServletRequest request) {
        return URI.create(site.base(request) + "/developers#" + type.slug());
    }

    /** The request's path as a URI reference, even when the path holds characters a URI may not. */
    private static String safePath(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        StringBuilder safe = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (c > 0x20 && c < 0x7f && "<>\"{}|\\^`".indexOf(c) < 0) {
                safe.append(c);
            } else {
                safe.append('%').append(String.format("%02X", (int) c & 0xff));
            }
        }
        return safe.toString();
    }
}
