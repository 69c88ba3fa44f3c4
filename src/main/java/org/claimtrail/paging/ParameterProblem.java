package org.claimtrail.paging;

/**
 * A request parameter that could not be read, and why, in words for a reader. Pages set such a
 * parameter aside and say so; the API refuses the request with a 400 naming it.
 */
public record ParameterProblem(String parameter, String message) {}
