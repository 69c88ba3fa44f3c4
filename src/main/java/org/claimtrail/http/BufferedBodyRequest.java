package org.claimtrail.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrail.form.Utf8;

/**
 * A request whose body has been read in full ({@link RequestBodies}): the body is served from
 * memory, and its parameters are parsed here, from the query and a form body
 * ({@code application/x-www-form-urlencoded}) or the fields of a form with a file
 * ({@code multipart/form-data}, {@link MultipartBody}), since the container's own parser reads from the
 * network. The query's come first, then the form's, as the container orders them. A form that is not valid UTF-8 or not properly
 * %-encoded throws IllegalArgumentException on the first parameter read, as the container does,
 * which {@link MalformedParametersFilter} answers with the site's 400.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private Map<String, String[]> parameters;
    private List<MultipartBody.BodyPart> parts;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The body has been read already.");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                return in.read(bytes, offset, length);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            String query = getQueryString();
            if (query != null) {
                formFields(query.getBytes(StandardCharsets.UTF_8))
                        .forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>())
                                .addAll(values));
            }
            if (isForm(getContentType())) {
                formFields(body)
                        .forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>())
                                .addAll(values));
            }
            if (MultipartBody.isMultipart(getContentType())) {
                for (MultipartBody.BodyPart part : multipart()) {
                    if (!part.isFile()) {
                        all.computeIfAbsent(part.name(), n -> new ArrayList<>()).add(utf8(part.content()));
                    }
                }
            }
            Map<String, String[]> parsed = new LinkedHashMap<>();
            all.forEach((name, values) -> parsed.put(name, values.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(parsed);
        }
        return parameters;
    }

    /** A form with a file: its parts, parsed from the body read already (the fields are parameters too). */
    @Override
    public Collection<Part> getParts() {
        return MultipartBody.isMultipart(getContentType()) ? List.copyOf(multipart()) : List.of();
    }

    @Override
    public Part getPart(String name) {
        return getParts().stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElse(null);
    }

    private List<MultipartBody.BodyPart> multipart() {
        if (parts == null) {
            parts = MultipartBody.parse(body, getContentType());
        }
        return parts;
    }

    private static String utf8(byte[] bytes) {
        try {
            return Utf8.strict(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("A form field is not valid UTF-8.", e);
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** name=value pairs joined by &amp;, + for a space, %XX for a byte; the bytes must be UTF-8. */
    static Map<String, List<String>> formFields(byte[] body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    int equals = start;
                    while (equals < i && body[equals] != '=') {
                        equals++;
                    }
                    String name = decode(body, start, equals);
                    String value = equals < i ? decode(body, equals + 1, i) : "";
                    fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
                start = i + 1;
            }
        }
        return fields;
    }

    private static String decode(byte[] body, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw new IllegalArgumentException("A form field ends in an incomplete %-escape.");
                }
                int high = Character.digit(body[i + 1], 16);
                int low = Character.digit(body[i + 2], 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException(
                            "A form field holds a % that is not followed by two hex digits.");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        try {
            return Utf8.strict(bytes.toByteArray());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("A form field is not valid UTF-8.", e);
        }
    }
}
