package org.claimtrail.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.account.AccountService;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimRow;
import org.claimtrail.form.Forms;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.story.StoryQueries;
import org.claimtrail.story.StoryView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The desk's queue: every claim the desk is working on, newest first, narrowed by work state,
 * assignee and story, with how many claims each state holds. A plain GET form, so a filtered queue
 * is an address an editor can keep or send; keyset-paged like every list.
 */
@Controller
@EditorsOnly
class QueueController {

    static final int PAGE_SIZE = 50;

    /** A claim in the queue with where its checking stands. */
    record QueueRow(ClaimWork work, ClaimRow claim) {}

    private final QueueRows queue;
    private final WorkRows work;
    private final ClaimQueries claims;
    private final StoryQueries stories;
    private final AccountService accounts;

    QueueController(
            QueueRows queue, WorkRows work, ClaimQueries claims, StoryQueries stories, AccountService accounts) {
        this.queue = queue;
        this.work = work;
        this.claims = claims;
        this.stories = stories;
        this.accounts = accounts;
    }

    @GetMapping("/desk/queue")
    String queue(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String story,
            PageParams paging,
            Model model) {
        List<String> notices = new ArrayList<>();
        List<WorkState> states = work.states();
        String typedState = Forms.text(state);
        String stateCode =
                typedState != null && states.stream().anyMatch(s -> s.code().equals(typedState)) ? typedState : null;
        if (typedState != null && stateCode == null) {
            notices.add("The desk has no work state “" + typedState + "”: all states are shown.");
        }
        List<String> editors = accounts.editorNames();
        String assigneeName = Forms.text(assignee);
        if (assigneeName != null && !editors.contains(assigneeName)) {
            notices.add("No editor is called “" + assigneeName + "”: every assignee is shown.");
            assigneeName = null;
        }
        String storySlug = Forms.text(story);
        StoryView storyView =
                storySlug == null ? null : stories.named(storySlug).orElse(null);
        if (storySlug != null && storyView == null) {
            notices.add("No story is called “" + storySlug + "”: every story is shown.");
        }
        QueueRows.Filter filter =
                new QueueRows.Filter(stateCode, assigneeName, storyView == null ? null : storyView.id());
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, QueueRows.NEWEST_CLAIM, problems);
        problems.forEach(p -> notices.add(p.message()));
        Window<ClaimWork> window = queue.queue(filter, page);
        Map<Long, ClaimRow> rows = DeskRows.byId(
                claims, window.items().stream().map(ClaimWork::claimId).toList());
        Map<String, Long> counts = queue.countsByState(filter);
        model.addAttribute(
                "rows",
                window.items().stream()
                        .filter(w -> rows.containsKey(w.claimId()))
                        .map(w -> new QueueRow(w, rows.get(w.claimId())))
                        .toList());
        model.addAttribute("states", states);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("editors", editors);
        model.addAttribute("state", stateCode);
        model.addAttribute("assignee", assigneeName);
        model.addAttribute("story", storyView);
        model.addAttribute("notices", notices);
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (stateCode != null) {
            query.queryParam("state", stateCode);
        }
        if (assigneeName != null) {
            query.queryParam("assignee", assigneeName);
        }
        if (storyView != null) {
            query.queryParam("story", storyView.slug());
        }
        String kept = query.build().encode().getQuery();
        model.addAttribute("pager", Pager.of("/desk/queue", kept == null ? "" : kept, window, page.isFirst()));
        return "desk/queue";
    }
}
