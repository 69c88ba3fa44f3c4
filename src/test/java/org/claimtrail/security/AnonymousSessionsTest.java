package org.claimtrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrail.account.AccountService;
import org.claimtrail.account.Role;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testapp.RawHttp;
import org.claimtrail.testapp.RawVisitor;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Visitors leave nothing behind: every anonymous GET of /login stored a session row (200 requests,
 * 201 rows). Now reading any page, being sent to sign-in, failing to sign in and being refused a
 * change store nothing; only a sign-in stores its session.
 */
@IsolatedDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noSessionIsStoredForAVisitorWhoHasNotSignedIn() {
        int before = sessions();
        List<String> paths = new ArrayList<>(HandlerPaths.of(mappings, RequestMethod.GET));
        for (int i = 0; i < 200; i++) {
            paths.add("/login");
        }
        paths.add("/no/such/page");
        int requests = 0;
        for (String path : paths) {
            RawVisitor visitor = new RawVisitor(port);
            visitor.get(path);
            assertThat(visitor.hasCookie("SESSION"))
                    .as("GET " + path + " set a session cookie")
                    .isFalse();
            requests++;
        }
        for (int i = 0; i < 5; i++) {
            RawVisitor visitor = new RawVisitor(port);
            String token = visitor.csrfToken("/login");
            RawHttp.Response failed = visitor.post(
                    "/login",
                    WebSession.encode(Map.of("username", "nobody-" + i, "password", "wrong password", "_csrf", token)));
            assertThat(RawVisitor.location(failed)).endsWith("/login?error");
            RawHttp.Response refused = visitor.post(
                    "/sources/new", WebSession.encode(Map.of("title", "x", "kind", "OTHER", "_csrf", token)));
            // Refused with the sign-in page, which carries the form in the page, not in a session.
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).contains("name=\"carried.title\"");
            requests += 3;
        }
        assertThat(sessions())
                .as("session rows after " + requests + " anonymous requests")
                .isEqualTo(before);

        accounts.create("session-counter", "session counter password", Role.EDITOR);
        new RawVisitor(port).signIn("session-counter", "session counter password");
        assertThat(sessions()).as("a sign-in stores exactly one session").isEqualTo(before + 1);
        System.out.println("[sessions] " + requests + " anonymous requests (every GET page, 200 sign-in pages, "
                + "failed sign-ins, refused posts) stored no session; one sign-in stored one");
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }
}
