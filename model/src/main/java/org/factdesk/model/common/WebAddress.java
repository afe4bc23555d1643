package org.factdesk.model.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stored URL that is safe to render as a link: absolute {@code http} or {@code https} with a host, no
 * spaces or control characters — so never {@code javascript:}, {@code data:} or {@code file:}. Empty or null
 * counts as "no URL". {@code allowFile} admits {@code file:} URLs when the server runs with
 * {@code -Dfactdesk.feeds.allow-file=true} (tests and demos reading feeds from disk).
 */
@Documented
@Constraint(validatedBy = WebAddressValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

    String message() default "{WebAddress.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    boolean allowFile() default false;
}
