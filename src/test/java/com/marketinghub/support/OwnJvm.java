package com.marketinghub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * For a test that starts the application with a configuration of its own. Camunda keeps its
 * engines and process applications in JVM-wide registries, so a second application in the same
 * JVM would take over /engine-rest from the shared {@link ApplicationTest} context. The pom runs
 * tests tagged so in a separate surefire execution, one JVM per test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OwnJvm.TAG)
public @interface OwnJvm {

  String TAG = "own-jvm";
}
