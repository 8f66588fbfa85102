package com.marketinghub.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts an {@code /api} controller or handler method to members of at least one of the
 * named groups; anyone else gets 403. Without it, any authenticated user may call the endpoint.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresGroup {

  String[] value();
}
