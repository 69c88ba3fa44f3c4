package org.claimtrail.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Page numbers from 1 and bounded sizes, with a 400 that says what is allowed. */
final class Paging {

    private Paging() {
    }

    static int index(int page) {
        if (page < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The parameter 'page' counts from 1.");
        }
        return page - 1;
    }

    static int size(int size, int max) {
        if (size < 1 || size > max) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The parameter 'size' must be between 1 and " + max + ".");
        }
        return size;
    }
}
