vcl 4.1;
# The front cache of docker-compose.yml: Varnish in front of two Claimtrail instances.
#
# A visitor's page comes with an ETag (the content version) and "Cache-Control: public, no-cache":
# any cache may keep it but must ask again each time. Varnish keeps it (keep 1 h) and asks with
# If-None-Match; the application answers 304 after one small query, without rendering or
# sending the page, and Varnish sends its copy. The first request after an edit gets the new page.
# Editors (a SESSION cookie), forms, sign-in, health and the streamed CSV pass straight through.

import directors;

probe ready {
    .url = "/actuator/health/readiness";
    .interval = 5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    # Taken as ready from the start: a request before the first probe is answered, not refused.
    .initial = 2;
}

backend app1 {
    .host = "app";
    .port = "8080";
    .probe = ready;
}

backend app2 {
    .host = "app2";
    .port = "8080";
    .probe = ready;
}

sub vcl_init {
    # A visitor stays on one instance (by address), so while the replica catches up pages never step
    # back in time between instances; if that instance is down, the other answers.
    new apps = directors.hash();
    apps.add_backend(app1, 1.0);
    apps.add_backend(app2, 1.0);
}

sub vcl_recv {
    set req.backend_hint = apps.backend(client.identity);
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)SESSION=" || req.http.Authorization) {
        return (pass);
    }
    if (req.url ~ "^/(login|logout|actuator|timeline\.csv)") {
        return (pass);
    }
    # A visitor's other cookies (the CSRF token's) change nothing on a page; without them every
    # visitor shares one copy (the application sends Vary: Cookie).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.ETag && beresp.http.Cache-Control ~ "no-cache" && !beresp.http.Set-Cookie) {
        # Fresh for one millisecond only: Varnish never looks up an object whose ttl is 0, so it would
        # fetch the whole page each time instead of asking whether it changed. Requests that arrive
        # together share one question to the application.
        set beresp.ttl = 0.001s;
        set beresp.grace = 0s;
        set beresp.keep = 1h;
        if (beresp.was_304) {
            set beresp.http.X-Cache = "revalidated";
        } else {
            set beresp.http.X-Cache = "fetched";
        }
        return (deliver);
    }
}
