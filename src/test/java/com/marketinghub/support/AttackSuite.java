package com.marketinghub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Issue 16's attack suite: the security tests that attack the whole application over HTTP.
 * Surefire runs them on H2 with the rest; the pom's failsafe execution {@code attacks-on-postgres}
 * runs them again on a PostgreSQL database of their own ({@link ApplicationTest#DATABASE}).
 * Only for subclasses of {@link ApplicationTest}, which is what switches the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(AttackSuite.TAG)
public @interface AttackSuite {

  String TAG = "attack";
}
