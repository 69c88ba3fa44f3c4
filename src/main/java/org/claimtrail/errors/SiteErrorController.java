package org.claimtrail.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the container sends an error to be rendered: always the site's page. Spring Boot's own
 * controller answered JSON to a browser-less client asking for any type ({@code Accept: *}{@code /*})
 * and the site's page only to one asking for HTML. The API's errors never get here: they are
 * written as problem documents where they arise (ApiErrorFilter).
 */
@Controller
class SiteErrorController implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        ModelAndView page = new ModelAndView(status == 404 ? "error/404" : "error", HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", "");
        return page;
    }
}
