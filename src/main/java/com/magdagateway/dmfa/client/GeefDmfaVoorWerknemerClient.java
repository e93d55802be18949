package com.magdagateway.dmfa.client;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.dmfa.Dmfa;
import com.magdagateway.dmfa.DmfaQuarter;
import com.magdagateway.dmfa.DmfaQuarterRange;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefDmfaVoorWerknemer 03.00 (KSZ S297 DmfA): asks for a person's attestations, filters and orders them. */
@ApplicationScoped
public class GeefDmfaVoorWerknemerClient {

    /** The DmfA replaced the old quarterly declaration on 1 January 2003: no attestation predates this quarter. */
    static final DmfaQuarter FIRST_DMFA_QUARTER = new DmfaQuarter(2003, 1);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** {@code YYYYQn} sorts as text; an attestation whose quarter could not be read goes last. */
    static final Comparator<Dmfa.Attestation> BY_QUARTER = Comparator
            .comparing(Dmfa.Attestation::quarter, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Dmfa.Attestation::number, Comparator.nullsLast(Comparator.naturalOrder()));

    private final MagdaOperation<GeefDmfaVoorWerknemerXml.Antwoord> geefDmfa;

    GeefDmfaVoorWerknemerClient(@CXFClient("GeefDmfaVoorWerknemer") GeefDmfaVoorWerknemerXml.Port port,
            MagdaTransport transport) {
        this.geefDmfa = transport.operation(MagdaService.GEEF_DMFA_VOOR_WERKNEMER, port,
                port::GeefDmfaVoorWerknemerAsync, GeefDmfaVoorWerknemerXml.Antwoord.class, NoData.EMPTY);
    }

    /** The person's attestations in {@code range}; MAGDA's "no data" is an empty list. */
    public Uni<MagdaAnswer<Dmfa>> fetch(Insz insz, DmfaQuarterRange range, String reference) {
        return geefDmfa.ask(reference, question(insz, range, LocalDate.now(BRUSSELS)), about(insz))
                .map(answer -> answer.map(inhoud -> toDmfa(insz.value(), range, inhoud)));
    }

    static GeefDmfaVoorWerknemerXml.Vraag question(Insz insz, DmfaQuarterRange range, LocalDate today) {
        GeefDmfaVoorWerknemerXml.Criteria criteria = new GeefDmfaVoorWerknemerXml.Criteria();
        criteria.insz = insz.value();
        criteria.kwartaal = kwartalen(range, today);
        GeefDmfaVoorWerknemerXml.Vraag vraag = new GeefDmfaVoorWerknemerXml.Vraag();
        vraag.criteria = criteria;
        vraag.typeAntwoord = "0";
        vraag.laatsteSituatie = "0";
        vraag.bron = "RSZ";
        return vraag;
    }

    /**
     * MAGDA requires both bounds: an absent {@code fromQuarter} is the first DmfA quarter, an absent
     * {@code toQuarter} the current one, each widened so that MAGDA never receives a begin after its end.
     */
    static GeefDmfaVoorWerknemerXml.Kwartalen kwartalen(DmfaQuarterRange range, LocalDate today) {
        DmfaQuarter begin = range.from() != null ? range.from() : earliest(FIRST_DMFA_QUARTER, range.to());
        DmfaQuarter end = range.to() != null ? range.to() : latest(DmfaQuarter.of(today), begin);
        GeefDmfaVoorWerknemerXml.Kwartalen kwartalen = new GeefDmfaVoorWerknemerXml.Kwartalen();
        kwartalen.begin = kwartaal(begin);
        kwartalen.einde = kwartaal(end);
        return kwartalen;
    }

    private static DmfaQuarter earliest(DmfaQuarter a, DmfaQuarter b) {
        return b != null && b.compareTo(a) < 0 ? b : a;
    }

    private static DmfaQuarter latest(DmfaQuarter a, DmfaQuarter b) {
        return b.isAfter(a) ? b : a;
    }

    private static GeefDmfaVoorWerknemerXml.Kwartaal kwartaal(DmfaQuarter quarter) {
        GeefDmfaVoorWerknemerXml.Kwartaal kwartaal = new GeefDmfaVoorWerknemerXml.Kwartaal();
        kwartaal.jaar = String.valueOf(quarter.year());
        kwartaal.kwartaalcijfer = String.valueOf(quarter.quarter());
        return kwartaal;
    }

    /** Every attestation's worker must be the person asked. */
    static Predicate<GeefDmfaVoorWerknemerXml.Antwoord> about(Insz insz) {
        return inhoud -> MagdaQuestion.namesOnly(insz.value(), inhoud.attesten.stream()
                .filter(a -> a.aangifteWerkgever != null && a.aangifteWerkgever.werknemer != null)
                .map(a -> a.aangifteWerkgever.werknemer.insz));
    }

    /**
     * MAGDA is asked for the quarters too, but its (or a stub's) answer may hold more and in any order: the gateway
     * filters and sorts itself. Null content (MAGDA had no data) is an empty list.
     */
    static Dmfa toDmfa(String insz, DmfaQuarterRange range, GeefDmfaVoorWerknemerXml.Antwoord inhoud) {
        List<GeefDmfaVoorWerknemerXml.Attest> attests = inhoud == null ? List.of() : inhoud.attesten;
        return new Dmfa(insz, attests.stream()
                .filter(a -> inRange(a, range))
                .map(GeefDmfaVoorWerknemerClient::attestation)
                .sorted(BY_QUARTER)
                .toList());
    }

    /** An attestation whose quarter cannot be read is kept: the gateway only drops what it knows to be outside. */
    static boolean inRange(GeefDmfaVoorWerknemerXml.Attest attest, DmfaQuarterRange range) {
        return quarter(attest.aangifteWerkgever).map(range::contains).orElse(true);
    }

    static Dmfa.Attestation attestation(GeefDmfaVoorWerknemerXml.Attest attest) {
        GeefDmfaVoorWerknemerXml.Identificatie id = attest.identificatie;
        GeefDmfaVoorWerknemerXml.Versies versies = attest.versie;
        GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte = attest.aangifteWerkgever;
        boolean declared = aangifte != null;
        return new Dmfa.Attestation(id == null ? null : trim(id.nummer), id == null ? null : trim(id.versie),
                id == null ? null : status(id.status), quarterText(aangifte), employer(aangifte), workerLines(aangifte),
                id == null ? null : trim(id.datumCreatie), versies == null ? null : trim(versies.vorige),
                versies == null ? null : trim(versies.volgende), declared ? trim(aangifte.bron) : null,
                declared ? trim(aangifte.sectorIndicator) : null, declared ? flag(aangifte.onderCuratele) : null,
                declared ? Units.cents(aangifte.verschuldigdNettoBedrag) : null,
                declared ? flag(aangifte.conversieNaarRegime5) : null,
                declared ? trim(aangifte.datumBeginVakantie) : null, declared ? worker(aangifte.werknemer) : null);
    }

    static Dmfa.Worker worker(GeefDmfaVoorWerknemerXml.Werknemer w) {
        if (w == null) {
            return null;
        }
        GeefDmfaVoorWerknemerXml.Naam naam = w.naam;
        return new Dmfa.Worker(trim(w.insz), trim(w.vorigInsz), naam == null ? null : trim(naam.achternaam),
                naam == null ? null : trim(naam.voornaam), flag(w.oriolusValidatie));
    }

    /** MAGDA's {@code 20232} becomes {@code 2023Q2}; anything unreadable is passed on as MAGDA sent it. */
    static String quarterText(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        return quarter(aangifte).map(DmfaQuarter::toString).orElse(aangifte == null ? null : trim(aangifte.kwartaal));
    }

    static List<Dmfa.WorkerLine> workerLines(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        if (aangifte == null || aangifte.werknemer == null) {
            return List.of();
        }
        return aangifte.werknemer.werknemerslijnen.stream().map(GeefDmfaVoorWerknemerClient::workerLine).toList();
    }

    static Dmfa.WorkerLine workerLine(GeefDmfaVoorWerknemerXml.Werknemerslijn l) {
        return new Dmfa.WorkerLine(trim(l.categorie), trim(l.kerngetal),
                l.periode == null ? null : trim(l.periode.begin), l.periode == null ? null : trim(l.periode.einde),
                flag(l.grensarbeider), trim(l.activiteitIvmRisico), trim(l.nummerLokaleEenheid),
                l.tewerkstellingen.stream().map(GeefDmfaVoorWerknemerClient::occupation).toList(),
                l.bijdragen.stream().map(b -> new Dmfa.Contribution(trim(b.code), trim(b.type),
                        Units.cents(b.basisVoorBerekening), Units.cents(b.bedrag))).toList(),
                l.verminderingen.stream().map(v -> new Dmfa.Reduction(trim(v.code), Units.cents(v.basisVoorBerekening),
                        Units.cents(v.bedragVermindering), trim(v.datumBeginRecht))).toList(),
                studentContribution(l.bijdrageStudent));
    }

    static Dmfa.Occupation occupation(GeefDmfaVoorWerknemerXml.Tewerkstelling t) {
        GeefDmfaVoorWerknemerXml.LokaleEenheid eenheid = t.lokaleEenheid;
        GeefDmfaVoorWerknemerXml.Maatregel maatregel = t.maatregel;
        return new Dmfa.Occupation(trim(t.volgnummer), trim(t.internNummer),
                eenheid == null ? null : new Dmfa.LocalUnit(trim(eenheid.nummer), trim(eenheid.nisCode)),
                t.periode == null ? null : trim(t.periode.begin), t.periode == null ? null : trim(t.periode.einde),
                trim(t.paritairComite), Units.hundredths(t.aantalWerkdagenPerWeek), contractType(t.typeContract),
                weeklyHours(t.gemiddeldAantalUrenPerWeek),
                maatregel == null ? null : trim(maatregel.reorganisatieArbeidstijd),
                maatregel == null ? null : trim(maatregel.bevorderingWerkgelegenheid), trim(t.statuutWerknemer),
                trim(t.gepensioneerd), trim(t.typeLeerling), trim(t.wijzeBezoldiging), trim(t.functienummer),
                Units.cents(t.uurloon), trim(t.gemeenteNisCode), information(t.informatie),
                t.prestaties.stream().map(p -> new Dmfa.Performance(trim(p.volgnummer), trim(p.code),
                        Units.hundredths(p.dagen), Units.hundredths(p.uren), Units.count(p.aantalVluchtminuten))).toList(),
                t.bezoldigingen.stream().map(b -> new Dmfa.Remuneration(trim(b.volgnummer), trim(b.code),
                        trim(b.frequentieBetalingPremie), Units.hundredths(b.percentageJaarbasis),
                        Units.cents(b.fictiefSalaris), Units.cents(b.bedrag))).toList());
    }

    /** DmfA's two contract types; any other code is passed on as MAGDA sent it, without a description. */
    static Dmfa.Code contractType(String typeContract) {
        String code = trim(typeContract);
        if (code == null) {
            return null;
        }
        return new Dmfa.Code(code, switch (code) {
            case "0" -> "Voltijds";
            case "1" -> "Deeltijds";
            default -> null;
        });
    }

    static Dmfa.WeeklyHours weeklyHours(GeefDmfaVoorWerknemerXml.GemiddeldAantalUrenPerWeek uren) {
        return uren == null ? null
                : new Dmfa.WeeklyHours(Units.hundredths(uren.werknemer), Units.hundredths(uren.referentiepersoon));
    }

    static Dmfa.Information information(GeefDmfaVoorWerknemerXml.Informatie i) {
        return i == null ? null : new Dmfa.Information(trim(i.datumZesMaandenZiek), trim(i.horecaExtra),
                trim(i.terbeschikkingstelling), Units.thousandths(i.uurloonInDuizendsten),
                trim(i.gewaardborgdloonEersteWeek), Units.cents(i.brutoLoonZiekte), trim(i.datumVasteBenoeming),
                trim(i.loopbaanmaatregel), Units.count(i.aantalvakantiedagen), trim(i.sectordetail),
                Units.cents(i.mobiliteitsbudget));
    }

    static Dmfa.StudentContribution studentContribution(GeefDmfaVoorWerknemerXml.BijdrageStudent b) {
        return b == null ? null : new Dmfa.StudentContribution(Units.cents(b.loon), Units.cents(b.bedrag),
                Units.count(b.aantalDagen), Units.count(b.aantalUren));
    }

    private static Optional<DmfaQuarter> quarter(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        return aangifte == null ? Optional.empty() : DmfaQuarter.fromMagda(aangifte.kwartaal);
    }

    private static Dmfa.Status status(GeefDmfaVoorWerknemerXml.Status status) {
        return status == null ? null : new Dmfa.Status(trim(status.code), trim(status.omschrijving));
    }

    private static Dmfa.Employer employer(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        return aangifte == null ? null : new Dmfa.Employer(trim(aangifte.rszNummer), trim(aangifte.ondernemingsnummer),
                trim(aangifte.vorigRszNummer));
    }

    /** MAGDA's flags are {@code 1} and {@code 0}; anything else (or nothing) is unknown. */
    private static Boolean flag(String value) {
        String text = trim(value);
        if ("1".equals(text)) {
            return Boolean.TRUE;
        }
        return "0".equals(text) ? Boolean.FALSE : null;
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
