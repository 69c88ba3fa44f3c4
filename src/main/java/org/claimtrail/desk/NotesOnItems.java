package org.claimtrail.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The desk's notes on an attribution's and a source's page, for editors only: added to the page's
 * model after its own controller ran, so the attribution and source modules show them (their
 * templates include {@code desk/item-notes} when {@code itemNotes} is there) without depending on
 * the desk. A reader's request gets nothing added: not a note, not the form.
 */
@Configuration(proxyBeanMethods = false)
class NotesOnItems implements WebMvcConfigurer {

    private final NoteService notes;

    NotesOnItems(NoteService notes) {
        this.notes = notes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void postHandle(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            Object handler,
                            ModelAndView page) {
                        add(request, page);
                    }
                })
                .addPathPatterns("/attributions/*", "/sources/*");
    }

    private void add(HttpServletRequest request, ModelAndView page) {
        if (page == null
                || !"GET".equals(request.getMethod())
                || !request.isUserInRole("EDITOR")
                || page.getViewName() == null
                || page.getViewName().startsWith("redirect:")) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            return;
        }
        boolean attribution = request.getRequestURI().startsWith("/attributions/");
        long itemId = Long.parseLong(id);
        page.addObject("itemNotes", notes.of(attribution ? NoteTarget.ATTRIBUTION : NoteTarget.SOURCE, itemId));
        page.addObject("notesAction", (attribution ? "/attributions/" : "/sources/") + itemId + "/notes");
    }
}
