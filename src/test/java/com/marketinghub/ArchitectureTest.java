package com.marketinghub;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which package may use which (shared/STYLE.md, docs/architecture.md "Package map"), checked on
 * the compiled classes: the domains are peers that talk through the engine, the glue packages
 * know no feature, SQL lives in repositories, and controllers reach neither the engine nor a
 * repository.
 */
class ArchitectureTest {

  static final String ROOT = "com.marketinghub";

  /** The business domains; report (the weekly funnel report) belongs to Sales beside lead. */
  static final List<String> DOMAINS =
      List.of("lead", "attribution", "budget", "health", "launch", "report");

  /** What every domain may use: the shared kernel, reference data and the glue. */
  static final Set<String> SHARED =
      Set.of("common", "account", "process", "sync", "security", "notify", "web");

  /**
   * The declared ties between domains: lead and budget use attribution's campaigns; the weekly
   * funnel report, a Sales read model, reads lead's leads and attribution's touchpoints.
   */
  static final Map<String, Set<String>> TIES =
      Map.of("lead", Set.of("attribution"), "budget", Set.of("attribution"),
          "report", Set.of("lead", "attribution"));

  /** Packages that know no business feature. */
  static final List<String> GLUE =
      List.of("common", "account", "process", "sync", "security", "notify", "web", "tasklist",
          "history", "db");

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void shouldKeepTheDomainsPeersThatUseNoneOfEachOtherButTheDeclaredTies() {
    for (String domain : DOMAINS) {
      for (String other : DOMAINS) {
        if (other.equals(domain) || TIES.getOrDefault(domain, Set.of()).contains(other)) {
          continue;
        }
        check(noClasses().that().resideInAPackage(pkg(domain))
            .should().dependOnClassesThat().resideInAPackage(pkg(other))
            .because(domain + " talks to " + other + " through the engine (a message or a call "
                + "activity), not through its classes"));
      }
    }
  }

  @Test
  void shouldLetADomainUseOnlyItselfItsTiesAndTheSharedPackages() {
    for (String domain : DOMAINS) {
      List<String> allowed = new java.util.ArrayList<>(List.of(pkg(domain)));
      TIES.getOrDefault(domain, Set.of()).forEach(tie -> allowed.add(pkg(tie)));
      SHARED.forEach(shared -> allowed.add(pkg(shared)));
      check(classes().that().resideInAPackage(pkg(domain))
          .should().onlyDependOnClassesThat(
              com.tngtech.archunit.core.domain.JavaClass.Predicates
                  .resideOutsideOfPackage(ROOT + "..")
                  .or(com.tngtech.archunit.core.domain.JavaClass.Predicates
                      .resideInAnyPackage(allowed.toArray(String[]::new))))
          .because(domain + " may use only itself, its declared ties and " + SHARED));
    }
  }

  @Test
  void shouldPlaceEveryPackageAsADomainOrAsGlue() {
    Set<String> known = new java.util.HashSet<>(DOMAINS);
    known.addAll(GLUE);
    Set<String> placed = new java.util.TreeSet<>();
    main.stream().map(type -> type.getPackageName())
        .filter(name -> name.startsWith(ROOT + "."))
        .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
        .filter(top -> !known.contains(top)).forEach(placed::add);

    org.assertj.core.api.Assertions.assertThat(placed)
        .as("packages that are neither a domain nor glue: add them to DOMAINS or GLUE").isEmpty();
  }

  @Test
  void shouldKeepTheGluePackagesFreeOfAnyFeature() {
    for (String glue : GLUE) {
      check(noClasses().that().resideInAPackage(pkg(glue))
          .should().dependOnClassesThat().resideInAnyPackage(
              DOMAINS.stream().map(ArchitectureTest::pkg).toArray(String[]::new))
          .because(glue + " is shared by every feature and knows none of them"));
    }
    check(noClasses().that().resideInAPackage(pkg("common"))
        .should().dependOnClassesThat().resideInAnyPackage(
            GLUE.stream().filter(glue -> !glue.equals("common")).map(ArchitectureTest::pkg)
                .toArray(String[]::new))
        .because("common is the shared kernel: money, quarter, the clock"));
  }

  @Test
  void shouldKeepSqlInRepositories() {
    check(noClasses().that().resideInAPackage(ROOT + "..")
        .and(describe("are no repositories", (JavaClass type) -> !isRepository(type)))
        .and().resideOutsideOfPackages(pkg("db"))
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
            "javax.sql..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
        .because("SQL lives only in repositories (classes named *Repository annotated "
            + "@Repository; a helper may map a ResultSet); db holds the engine's PostgreSQL "
            + "statistics, not ours"));
    check(classes().that().haveSimpleNameEndingWith("Repository")
        .and().resideInAPackage(ROOT + "..")
        .should().beAnnotatedWith(Repository.class));
  }

  @Test
  void shouldLetControllersCallServicesOnly() {
    check(noClasses().that().areAnnotatedWith(RestController.class)
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine..")
        .orShould().dependOnClassesThat(describe("are repositories",
            ArchitectureTest::isRepository))
        .because("a controller calls its feature's services, which talk to the engine and "
            + "the repositories"));
  }

  @Test
  void shouldWriteEveryCsvThroughTheOneWriterThatNeutralizesFormulas() {
    check(noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".sync.CsvWriting")
        .should().dependOnClassesThat(describe("are opencsv's writers",
            (JavaClass type) -> type.getPackageName().startsWith("com.opencsv")
                && type.getSimpleName().contains("CSVWriter")))
        .because("sync.CsvWriting passes every cell through CsvCells.safe (issue 16, family 5)"));
  }

  @Test
  void shouldKeepDelegatesAndListenersGlueThatCallServices() {
    Set<String> offenders = new java.util.TreeSet<>();
    main.stream().filter(ArchitectureTest::isEngineGlue)
        .filter(type -> type.getDirectDependenciesFromSelf().stream()
            .anyMatch(dependency -> isRepository(dependency.getTargetClass())))
        .forEach(type -> offenders.add(type.getPackage().getName().substring(ROOT.length() + 1)
            + "." + type.getSimpleName()));

    org.assertj.core.api.Assertions.assertThat(offenders)
        .as("delegates and listeners that use a repository, not their process's service")
        .isEmpty();
  }

  private static boolean isEngineGlue(JavaClass type) {
    return !type.isInterface() && (type.isAssignableTo(JavaDelegate.class)
        || type.isAssignableTo(TaskListener.class)
        || type.isAssignableTo(ExecutionListener.class));
  }

  private static boolean isRepository(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer.getSimpleName().endsWith("Repository") && outer.isAnnotatedWith(Repository.class);
  }

  private static String pkg(String name) {
    return ROOT + "." + name + "..";
  }

  private static void check(ArchRule rule) {
    rule.check(main);
  }
}
