package org.claimtrail.desk;

import java.util.List;
import java.util.Map;
import org.claimtrail.claim.ClaimPageSection;
import org.claimtrail.claim.ClaimView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The desk's work on a claim's page (templates/desk/work.html): its state, who has it, the form to
 * move it and its latest moves. For anyone who is not an editor it reads nothing.
 */
@Component
@Order(15)
class WorkSection implements ClaimPageSection {

    private final WorkService work;

    WorkSection(WorkService work) {
        this.work = work;
    }

    @Override
    public String template() {
        return "desk/work";
    }

    @Override
    public Map<String, Object> model(ClaimView claim) {
        if (!EditorLooking.now()) {
            return Map.of(
                    "work",
                    ClaimWork.none(claim.id()),
                    "workStates",
                    List.of(),
                    "workEditors",
                    List.of(),
                    "workEvents",
                    List.of());
        }
        return Map.of(
                "work", work.of(claim.id()),
                "workStates", work.states(),
                "workEditors", work.editors(),
                "workEvents", work.events(claim.id()));
    }
}
