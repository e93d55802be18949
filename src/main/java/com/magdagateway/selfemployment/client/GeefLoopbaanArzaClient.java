package com.magdagateway.selfemployment.client;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;
import com.magdagateway.magda.client.MagdaTypes;
import com.magdagateway.selfemployment.SelfEmployment;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefLoopbaanARZA 02.01 (KSZ S264): asks for a self-employed career and maps it to {@link SelfEmployment}. */
@ApplicationScoped
public class GeefLoopbaanArzaClient {

    static final String ACTIVE = "ACTIVE";
    static final String ASSIMILATED = "ASSIMILATED";
    static final String MAIN = "MAIN";
    static final String SECONDARY = "SECONDARY";

    private final MagdaOperation<GeefLoopbaanArzaXml.Antwoord> geefLoopbaanArza;

    GeefLoopbaanArzaClient(@CXFClient("GeefLoopbaanARZA") GeefLoopbaanArzaXml.Port port, MagdaTransport transport) {
        this.geefLoopbaanArza = transport.operation(MagdaService.GEEF_LOOPBAAN_ARZA, port, port::GeefLoopbaanARZAAsync,
                GeefLoopbaanArzaXml.Antwoord.class, NoData.EMPTY);
    }

    /** A career is a list: MAGDA's "no data" means no self-employed career, an empty list. */
    public Uni<MagdaAnswer<SelfEmployment>> fetch(Insz insz, String reference) {
        return geefLoopbaanArza.ask(reference, question(insz), about(insz))
                .map(answer -> answer.map(inhoud -> toSelfEmployment(insz.value(), inhoud)));
    }

    static GeefLoopbaanArzaXml.Vraag question(Insz insz) {
        MagdaTypes.InszCriteria criteria = new MagdaTypes.InszCriteria();
        criteria.insz = insz.value();
        GeefLoopbaanArzaXml.Vraag vraag = new GeefLoopbaanArzaXml.Vraag();
        vraag.criteria = criteria;
        vraag.taal = "nl";
        return vraag;
    }

    /** The self-employed person the answer names must be the one asked. */
    static Predicate<GeefLoopbaanArzaXml.Antwoord> about(Insz insz) {
        return inhoud -> inhoud.zelfstandige == null
                || MagdaQuestion.namesOnly(insz.value(), Stream.of(inhoud.zelfstandige.insz));
    }

    /** No content, or no {@code Zelfstandige}, means MAGDA had no data: the person then has no affiliations. */
    static SelfEmployment toSelfEmployment(String insz, GeefLoopbaanArzaXml.Antwoord inhoud) {
        if (inhoud == null || inhoud.zelfstandige == null) {
            return new SelfEmployment(insz, List.of(), null);
        }
        return new SelfEmployment(insz,
                inhoud.zelfstandige.aansluitingen.stream().map(GeefLoopbaanArzaClient::affiliation).toList(),
                trim(inhoud.zelfstandige.ondernemingsnummer));
    }

    static SelfEmployment.Affiliation affiliation(GeefLoopbaanArzaXml.Aansluiting a) {
        return new SelfEmployment.Affiliation(fund(a.sociaalVerzekeringsfonds),
                a.loopbanen.stream().map(GeefLoopbaanArzaClient::career).toList());
    }

    static SelfEmployment.Fund fund(GeefLoopbaanArzaXml.SociaalVerzekeringsfonds f) {
        return f == null ? null : new SelfEmployment.Fund(f.code, f.omschrijving, f.ondernemingsnummer);
    }

    static SelfEmployment.Career career(GeefLoopbaanArzaXml.Loopbaan l) {
        MagdaTypes.Periode periode = l.periode;
        SelfEmployment.CodeDescription category = code(l.bijdragereeks);
        SelfEmployment.CodeDescription assimilation = code(l.periodeGelijkgesteld);
        return new SelfEmployment.Career(periode == null ? null : periode.begin, periode == null ? null : periode.einde,
                category, code(l.beroep), code(l.hoedanigheid), assimilation == null ? ACTIVE : ASSIMILATED,
                assimilation, occupation(category), trim(l.datumOndertekening));
    }

    /**
     * Only the two categories whose meaning the answers spell out (100 Hoofdberoep, 200 Bijberoep) are read as main
     * or secondary occupation; any other category is not guessed at and stays in {@code contributionCategory}.
     */
    static String occupation(SelfEmployment.CodeDescription contributionCategory) {
        String code = contributionCategory == null ? null : contributionCategory.code();
        if ("100".equals(code)) {
            return MAIN;
        }
        return "200".equals(code) ? SECONDARY : null;
    }

    /** A code without its description, or a description without its code, is still passed on. */
    private static SelfEmployment.CodeDescription code(MagdaTypes.Code c) {
        if (c == null || (trim(c.code) == null && trim(c.omschrijving) == null)) {
            return null;
        }
        return new SelfEmployment.CodeDescription(trim(c.code), trim(c.omschrijving));
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
