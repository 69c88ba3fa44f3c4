package org.claimtrail.testdb;

import java.util.HashMap;
import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase}, so no test class has to remember to,
 * and none can fall back to the application's ./data/ directory by accident.
 * Registered in META-INF/spring.factories.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        IsolatedDatabase isolated = AnnotatedElementUtils.findMergedAnnotation(testClass, IsolatedDatabase.class);
        return new TestDatabaseContextCustomizer(
                isolated == null ? null : testClass.getName(), isolated == null ? "" : isolated.restoredFrom());
    }

    /**
     * @param isolationKey null for the shared database, else the test class that gets its own
     * @param restoredFrom a dump the isolated database starts from, or empty for an empty one
     */
    private record TestDatabaseContextCustomizer(String isolationKey, String restoredFrom)
            implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase database = TestDatabase.get();
            var properties = new HashMap<String, Object>(
                    isolationKey == null
                            ? database.properties()
                            : restoredFrom.isEmpty()
                                    ? database.isolatedProperties(isolationKey)
                                    : database.restoredProperties(isolationKey, restoredFrom));
            // @DataJpaTest would otherwise swap in an in-memory database.
            properties.put("spring.test.database.replace", "none");
            // Spring keeps every test context (and its pool) alive for reuse: with Hikari's ten idle
            // connections each, twenty contexts passed PostgreSQL's default limit of 100 clients.
            properties.put("spring.datasource.hikari.minimum-idle", "1");
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
            if (database.mode() == TestDatabase.Mode.TESTCONTAINERS
                    && restoredFrom.isEmpty()
                    && context instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition(
                        "postgresContainerConfiguration", new RootBeanDefinition(PostgresContainerConfiguration.class));
            }
        }
        // A record: equal customizers (same database) let Spring share cached contexts.
    }
}
