package org.claimtrail.api;

import java.util.List;
import org.claimtrail.paging.ParameterProblem;

/** The API's refusal of values it cannot read: a 400 problem naming each parameter. */
class BadParameters extends RuntimeException {

    private final transient List<ParameterProblem> problems;

    BadParameters(List<ParameterProblem> problems) {
        super(problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Refuses the request if anything could not be read. */
    static void refuseAny(List<ParameterProblem> problems) {
        if (!problems.isEmpty()) {
            throw new BadParameters(problems);
        }
    }

    List<ParameterProblem> problems() {
        return problems;
    }
}
