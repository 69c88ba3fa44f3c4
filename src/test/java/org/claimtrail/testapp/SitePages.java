package org.claimtrail.testapp;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages and forms of a running application, found from its handler mappings
 * ({@link HandlerPaths}) rather than listed by hand: the browser, hostile-input and
 * statement-count suites visit these, so a page or form added tomorrow is checked without anyone
 * remembering to add it to a list. Each mapping is asked for once, at its sample address; what
 * answers HTML is a page, and a page that prepares a change and holds a form that posts is a form.
 */
public final class SitePages {

    /** One page found, and whether it holds a form that posts (in the page's main part). */
    public record Page(String path, HandlerPaths.Access access, boolean hasPostForm) {}

    private SitePages() {}

    /** Every GET mapping's sample address that answers 200 with HTML to an admin (who may open every page). */
    public static List<Page> of(RunningApp app, WebSession admin) {
        RequestMappingHandlerMapping mappings = app.handlerMappings();
        return HandlerPaths.mappings(mappings).stream()
                .filter(m -> m.method() == RequestMethod.GET && !m.pattern().startsWith("/api/"))
                .map(m -> page(admin, m))
                .filter(page -> page != null)
                .distinct()
                .toList();
    }

    /** The pages anyone can read. */
    public static List<String> readingPages(List<Page> pages) {
        return pages.stream()
                .filter(p -> p.access() == HandlerPaths.Access.PUBLIC)
                .map(Page::path)
                .toList();
    }

    /** Every page only the signed-in may open: the forms, and the desk's pages without one (My desk, recent changes). */
    public static List<String> signedInPages(List<Page> pages) {
        return pages.stream()
                .filter(p -> p.access() != HandlerPaths.Access.PUBLIC)
                .map(Page::path)
                .toList();
    }

    /** The pages where an editor, an admin or a signed-in user fills in a form. */
    public static List<String> formPages(List<Page> pages) {
        return pages.stream()
                .filter(p -> p.access() != HandlerPaths.Access.PUBLIC && p.hasPostForm())
                .map(Page::path)
                .toList();
    }

    private static Page page(WebSession admin, HandlerPaths.Mapping mapping) {
        String path = mapping.samplePath();
        HttpResponse<String> response = admin.get(path);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.startsWith("text/html")) {
            return null;
        }
        boolean postForm =
                !Jsoup.parse(response.body()).select("main form[method=post]").isEmpty();
        return new Page(path, mapping.access(), postForm);
    }
}
