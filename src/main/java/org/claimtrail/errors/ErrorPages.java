package org.claimtrail.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.database.UniqueViolation;
import org.claimtrail.site.TryAgainSoon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns "no such claim / source / actor" into a real 404 page in the site's layout. Modules throw
 * Spring's ResponseStatusException with a reason written for readers, so none of them needs web.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView statusPage(ResponseStatusException exception) {
        HttpStatusCode status = exception.getStatusCode();
        // Reasons of 5xx errors are for logs, not for visitors.
        String message = status.is4xxClientError() ? exception.getReason() : null;
        return page(status, message);
    }

    /**
     * /sources/abc is an address that cannot exist: "not found". /claims?page=abc is a bad request,
     * and the page says which parameter was wrong.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badValue(MethodArgumentTypeMismatchException exception) {
        if (exception.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return page(HttpStatus.NOT_FOUND, "There is nothing at this address.");
        }
        return page(
                HttpStatus.BAD_REQUEST,
                "The parameter '" + exception.getName() + "' must be a " + simpleTypeName(exception.getRequiredType())
                        + ".");
    }

    /**
     * Two saves of the same thing at the same moment (two tabs, two instances): the unique index
     * keeps one and refuses the other. Forms that can meet this say so next to the field; this is
     * the answer for any other, so a race is never a 500. Anything else stays an error.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView savedTwice(DataIntegrityViolationException exception) throws DataIntegrityViolationException {
        if (!UniqueViolation.causedBy(exception)) {
            throw exception;
        }
        return page(
                HttpStatus.CONFLICT,
                "Someone saved the same thing at the same moment, so your save was not made. "
                        + "Go back, reload the page to see what was saved, and try again if it is still needed.");
    }

    /**
     * The database did not answer in time: a reader's query ran past its limit (ReaderTransaction),
     * or a save waited too long for a lock someone else held (lock_timeout) or ran past the
     * transaction's limit. A reader gets a fast 503 with Retry-After, not a hung request; an editor
     * gets "not saved" with everything they sent, ready to send again.
     */
    @ExceptionHandler({
        QueryTimeoutException.class,
        TransactionTimedOutException.class,
        PessimisticLockingFailureException.class
    })
    ModelAndView tooSlow(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", ServiceUnavailable.RETRY_SOON_SECONDS);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            log.warn(
                    "Save not made in time: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    exception.getClass().getSimpleName());
            return NotSaved.page(
                    request,
                    "The database was busy with other work (another save, or maintenance) and "
                            + "could not take this save in time.");
        }
        log.warn(
                "Reader's query over its time limit: {} {} answered 503", request.getMethod(), request.getRequestURI());
        ModelAndView page = new ModelAndView("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", 503);
        page.addObject(
                "message", "This page is taking too long to put together just now. Please try again in a few seconds.");
        page.addObject("isPost", false);
        return page;
    }

    /** Work shed rather than queued (exports, timeline.ExportPermits): a fast 503 the reader can retry. */
    @ExceptionHandler(TryAgainSoon.class)
    ModelAndView tryAgainSoon(TryAgainSoon busy, HttpServletResponse response) {
        response.setHeader("Retry-After", ServiceUnavailable.RETRY_SOON_SECONDS);
        ModelAndView page = new ModelAndView("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", 503);
        page.addObject("message", busy.getMessage());
        page.addObject("isPost", false);
        return page;
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "valid value";
        }
        return Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                ? "whole number"
                : "valid " + type.getSimpleName();
    }

    private static ModelAndView page(HttpStatusCode status, String message) {
        ModelAndView page = new ModelAndView(status.value() == 404 ? "error/404" : "error", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
