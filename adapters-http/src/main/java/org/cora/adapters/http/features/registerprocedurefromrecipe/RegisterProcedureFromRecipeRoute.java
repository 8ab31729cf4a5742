package org.cora.adapters.http.features.registerprocedurefromrecipe;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeHandler;
import org.cora.application.port.Caller;
import org.cora.domain.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeCommand;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.recipe.RecipeId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /procedures/from-recipe}: register a Procedure whose steps come from a Recipe; 201 with its id. */
@RestController
public final class RegisterProcedureFromRecipeRoute {

    private static final Set<String> FIELDS = Set.of("name", "kind", "target_asset_ids", "parent_run_id", "recipe_id",
            "bindings");

    private final RegisterProcedureFromRecipeHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public RegisterProcedureFromRecipeRoute(RegisterProcedureFromRecipeHandler handler, RequestCaller callers,
                                            IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/procedures/from-recipe")
    public ResponseEntity<Map<String, Object>> register(@org.springframework.web.bind.annotation.RequestBody(required = false)
                                                        String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        Json bindings = body.get("bindings").orElse(Json.Obj.EMPTY);
        if (!(bindings instanceof Json.Obj bindingObject)) {
            throw new InvalidRequestError("bindings must be a JSON object");
        }
        RegisterProcedureFromRecipeCommand command = new RegisterProcedureFromRecipeCommand(body.requiredString("name"),
                body.requiredString("kind"), body.uuidList("target_asset_ids"), body.optionalUuid("parent_run_id").orElse(null),
                new RecipeId(RequestBody.uuid(body.requiredString("recipe_id"), "recipe_id")), bindingObject);
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, RegisterProcedureFromRecipeHandler.COMMAND_NAME, () -> {
            ProcedureId id = handler.handle(command, caller);
            return IdempotencyKeyHeader.created("/procedures/" + id, "procedure_id", id);
        });
    }
}
