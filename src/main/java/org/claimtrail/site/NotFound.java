package org.claimtrail.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Nothing at this address: the one exception every loader throws, answered by the error pages
 * (HTML) and the API (problem+json) with 404 and this reason, which names what was asked for.
 */
public class NotFound extends ResponseStatusException {

    public NotFound(String reason) {
        super(HttpStatus.NOT_FOUND, reason);
    }

    public static NotFound claim(String slug) {
        return new NotFound("There is no claim at /claims/" + slug + ".");
    }

    public static NotFound story(String slug) {
        return new NotFound("There is no story at /stories/" + slug + ".");
    }

    public static NotFound actor(String slug) {
        return new NotFound("There is no actor at /actors/" + slug + ".");
    }

    public static NotFound source(long id) {
        return new NotFound("There is no source number " + id + ".");
    }

    public static NotFound attribution(long id) {
        return new NotFound("There is no attribution number " + id + ".");
    }
}
