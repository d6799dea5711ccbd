package io.babeldesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code (docs/DESIGN.md): features depend on each other without cycles, AWS
 * types stay in the adapters and handlers, LangChain4j types where the model ports are
 * implemented, and the flow sees its ports, never an adapter.
 */
@AnalyzeClasses(packages = "io.babeldesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("io.babeldesk.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyAdaptersAndHandlersUseTheAwsSdk = noClasses()
            .that().resideOutsideOfPackages("io.babeldesk.aws..", "io.babeldesk.store..", "io.babeldesk.llm..",
                    "io.babeldesk.handler..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..")
            .because("the domain speaks through ports; DynamoDB, S3, SQS and Bedrock live in their adapters");

    @ArchTest
    static final ArchRule onlyHandlersSeeLambdaEvents = noClasses()
            .that().resideOutsideOfPackage("io.babeldesk.handler..")
            .should().dependOnClassesThat().resideInAPackage("com.amazonaws..")
            .because("handlers parse the event and call the domain; the domain never sees an AWS event type");

    @ArchTest
    static final ArchRule onlyTheModelAdaptersUseLangChain4j = noClasses()
            .that().resideOutsideOfPackages("io.babeldesk.llm..", "io.babeldesk.handler..")
            .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
            .because("translation and summary own narrow model ports; llm implements them with LangChain4j");

    @ArchTest
    static final ArchRule theFlowAndTheApiSeePortsNotAdapters = noClasses()
            .that().resideInAnyPackage("io.babeldesk.pipeline..", "io.babeldesk.api..", "io.babeldesk.translation..",
                    "io.babeldesk.summary..", "io.babeldesk.article..", "io.babeldesk.glossary..")
            .should().dependOnClassesThat().resideInAnyPackage("io.babeldesk.aws..", "io.babeldesk.store..",
                    "io.babeldesk.llm..", "io.babeldesk.handler..");
}
