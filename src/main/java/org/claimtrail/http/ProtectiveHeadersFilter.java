package org.claimtrail.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimtrail.account.SecurityHeaders;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the protective headers before anything else runs, so an answer given anywhere on the way
 * carries them: Spring Security's firewall refusing an encoded path answered 400 without them.
 * Spring Security writes the same values again on the answers it handles.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProtectiveHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityHeaders.applyProtectiveHeaders(response);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
