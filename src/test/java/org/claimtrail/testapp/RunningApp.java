package org.claimtrail.testapp;

import java.util.HashMap;
import java.util.Map;
import org.claimtrail.ClaimtrailApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One real instance of the application on a free port, started the way {@code java -jar} starts
 * it, for tests that need several instances or must pull the database from under one.
 */
public final class RunningApp implements AutoCloseable {

    public static final String ADMIN = "desk-admin";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningApp start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>();
        all.put("server.port", "0");
        all.put("claimtrail.admin.username", ADMIN);
        all.put("claimtrail.admin.password", ADMIN_PASSWORD);
        all.put("spring.main.banner-mode", "off");
        all.putAll(properties);
        // As command-line arguments: they outrank application.properties, as they would in production.
        String[] arguments = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new RunningApp(new SpringApplicationBuilder(ClaimtrailApplication.class).run(arguments));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The application's own request mappings (not the actuator's): what {@link HandlerPaths} reads. */
    public RequestMappingHandlerMapping handlerMappings() {
        return context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
