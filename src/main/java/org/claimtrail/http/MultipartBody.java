package org.claimtrail.http;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (a form with a file), parsed from the bytes {@link RequestBodies}
 * has already read: the container's own parser reads from the network, which is spent by then.
 * Parts are bounded in number; a body that does not follow the format throws
 * IllegalArgumentException, which {@link MalformedParametersFilter} answers with the site's 400.
 */
final class MultipartBody {

    /** More fields than any form of ours has. */
    static final int MOST_PARTS = 50;

    private static final Pattern BOUNDARY =
            Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private MultipartBody() {}

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** One part: a field (no file name) or a file. */
    record BodyPart(String name, String fileName, String contentType, byte[] content, String disposition)
            implements Part {

        boolean isFile() {
            return fileName != null;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException("Parts stay in memory; nothing is written to disk.");
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String header) {
            if ("content-disposition".equalsIgnoreCase(header)) {
                return disposition;
            }
            return "content-type".equalsIgnoreCase(header) ? contentType : null;
        }

        @Override
        public Collection<String> getHeaders(String header) {
            String value = getHeader(header);
            return value == null ? List.of() : List.of(value);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return contentType == null
                    ? List.of("content-disposition")
                    : List.of("content-disposition", "content-type");
        }
    }

    static List<BodyPart> parse(byte[] body, String contentType) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw new IllegalArgumentException("A multipart form without its boundary.");
        }
        String boundary = boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<BodyPart> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("A multipart form whose boundary never appears.");
        }
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (startsWith(body, afterDelimiter, "--")) {
                return parts;
            }
            int headersStart = skipLineEnd(body, afterDelimiter);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("A multipart form part without the end of its headers.");
            }
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                throw new IllegalArgumentException("A multipart form that does not end with its boundary.");
            }
            if (parts.size() == MOST_PARTS) {
                throw new IllegalArgumentException("A multipart form with more than " + MOST_PARTS + " parts.");
            }
            parts.add(part(
                    new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(body, headersEnd + 4, next)));
            at = next + 2;
        }
    }

    private static BodyPart part(String headers, byte[] content) {
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                disposition = value;
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        Matcher name = disposition == null ? null : NAME.matcher(disposition);
        if (name == null || !name.find()) {
            throw new IllegalArgumentException("A multipart form part without a field name.");
        }
        Matcher fileName = FILENAME.matcher(disposition);
        return new BodyPart(name.group(1), fileName.find() ? fileName.group(1) : null, type, content, disposition);
    }

    private static int skipLineEnd(byte[] body, int at) {
        if (startsWith(body, at, "\r\n")) {
            return at + 2;
        }
        throw new IllegalArgumentException("A multipart form boundary not followed by a line end.");
    }

    private static boolean startsWith(byte[] body, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (at + bytes.length > body.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (body[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (body[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
