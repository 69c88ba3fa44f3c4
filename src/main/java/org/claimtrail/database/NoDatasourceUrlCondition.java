package org.claimtrail.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when nobody named a database (no spring.datasource.url, nor SPRING_DATASOURCE_URL) and
 * the embedded server is not switched off (claimtrail.embedded-postgres.enabled=false, as tests do
 * when Testcontainers supplies the connection).
 */
class NoDatasourceUrlCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean enabled =
                context.getEnvironment().getProperty("claimtrail.embedded-postgres.enabled", Boolean.class, true);
        return enabled && !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
}
