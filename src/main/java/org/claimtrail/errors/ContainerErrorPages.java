package org.claimtrail.errors;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.claimtrail.site.Problems;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Replaces Tomcat's error report valve (which Spring Boot configures first) with the site's
 * {@link ContainerErrorPage}, so even answers Tomcat gives on its own carry the site's headers.
 * Runs after Boot's customizer: customizers without an order run last.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Problems problems;

    ContainerErrorPages(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ContainerErrorPage(problems, context.getPath()));
            if (host instanceof StandardHost standardHost) {
                // The host adds a valve of this class at start unless one is there: ours is.
                standardHost.setErrorReportValveClass(ContainerErrorPage.class.getName());
            }
        });
    }
}
