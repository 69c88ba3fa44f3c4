package org.claimtrail.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.claimtrail.account.SecurityHeaders;
import org.claimtrail.site.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes one of the site's error pages straight from a servlet filter, for failures that happen
 * before Spring MVC (and its error handling) is reached. The response gets the protective
 * headers itself, since Spring Security's writer may not have run.
 */
@Component
public class FilterErrorPage {

    private static final Logger log = LoggerFactory.getLogger(FilterErrorPage.class);

    private final ViewResolver thymeleafViewResolver;
    private final Problems problems;

    FilterErrorPage(ViewResolver thymeleafViewResolver, Problems problems) {
        this.thymeleafViewResolver = thymeleafViewResolver;
        this.problems = problems;
    }

    /**
     * Renders the template with the model, or, should that fail too, the plain sentence. The API
     * gets the plain sentence as the detail of a problem document.
     */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String template,
            Map<String, ?> model,
            String plainText)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        SecurityHeaders.applyTo(response);
        if (Problems.isApi(request)) {
            problems.write(request, response, status, plainText);
            return;
        }
        try {
            View page = thymeleafViewResolver.resolveViewName(template, RequestContextUtils.getLocale(request));
            response.setContentType("text/html;charset=UTF-8");
            page.render(model, request, response);
        } catch (Exception renderingFailed) {
            log.warn("Could not render {}; answered in plain text", template, renderingFailed);
            response.resetBuffer();
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(plainText);
        }
    }
}
