package com.magdagateway.selfemployment.mapping;

import java.util.List;

import com.magdagateway.selfemployment.SelfEmployment;
import com.magdagateway.selfemployment.client.GeefLoopbaanArzaXml;

/** Maps GeefLoopbaanARZA's {@code Zelfstandige} to the contract's self-employment career. */
public final class SelfEmploymentMapper {

    private SelfEmploymentMapper() {
    }

    /** {@code zelfstandige} is null when MAGDA had no data: the person then has no affiliations. */
    public static SelfEmployment toApi(String insz, GeefLoopbaanArzaXml.Zelfstandige zelfstandige) {
        if (zelfstandige == null) {
            return new SelfEmployment(insz, List.of());
        }
        return new SelfEmployment(insz,
                zelfstandige.aansluitingen.stream().map(SelfEmploymentMapper::affiliation).toList());
    }

    static SelfEmployment.Affiliation affiliation(GeefLoopbaanArzaXml.Aansluiting a) {
        return new SelfEmployment.Affiliation(fund(a.sociaalVerzekeringsfonds),
                a.loopbanen.stream().map(SelfEmploymentMapper::career).toList());
    }

    static SelfEmployment.Fund fund(GeefLoopbaanArzaXml.SociaalVerzekeringsfonds f) {
        return f == null ? null : new SelfEmployment.Fund(f.code, f.omschrijving, f.ondernemingsnummer);
    }

    static SelfEmployment.Career career(GeefLoopbaanArzaXml.Loopbaan l) {
        GeefLoopbaanArzaXml.Periode periode = l.periode;
        return new SelfEmployment.Career(periode == null ? null : periode.begin, periode == null ? null : periode.einde,
                code(l.bijdragereeks), code(l.beroep), code(l.hoedanigheid));
    }

    private static SelfEmployment.CodeDescription code(GeefLoopbaanArzaXml.Code c) {
        return c == null ? null : new SelfEmployment.CodeDescription(c.code, c.omschrijving);
    }
}
