package com.magdagateway.batch;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.dimona.DimonaPeriod;
import com.magdagateway.dimona.client.GeefWerkrelatiesClient;
import com.magdagateway.dmfa.DmfaQuarterRange;
import com.magdagateway.dmfa.client.GeefDmfaVoorWerknemerClient;
import com.magdagateway.household.client.GeefGezinssamenstellingClient;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.person.client.GeefPersoonClient;
import com.magdagateway.pipeline.MagdaCall;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.selfemployment.client.GeefLoopbaanArzaClient;

/**
 * The services a batch may consult, by their contract name, each mapped to the same adapter call (and up-front
 * refusal) its single-person resource makes. Parameters are checked when the batch is created, not per item.
 */
@ApplicationScoped
public class BatchServices {

    /** One person's call of a batch, built from its service and parameters. */
    public interface Plan extends Function<Insz, MagdaCall<?>> {
    }

    public static final Set<String> NAMES = Set.of("person", "household", "self-employment", "dimona", "dmfa");

    private final GeefPersoonClient person;
    private final GeefGezinssamenstellingClient household;
    private final GeefLoopbaanArzaClient selfEmployment;
    private final GeefWerkrelatiesClient dimona;
    private final GeefDmfaVoorWerknemerClient dmfa;

    public BatchServices(GeefPersoonClient person, GeefGezinssamenstellingClient household,
            GeefLoopbaanArzaClient selfEmployment, GeefWerkrelatiesClient dimona, GeefDmfaVoorWerknemerClient dmfa) {
        this.person = person;
        this.household = household;
        this.selfEmployment = selfEmployment;
        this.dimona = dimona;
        this.dmfa = dmfa;
    }

    /** The plan for a service and its parameters, or 400 {@code BAD_REQUEST} when either is wrong. */
    public Plan plan(String service, Map<String, String> params) {
        Map<String, String> given = params == null ? Map.of() : params;
        if (service == null || !NAMES.contains(service)) {
            throw badRequest("'service' must be one of person, household, self-employment, dimona, dmfa");
        }
        return switch (service) {
            case "person" -> {
                allowOnly(given);
                yield insz -> MagdaCall.of(MagdaService.GEEF_PERSOON, insz, person::fetch);
            }
            case "household" -> {
                allowOnly(given);
                yield insz -> MagdaCall.of(MagdaService.GEEF_GEZINSSAMENSTELLING, insz, household::fetch)
                        .refusedIf(insz.isBis(), new GatewayException(ErrorCode.BIS_NOT_SUPPORTED,
                                "The household composition is not available for a BIS number"));
            }
            case "self-employment" -> {
                allowOnly(given);
                yield insz -> MagdaCall.of(MagdaService.GEEF_LOOPBAAN_ARZA, insz, selfEmployment::fetch);
            }
            case "dimona" -> {
                allowOnly(given, "from", "to");
                DimonaPeriod period = DimonaPeriod.parse(given.get("from"), given.get("to"));
                yield insz -> MagdaCall.of(MagdaService.GEEF_WERKRELATIES, insz,
                        (who, reference) -> dimona.fetch(who, period, reference));
            }
            default -> {
                allowOnly(given, "fromQuarter", "toQuarter");
                DmfaQuarterRange range = DmfaQuarterRange.parse(given.get("fromQuarter"), given.get("toQuarter"));
                yield insz -> MagdaCall.of(MagdaService.GEEF_DMFA_VOOR_WERKNEMER, insz,
                        (who, reference) -> dmfa.fetch(who, range, reference));
            }
        };
    }

    /** The MAGDA service behind a contract name, for bulkhead shares and breaker checks. */
    public static MagdaService magdaService(String service) {
        return switch (service) {
            case "person" -> MagdaService.GEEF_PERSOON;
            case "household" -> MagdaService.GEEF_GEZINSSAMENSTELLING;
            case "self-employment" -> MagdaService.GEEF_LOOPBAAN_ARZA;
            case "dimona" -> MagdaService.GEEF_WERKRELATIES;
            case "dmfa" -> MagdaService.GEEF_DMFA_VOOR_WERKNEMER;
            default -> throw new IllegalArgumentException("Unknown batch service");
        };
    }

    /** A misspelt parameter is refused rather than silently ignored: it would change every item's answer. */
    private static void allowOnly(Map<String, String> params, String... names) {
        Set<String> allowed = Set.of(names);
        for (String key : params.keySet()) {
            if (!allowed.contains(key)) {
                throw badRequest("'params' of this service " + (names.length == 0 ? "must be empty"
                        : "may only name " + String.join(", ", names)) + "; '" + key + "' is unknown");
            }
        }
    }

    private static GatewayException badRequest(String detail) {
        return new GatewayException(ErrorCode.BAD_REQUEST, detail);
    }
}
