package org.claimtrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** A CSRF token is read from a form's body or a header, never from the address it was sent to. */
class CsrfTokenPlaceTest {

    private final SecurityConfiguration.TokenNotFromTheAddress handler =
            new SecurityConfiguration.TokenNotFromTheAddress();
    private final CsrfToken token = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "the-token");

    @Test
    void aTokenInTheQueryStringIsNotATokenAtAll() {
        String masked = asAPageCarriesIt();

        MockHttpServletRequest inTheAddress = new MockHttpServletRequest("POST", "/actors/new");
        inTheAddress.setQueryString("_csrf=" + masked);
        inTheAddress.addParameter("_csrf", masked);
        assertThat(handler.resolveCsrfTokenValue(inTheAddress, token)).isNull();

        MockHttpServletRequest inTheBody = new MockHttpServletRequest("POST", "/actors/new");
        inTheBody.addParameter("_csrf", masked);
        assertThat(handler.resolveCsrfTokenValue(inTheBody, token)).isEqualTo("the-token");

        MockHttpServletRequest inAHeader = new MockHttpServletRequest("POST", "/actors/new");
        inAHeader.addHeader("X-XSRF-TOKEN", masked);
        assertThat(handler.resolveCsrfTokenValue(inAHeader, token)).isEqualTo("the-token");
    }

    /** The token as a page's form carries it (masked afresh for each page). */
    private String asAPageCarriesIt() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/actors/new");
        handler.handle(page, new MockHttpServletResponse(), () -> token);
        return ((CsrfToken) page.getAttribute(CsrfToken.class.getName())).getToken();
    }
}
