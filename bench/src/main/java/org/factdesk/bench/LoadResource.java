package org.factdesk.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.service.common.InvalidInputException;

/**
 * Admin tools for checking speed at scale: generate load data, time every queue against the bare engine. Only in
 * the test and {@code mvn -Prun} deployments (see {@code package-info}).
 */
@Tag(name = "admin")
@Path("admin/load")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoadResource {

    @Inject
    ClaimGenerator generator;

    @Inject
    QueueBenchmark benchmark;

    @POST
    @Path("claims")
    public ClaimGenerator.Generated generate(
            @QueryParam("count") @DefaultValue("100000") int count, @QueryParam("seed") @DefaultValue("42") long seed) {
        return generator.generate(count, seed);
    }

    @GET
    @Path("queue-benchmark")
    public List<QueueBenchmark.Timing> benchmark(
            @QueryParam("runs") @DefaultValue("30") int runs,
            @QueryParam("checker") @DefaultValue("checker") String checker,
            @QueryParam("desk") @DefaultValue("middle-east") String desk) {
        if (runs < 1 || runs > 1000) {
            throw new InvalidInputException("runs", "error.benchmarkRuns", "Time each queue 1 to 1000 times", 1000);
        }
        return benchmark.run(runs, checker, desk);
    }
}
