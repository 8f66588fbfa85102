package com.marketinghub.notify;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A mail's text and HTML parts from the Thymeleaf templates {@code mail/<name>.txt} and
 * {@code mail/<name>.html} on the classpath: the HTML escapes what it shows, the text does not
 * need to. Expressions are Thymeleaf's standard ones over maps and strings.
 */
@Component
public class MailTemplates {

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  /** Both parts of the mail {@code name} with these variables. */
  public Rendered render(String name, Map<String, Object> variables) {
    Context context = new Context(Locale.ENGLISH, variables);
    return new Rendered(text.process(name, context), html.process(name, context));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** A mail's two parts. */
  public record Rendered(String text, String html) {}
}
