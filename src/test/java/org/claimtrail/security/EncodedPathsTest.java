package org.claimtrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimtrail.account.AccountService;
import org.claimtrail.account.Role;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testapp.HandlerPaths.Access;
import org.claimtrail.testapp.HandlerPaths.Mapping;
import org.claimtrail.testapp.RawHttp;
import org.claimtrail.testapp.RawVisitor;
import org.claimtrail.testdb.DatabaseFingerprint;
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
 * The penetration test's worst finding, as a class: an editor deleted a claim through
 * /claims/{slug}/%64elete and a visitor opened /claims/%6eew, because the URL rules read another
 * spelling of the path than the router. Over real HTTP (Tomcat decodes, then Spring routes),
 * every mapped handler that is not public is asked for in every spelling {@link PathVariants}
 * makes: by a visitor holding a valid CSRF token, and, for admin-only handlers, by a signed-in
 * editor. Each must be refused: a redirect to sign-in, 403, or an address that is not served
 * (400, 404, 405). Nothing in the database may change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedDatabase
class EncodedPathsTest {

    private static final String EDITOR = "encoded-path-editor";
    private static final String PASSWORD = "encoded path editor password";
    /** Enough for any form to save if it were reached: a bypass must not fail on validation. */
    private static final Map<String, String> FORM = Map.of(
            "reason",
            "bypass",
            "statement",
            "Bypass statement",
            "status",
            "REPORTED",
            "storyId",
            "1",
            "name",
            "Bypass",
            "kind",
            "PERSON",
            "title",
            "Bypass",
            "username",
            "bypass-account",
            "password",
            "bypass account password",
            "role",
            "ADMIN");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void noSpellingOfAProtectedPathReachesItsHandlerWithoutTheRole() {
        accounts.create(EDITOR, PASSWORD, Role.EDITOR);
        RawVisitor visitor = new RawVisitor(port);
        String visitorToken = visitor.csrfToken("/login");
        RawVisitor editor = new RawVisitor(port).signIn(EDITOR, PASSWORD);
        String editorToken = editor.csrfToken("/");
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        int handlers = 0;
        for (Mapping mapping : HandlerPaths.mappings(mappings)) {
            if (mapping.access() == Access.PUBLIC) {
                continue;
            }
            handlers++;
            for (String path : PathVariants.of(mapping.pattern(), mapping.samplePath())) {
                requests++;
                check("visitor", visitor, visitorToken, mapping, path, failures, statuses);
                if (mapping.access() == Access.ADMIN) {
                    requests++;
                    check("editor", editor, editorToken, mapping, path, failures, statuses);
                }
            }
        }

        System.out.println("[access] " + requests + " requests in encoded spellings of " + handlers
                + " protected handlers, as a visitor and (admin-only handlers) as an editor; statuses " + statuses);
        assertThat(failures)
                .as("requests that reached a handler without its role")
                .isEmpty();
        assertThat(DatabaseFingerprint.of(jdbc)).as("nothing changed").isEqualTo(before);
    }

    private void check(
            String who,
            RawVisitor client,
            String token,
            Mapping mapping,
            String path,
            List<String> failures,
            Map<Integer, Integer> statuses) {
        RawHttp.Response response = mapping.method() == RequestMethod.GET
                ? client.get(path)
                : client.post(path, org.claimtrail.testapp.WebSession.encode(withToken(token)));
        statuses.merge(response.status(), 1, Integer::sum);
        int status = response.status();
        boolean refused = switch (status) {
            case 302 -> who.equals("visitor") && RawVisitor.location(response).endsWith("/login");
            // A visitor's form: the sign-in page, carrying what was sent (account.SessionEndedPosts).
            case 401 -> who.equals("visitor") && response.body().contains("name=\"carriedTo\"");
            // A visitor carries a valid CSRF token: a 403 would mean that check, not the role, refused it.
            case 403 -> who.equals("editor");
            case 400, 404, 405 -> true;
            default -> false;
        };
        if (!refused) {
            failures.add(
                    who + " " + mapping.method() + " " + path + " → " + status + " " + RawVisitor.location(response));
        }
    }

    private static Map<String, String> withToken(String token) {
        Map<String, String> fields = new TreeMap<>(FORM);
        fields.put("_csrf", token);
        return fields;
    }
}
