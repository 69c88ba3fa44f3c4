package org.claimtrail.site;

import java.util.Arrays;

/**
 * The kinds of error the API answers, each with the {@code type} URI its problem documents carry
 * ({@code <site>/developers#<slug>}) and the words a client can show. The developers page lists
 * them from here, and the OpenAPI document names the same slugs, so the three cannot drift.
 */
public enum ProblemType {
    BAD_PARAMETER(
            400,
            "bad-parameter",
            "A parameter cannot be read",
            "A parameter's value cannot be read, or the operation does not take it."),
    UNREADABLE_REQUEST(
            400,
            "unreadable-request",
            "The request cannot be read",
            "The address or the request holds characters that are not allowed (such as an encoded slash, "
                    + "a NUL or text that is not UTF-8)."),
    SIGN_IN_NEEDED(401, "sign-in-needed", "Sign in first", "This address is for signed-in editors."),
    FORBIDDEN(
            403,
            "forbidden",
            "Not allowed",
            "This request is not allowed: the API only reads, and changes are made by signed-in editors "
                    + "through the site's forms."),
    NOT_FOUND(404, "not-found", "Not found", "There is nothing at this address."),
    METHOD_NOT_ALLOWED(
            405,
            "method-not-allowed",
            "Method not allowed",
            "This address does not answer that method; the Allow header lists those it does."),
    NOT_ACCEPTABLE(
            406,
            "not-acceptable",
            "Not acceptable",
            "The API answers only application/json (and application/problem+json for errors)."),
    /** Any other refusal (a body too large, a media type not taken): the status says which. */
    REFUSED(400, "refused", "Request refused", "The request was refused as it stands; the status says why."),
    SERVER_ERROR(
            500,
            "server-error",
            "Something went wrong",
            "The request failed on our side. It was logged; please try again later."),
    UNAVAILABLE(
            503,
            "unavailable",
            "Unavailable just now",
            "The site is too busy or cannot reach its database just now; try again after the Retry-After seconds.");

    private final int status;
    private final String slug;
    private final String title;
    private final String meaning;

    ProblemType(int status, String slug, String title, String meaning) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.meaning = meaning;
    }

    /** The kind for a bare status code, as filters and the container give it. */
    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return UNREADABLE_REQUEST;
        }
        return Arrays.stream(values())
                .filter(type -> type.status == status)
                .findFirst()
                .orElse(status >= 500 ? SERVER_ERROR : REFUSED);
    }

    public int status() {
        return status;
    }

    /** The status as the developers page lists it: the kind for any other 4xx says so. */
    public String statusLabel() {
        return this == REFUSED ? "other 4xx" : String.valueOf(status);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** What this kind means, for the developers page and as the detail when there is nothing more precise. */
    public String meaning() {
        return meaning;
    }
}
