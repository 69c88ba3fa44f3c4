package org.claimtrail.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.site.ProblemType;
import org.claimtrail.site.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors raised in the API's handlers, as problem documents with a type per kind, ahead of the
 * HTML error pages. Errors raised before a handler is chosen are answered by http's ApiErrorFilter
 * in the same form.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    /** Values that cannot be read: 400, naming each parameter and what to write instead. */
    @ExceptionHandler(BadParameters.class)
    ResponseEntity<ProblemDetail> badParameters(BadParameters exception, HttpServletRequest request) {
        List<ParameterProblem> list = exception.problems();
        ProblemDetail problem =
                problems.of(ProblemType.BAD_PARAMETER, list.get(0).message(), request);
        problem.setProperty("parameter", list.get(0).parameter());
        problem.setProperty(
                "problems",
                list.stream()
                        .map(p -> Map.of("parameter", p.parameter(), "message", p.message()))
                        .toList());
        return answer(problem);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException exception, HttpServletRequest request) {
        int status = exception.getStatusCode().value();
        ProblemType type = status == 400 ? ProblemType.BAD_PARAMETER : ProblemType.forStatus(status);
        ProblemDetail problem = problems.of(type, status < 500 ? exception.getReason() : null, request);
        problem.setStatus(status);
        return answer(problem);
    }

    /** A reader's query over its time limit: busy, try again shortly. */
    @ExceptionHandler({QueryTimeoutException.class, TransactionTimedOutException.class})
    ResponseEntity<ProblemDetail> tooSlow(Exception exception, HttpServletRequest request) {
        log.warn(
                "Reader's query over its time limit: {} {} answered 503", request.getMethod(), request.getRequestURI());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .contentType(PROBLEM)
                .body(problems.of(
                        ProblemType.UNAVAILABLE,
                        "The answer is taking too long to put together just now. Try again in a few seconds.",
                        request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(
            MethodArgumentTypeMismatchException exception, HttpServletRequest request) {
        return badParameters(
                new BadParameters(List.of(new ParameterProblem(
                        exception.getName(), "The parameter '" + exception.getName() + "' has the wrong type."))),
                request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
    }
}
