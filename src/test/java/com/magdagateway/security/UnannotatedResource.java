package com.magdagateway.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test only: an endpoint someone forgot to annotate; it must be refused, not open. */
@Path("/api/v1/test-only/unannotated")
public class UnannotatedResource {

    @GET
    @Operation(hidden = true)
    public String open() {
        return "open by omission";
    }
}
