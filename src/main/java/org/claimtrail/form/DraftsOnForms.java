package org.claimtrail.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every form page takes a kept draft back ({@code ?draft=…}, {@link FormDrafts}): after the page's
 * controller has filled in its form (named {@code form} on every page of the site), the draft's
 * fields are bound onto it before the page is rendered. So a form sent after its session ended
 * comes back filled once the editor signs in again, whichever form it was, and a new form needs
 * nothing to take part. Pages that also choose something on the way back (the source just added)
 * restore the draft themselves, first, and are left alone here.
 */
@Component
class DraftsOnForms implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        String key = request.getParameter(FormDrafts.KEY);
        if (key == null
                || page == null
                || !"GET".equals(request.getMethod())
                || request.getAttribute(FormDrafts.RESTORED) != null) {
            return;
        }
        Object form = page.getModel().get("form");
        if (form != null) {
            FormDrafts.restore(request, key, form);
        }
    }
}
