package org.claimtrail.spreadsheet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.form.UnknownChoice;
import org.claimtrail.site.NotFound;
import org.claimtrail.source.SourceService;
import org.claimtrail.story.StoryQueries;
import org.claimtrail.story.StoryView;
import org.claimtrail.timeline.ExportColumns;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import into a story from the desk's spreadsheet: paste the rows (copied from the spreadsheet, or
 * the CSV export edited there), see every row as it would be saved with each cell's problem, fix
 * them in place and check again; nothing is saved until the editor confirms, and then all of it or
 * none. Works without JavaScript: the sheet travels in the form from preview to confirmation.
 */
@Controller
@EditorsOnly
class ImportController {

    private final StoryQueries stories;
    private final ImportPlanner planner;
    private final SpreadsheetImport importer;

    ImportController(StoryQueries stories, ImportPlanner planner, SpreadsheetImport importer) {
        this.stories = stories;
        this.planner = planner;
        this.importer = importer;
    }

    @GetMapping("/stories/{slug}/import")
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("story", story(slug));
        model.addAttribute("sheet", "");
        return "spreadsheet/import";
    }

    /** The rows pasted, or the file chosen (which then fills the box, to be fixed and sent again). */
    @PostMapping("/stories/{slug}/import")
    String preview(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String sheet,
            @RequestParam(required = false) MultipartFile file,
            Model model) {
        StoryView story = story(slug);
        model.addAttribute("story", story);
        String rows = sheet;
        try {
            if (file != null && !file.isEmpty()) {
                rows = SheetFile.text(file.getBytes());
            }
            model.addAttribute("sheet", rows);
            model.addAttribute("plan", planner.plan(SheetReader.read(rows), story.id()));
        } catch (SheetReader.Unreadable e) {
            model.addAttribute("sheet", rows);
            model.addAttribute("unreadable", e.getMessage());
        } catch (IOException e) {
            model.addAttribute("sheet", sheet);
            model.addAttribute("unreadable", "The file could not be read; nothing was imported. Choose it again.");
        }
        return "spreadsheet/import";
    }

    @PostMapping("/stories/{slug}/import/confirm")
    String confirm(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String sheet,
            Model model,
            RedirectAttributes redirect) {
        StoryView story = story(slug);
        model.addAttribute("story", story);
        model.addAttribute("sheet", sheet);
        ImportPlan plan;
        try {
            plan = planner.plan(SheetReader.read(sheet), story.id());
        } catch (SheetReader.Unreadable e) {
            model.addAttribute("unreadable", e.getMessage());
            return "spreadsheet/import";
        }
        model.addAttribute("plan", plan);
        if (!plan.saveable()) {
            model.addAttribute(
                    "unreadable", "Nothing was imported: some rows have problems. Fix them and check again.");
            return "spreadsheet/import";
        }
        try {
            SpreadsheetImport.Imported imported = importer.save(plan, story.title());
            redirect.addFlashAttribute(
                    "flash",
                    "Imported " + imported.claims() + " claim(s), " + imported.attributions() + " attribution(s) and "
                            + imported.sources() + " new source(s), in one revision of the history.");
            return "redirect:/stories/" + story.slug();
        } catch (SourceService.DuplicateUrl e) {
            model.addAttribute(
                    "unreadable",
                    "Nothing was imported: a source at " + e.existing().getUrl()
                            + " was added while you checked. Check again: the rows will cite it.");
        } catch (UnknownChoice e) {
            model.addAttribute("unreadable", "Nothing was imported: " + e.getMessage() + " Check again.");
        }
        return "spreadsheet/import";
    }

    /** The template: the export's columns, so an export edited in a spreadsheet imports as it is. */
    @GetMapping("/import/template.csv")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claimtrail-import-template.csv\"");
        response.getOutputStream()
                .write(("\uFEFF" + String.join(",", ExportColumns.CLAIMTRAIL) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private StoryView story(String slug) {
        return stories.bySlug(slug).orElseThrow(() -> NotFound.story(slug));
    }
}
