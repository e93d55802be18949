package com.magdagateway.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the SOAP redesign relies on, checked on the compiled main classes: MAGDA's wire shapes stay inside the
 * {@code client} packages, features stay apart, and the shared pipeline knows no feature.
 */
@AnalyzeClasses(packages = "com.magdagateway", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String[] FEATURE_CLIENTS = { "..person.client..", "..household.client..",
            "..selfemployment.client..", "..dimona.client..", "..dmfa.client..", "..registration.client.." };

    private static final String[] FEATURES = { "..person..", "..household..", "..selfemployment..", "..dimona..",
            "..dmfa..", "..registration.." };

    @ArchTest
    static final ArchRule onlyClientPackagesUseJaxbOrJaxWs = noClasses()
            .that().resideOutsideOfPackage("..client..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..", "jakarta.xml.ws..", "jakarta.jws..")
            .because("MAGDA's XML is read and written by the adapters alone");

    /** What the rest of the gateway may use of the client packages: the adapters and the transport's verdicts. */
    private static final DescribedPredicate<JavaClass> CLIENT_SURFACE = simpleNameEndingWith("Client")
            .or(simpleName("MagdaProbe")).or(simpleName("MagdaTransport"));

    @ArchTest
    static final ArchRule wireTypesStayInClientPackages = noClasses()
            .that().resideOutsideOfPackage("..client..")
            // The gateway's own client packages: libraries have theirs (io.prometheus.client, io.vertx...client).
            .should().dependOnClassesThat(resideInAPackage("com.magdagateway..client..").and(not(CLIENT_SURFACE)))
            .because("adapters answer in the contract's own types");

    @ArchTest
    static final ArchRule featureWireTypesArePackagePrivate = classes()
            .that().resideInAnyPackage(FEATURE_CLIENTS).and(not(CLIENT_SURFACE))
            .should().notBePublic()
            .because("a service's wire shapes are its adapter's business");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = slices()
            .matching("com.magdagateway.(person|household|selfemployment|dimona|dmfa|registration)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule resourcesDoNotTouchTheTransport = noClasses()
            .that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAnyPackage("com.magdagateway.magda.client..", "org.apache.cxf..")
            .because("a resource hands its call to the pipeline and an adapter");

    @ArchTest
    static final ArchRule pipelineKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.magdagateway.pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("adding a service adds nothing to the pipeline");
}
