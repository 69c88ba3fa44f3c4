package org.claimtrail.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML checker (vnu.jar, from the vnu-jar npm package) on pages as the server sends them:
 * each page is fetched over HTTP (with the browser's cookies for signed-in pages), saved, and all
 * are checked in one run of the checker. Errors only; warnings are advice.
 */
final class HtmlChecker {

    private static final Path PAGES = Path.of("target/html-check");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Path, String> saved = new LinkedHashMap<>();

    HtmlChecker(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        Files.createDirectories(PAGES);
        try (var old = Files.list(PAGES)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    /** Fetches the page as a browser would ask for it and keeps it for the check; fails unless it is HTML. */
    void fetch(String path, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
            throw new AssertionError(path + " answered " + response.statusCode() + " " + type + ", not a page");
        }
        Path file = PAGES.resolve("page-" + (saved.size() + 1) + ".html");
        Files.writeString(file, response.body(), StandardCharsets.UTF_8);
        saved.put(file.toAbsolutePath(), path + (cookies.isEmpty() ? "" : " (signed in)"));
    }

    /** Every error the checker finds, as "path: line N: message"; empty when every page is valid. */
    List<String> errors() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Chromium.VNU.toString(),
                "--errors-only",
                "--format",
                "json",
                "--exit-zero-always"));
        saved.keySet().forEach(file -> command.add(file.toString()));
        Process checker = new ProcessBuilder(command).redirectErrorStream(false).start();
        checker.getOutputStream().close();
        String stdout = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String report = new String(checker.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!checker.waitFor(120, TimeUnit.SECONDS)) {
            checker.destroyForcibly();
            throw new AssertionError("the HTML checker did not finish in two minutes");
        }
        // vnu writes its JSON report to standard error unless told otherwise.
        JsonNode json = JsonMapper.builder().build().readTree(report.isBlank() ? stdout : report);
        List<String> errors = new ArrayList<>();
        for (JsonNode message : json.get("messages")) {
            if (!"error".equals(message.path("type").asString())) {
                continue;
            }
            String file = message.path("url").asString().replaceFirst("^file:", "");
            String page = saved.getOrDefault(Path.of(file).toAbsolutePath(), file);
            errors.add(page + ": line " + message.path("lastLine").asString() + ": "
                    + message.path("message").asString());
        }
        return errors;
    }

    int pages() {
        return saved.size();
    }
}
