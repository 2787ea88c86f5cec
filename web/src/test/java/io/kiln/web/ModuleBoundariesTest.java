package io.kiln.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module table of ARCHITECTURE.md, enforced: a forbidden import fails the build. */
class ModuleBoundariesTest {
  private static final String DOMAIN = "io.kiln.domain..";
  private static final String INFRA = "io.kiln.infra..";
  private static final String COMMAND = "io.kiln.command..";
  private static final String QUERY = "io.kiln.query..";
  private static final String PROJECTORS = "io.kiln.projectors..";
  private static final String K8S = "io.kiln.k8s..";
  private static final String LOCAL = "io.kiln.local..";
  private static final String INTEGRATIONS = "io.kiln.integrations..";
  private static final String WEB = "io.kiln.web..";
  private static final String BENCH = "io.kiln.bench..";
  private static JavaClasses kiln;

  @BeforeAll
  static void importKiln() {
    kiln = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.kiln");
  }

  @Test
  void domainIsPureJavaAndAxonAnnotations() {
    classes().that().resideInAPackage(DOMAIN)
        .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "org.axonframework..")
        .check(kiln);
  }

  @Test
  void infraKnowsOnlyTheDomain() {
    noClasses().that().resideInAPackage(INFRA)
        .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, PROJECTORS, K8S, LOCAL, INTEGRATIONS, WEB,
            BENCH)
        .check(kiln);
  }

  @Test
  void commandSideNeverReadsTheQuerySide() {
    noClasses().that().resideInAPackage(COMMAND)
        .should().dependOnClassesThat().resideInAnyPackage(QUERY, PROJECTORS, K8S, LOCAL, INTEGRATIONS, WEB, BENCH,
            "org.jooq..")
        .check(kiln);
  }

  @Test
  void querySideKnowsOnlyDomainAndInfra() {
    noClasses().that().resideInAPackage(QUERY)
        .should().dependOnClassesThat().resideInAnyPackage(COMMAND, PROJECTORS, K8S, LOCAL, INTEGRATIONS, WEB, BENCH)
        .check(kiln);
  }

  @Test
  void projectorsKnowDomainQuerySideAndInfra() {
    noClasses().that().resideInAPackage(PROJECTORS)
        .should().dependOnClassesThat().resideInAnyPackage(COMMAND, K8S, LOCAL, INTEGRATIONS, WEB, BENCH)
        .check(kiln);
  }

  @Test
  void effectorsKnowOnlyDomainAndInfra() {
    noClasses().that().resideInAPackage(K8S)
        .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, PROJECTORS, LOCAL, INTEGRATIONS, WEB, BENCH,
            "org.jooq..")
        .check(kiln);
  }

  @Test
  void localComputeKnowsOnlyDomainAndInfra() {
    noClasses().that().resideInAPackage(LOCAL)
        .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, PROJECTORS, K8S, INTEGRATIONS, WEB, BENCH,
            "org.jooq..")
        .check(kiln);
  }

  @Test
  void integrationsKnowOnlyDomainAndInfra() {
    noClasses().that().resideInAPackage(INTEGRATIONS)
        .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, PROJECTORS, K8S, LOCAL, WEB, BENCH, "org.jooq..")
        .check(kiln);
  }

  @Test
  void generatedReadModelRecordsStayOnTheReadSide() {
    noClasses().that().resideOutsideOfPackages(QUERY, PROJECTORS)
        .should().dependOnClassesThat().resideInAPackage("io.kiln.query.jooq..")
        .check(kiln);
  }
}
