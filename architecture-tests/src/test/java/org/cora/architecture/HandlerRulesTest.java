package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Handlers read like a script whose first line is the authorization. */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class HandlerRulesTest {

    @ArchTest
    static final ArchRule every_handler_calls_authorize = classes()
            .that().resideInAPackage(Cora.APPLICATION_FEATURES + "..")
            .and().haveSimpleNameEndingWith("Handler")
            .should(AuthorizeBeforeAppend.callAuthorizeInEveryPublicMethod())
            .because("every command and query is authorized by name before anything is loaded or written, "
                    + "whichever surface (HTTP, MCP, CLI, another handler) calls the handler")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule handlers_authorize_before_they_append = classes()
            .that().resideInAPackage(Cora.APPLICATION_FEATURES + "..")
            .and().haveSimpleNameEndingWith("Handler")
            .should(AuthorizeBeforeAppend.authorizeBeforeTheFirstAppend())
            .because("an unauthorized caller must never write: the first Authorize.authorize must come before "
                    + "the first ProcedureStreams.append, EventStore.append, JournalStore.append or "
                    + "Transactions.inTransaction (directly or through a Cora method that appends)")
            .allowEmptyShould(false);
}
