package org.claimtrail.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented deployment's front cache, for real: Varnish started with the VCL that
 * docker-compose.yml mounts (only its backends pointed at this test's instance). Visitors' pages are
 * kept and revalidated with the application's ETags, an edit shows on the very next request, and
 * editors pass straight through. Runs where varnishd is installed (.ci/run installs it).
 */
class FrontCacheIT {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";
    private static final Path VCL = Path.of("src/main/docker/varnish/default.vcl");

    static ScratchPostgres postgres;
    static RunningApp app;
    static Process varnish;
    static Path workDirectory;
    static String front;

    @BeforeAll
    static void startTheAppBehindVarnish() throws Exception {
        assumeTrue(onPath("varnishd"), "varnishd is not installed (apt-get install varnish); .ci/run installs it");
        postgres = ScratchPostgres.start("front-cache");
        app = RunningApp.start(postgres.datasourceProperties());
        workDirectory = Files.createTempDirectory("claimtrail-varnish-");
        Path vcl = workDirectory.resolve("claimtrail.vcl");
        Files.writeString(
                vcl,
                Files.readString(VCL)
                        .replace("\"app\"", "\"127.0.0.1\"")
                        .replace("\"app2\"", "\"127.0.0.1\"")
                        .replace(".port = \"8080\"", ".port = \"" + app.port() + "\""));
        int port = freePort();
        varnish = new ProcessBuilder(
                        "varnishd",
                        "-F",
                        "-j",
                        "none",
                        "-n",
                        workDirectory.resolve("instance").toString(),
                        "-a",
                        "127.0.0.1:" + port,
                        "-f",
                        vcl.toString(),
                        "-s",
                        "malloc,32m")
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("varnishd.log").toFile())
                .start();
        front = "http://127.0.0.1:" + port;
        Instant deadline = Instant.now().plusSeconds(30);
        while (!answers(front)) {
            if (!varnish.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "varnishd did not start: " + Files.readString(workDirectory.resolve("varnishd.log")));
            }
            Thread.sleep(200);
        }
        System.out.println("[front cache] Varnish on " + front + " in front of the app on " + app.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (varnish != null) {
            varnish.destroy();
            varnish.waitFor(10, TimeUnit.SECONDS);
        }
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aVisitorsPageIsKeptAndRevalidatedWithA304InsteadOfRenderedAgain() {
        HttpResponse<String> first = new WebSession(front).get("/sources");
        HttpResponse<String> second = new WebSession(front).get("/sources");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Cache"))
                .as("the application answered Varnish's If-None-Match with 304: "
                        + second.headers().map())
                .hasValue("revalidated");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));

        // Another visitor's cookies (say the CSRF token's) do not split the copy.
        HttpResponse<String> withCookie = new WebSession(front)
                .send(HttpRequest.newBuilder(URI.create(front + "/sources")).header("Cookie", "XSRF-TOKEN=abc"));
        assertThat(withCookie.headers().firstValue("X-Cache")).hasValue("revalidated");
        System.out.println("[front cache] a second visitor's page: X-Cache "
                + second.headers().firstValue("X-Cache").orElse("?") + ", "
                + second.body().length() + " bytes from "
                + "Varnish's copy, the application answered 304");
    }

    @Test
    void anEditThroughTheCacheShowsOnTheVeryNextVisitorRequestAndEditorsPassThrough() {
        WebSession visitor = new WebSession(front);
        visitor.get(CLAIM);
        assertThat(visitor.get(CLAIM).headers().firstValue("X-Cache")).hasValue("revalidated");

        WebSession editor = new WebSession(front);
        editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        HttpResponse<String> editorsPage = editor.get(CLAIM);
        assertThat(editorsPage.headers().firstValue("X-Cache"))
                .as("an editor passes")
                .isEmpty();
        assertThat(editorsPage.body()).contains(CLAIM + "/edit");
        HtmlForm form = HtmlForm.from(editor.get(CLAIM + "/edit").body(), "main form[method=post]");
        String wording = "Saved through the front cache at " + System.nanoTime();
        assertThat(editor.postEncoded(
                                CLAIM + "/edit", form.set("statement", wording).encoded())
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> next = visitor.get(CLAIM);
        assertThat(next.body()).contains(wording).doesNotContain(CLAIM + "/edit");
        assertThat(next.headers().firstValue("X-Cache")).hasValue("fetched");
        System.out.println("[front cache] an edit through Varnish was on the next visitor's page (X-Cache fetched)");
    }

    private static boolean answers(String base) {
        try {
            return new WebSession(base).get("/actuator/health/liveness").statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
