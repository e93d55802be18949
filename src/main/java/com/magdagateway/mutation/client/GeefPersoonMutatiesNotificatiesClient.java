package com.magdagateway.mutation.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;
import com.magdagateway.mutation.poll.NotificationPage;
import com.magdagateway.problem.GatewayException;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/**
 * Adapter for MAGDA GeefPersoonMutatiesNotificaties 02.00: asks for the next page of change notifications after a
 * receipt reference and reads it into a {@link NotificationPage}. MAGDA's 30016 ("no further data") is an answer,
 * not a failure; every other FOUT (30014, an invalid receipt reference, among them) fails as usual.
 */
@ApplicationScoped
public class GeefPersoonMutatiesNotificatiesClient {

    /** No notifications after the receipt reference sent. */
    public static final String NO_FURTHER_DATA = "30016";
    /** The receipt reference sent is not valid. */
    public static final String INVALID_RECEIPT = "30014";
    private static final int MAX_REFERTE = 36;

    private final MagdaOperation<GeefPersoonMutatiesNotificatiesXml.Antwoord> operation;
    private final MagdaConfig config;

    GeefPersoonMutatiesNotificatiesClient(
            @CXFClient("GeefPersoonMutatiesNotificaties") GeefPersoonMutatiesNotificatiesXml.Port port,
            MagdaTransport transport, MagdaConfig config) {
        this.operation = transport.operation(MagdaService.GEEF_PERSOON_MUTATIES_NOTIFICATIES, port,
                port::GeefPersoonMutatiesNotificatiesAsync, GeefPersoonMutatiesNotificatiesXml.Antwoord.class,
                NoData.EMPTY);
        this.config = config;
    }

    /** The page after {@code receipt} (null: MAGDA's own starting point), asked under {@code reference}. */
    public Uni<MagdaAnswer<NotificationPage>> fetch(String receipt, String reference) {
        return operation.ask(reference, question(config.clientId(), config.capacity(), receipt))
                .map(answer -> answer.map(GeefPersoonMutatiesNotificatiesClient::page))
                .onFailure(GeefPersoonMutatiesNotificatiesClient::isNoFurtherData)
                .recoverWithItem(() -> new MagdaAnswer<>(NotificationPage.nothingFurther(), List.of()));
    }

    /** Whether a failure is MAGDA saying {@code code}. */
    public static boolean isMagdaCode(Throwable failure, String code) {
        return failure instanceof GatewayException gateway && gateway.magda() != null
                && code.equals(trim(gateway.magda().code()));
    }

    private static boolean isNoFurtherData(Throwable failure) {
        return isMagdaCode(failure, NO_FURTHER_DATA);
    }

    static GeefPersoonMutatiesNotificatiesXml.Vraag question(String identification, String capacity, String receipt) {
        GeefPersoonMutatiesNotificatiesXml.Vraag vraag = new GeefPersoonMutatiesNotificatiesXml.Vraag();
        vraag.identificatie = identification;
        vraag.hoedanigheid = capacity;
        vraag.ontvangstreferte = receipt == null || receipt.isBlank() ? null : receipt;
        return vraag;
    }

    /** No content (a 30016 given as a warning, or a "no data" code) means nothing further, like 30016 itself. */
    static NotificationPage page(GeefPersoonMutatiesNotificatiesXml.Antwoord inhoud) {
        if (inhoud == null || inhoud.onderwerpen.isEmpty()) {
            return NotificationPage.nothingFurther();
        }
        List<NotificationPage.Notification> notifications = new ArrayList<>(inhoud.onderwerpen.size());
        for (int i = 0; i < inhoud.onderwerpen.size(); i++) {
            notifications.add(notification(i + 1, inhoud.onderwerpen.get(i)));
        }
        return new NotificationPage(List.copyOf(notifications), trim(inhoud.ontvangstreferte), false);
    }

    static NotificationPage.Notification notification(int position, GeefPersoonMutatiesNotificatiesXml.Onderwerp o) {
        String referte = trim(o.referte);
        if (referte == null || referte.length() > MAX_REFERTE) {
            return rejected(position, referte, "Onderwerp/Referte is missing or longer than " + MAX_REFERTE);
        }
        var fout = o.uitzonderingen.stream().filter(u -> "FOUT".equals(trim(u.type))).findFirst();
        if (fout.isPresent()) {
            return rejected(position, referte, "MAGDA answered " + trim(fout.get().identificatie) + " for it");
        }
        var n = o.inhoud == null ? null : o.inhoud.notificatie;
        if (n == null || trim(n.insz) == null) {
            return rejected(position, referte, "PersoonMutatiesNotificaties/INSZ is missing");
        }
        // NieuwINSZ: the person now goes by that number; GeannuleerdINSZ: that number was cancelled for INSZ.
        String insz = trim(n.nieuwInsz) != null ? trim(n.nieuwInsz) : trim(n.insz);
        String cancelled = trim(n.nieuwInsz) != null ? trim(n.insz) : trim(n.geannuleerdInsz);
        return new NotificationPage.Notification(position, referte, insz, cancelled, day(n), reason(n), cancelled != null,
                null);
    }

    private static NotificationPage.Notification rejected(int position, String referte, String problem) {
        return new NotificationPage.Notification(position, referte, null, null, null, null, false, problem);
    }

    /** The latest date MAGDA gives for the change: the notification's own, else its Informaties'. */
    static String day(GeefPersoonMutatiesNotificatiesXml.Notificatie n) {
        return Stream.concat(Stream.of(trim(n.datumModificatie), trim(n.datumCreatie)),
                n.informaties.stream().map(i -> trim(i.datumModificatie))).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * MAGDA's own words for what changed: the Type, then each Informatie with its kinds of change, e.g.
     * "Wijziging persoon: Adres (gewijzigd); Burgerlijke staat (nieuw)". Codes stand in where no words are given.
     */
    static String reason(GeefPersoonMutatiesNotificatiesXml.Notificatie n) {
        List<String> parts = new ArrayList<>();
        for (GeefPersoonMutatiesNotificatiesXml.Informatie informatie : n.informaties) {
            String what = words(informatie.identificatie);
            List<String> how = informatie.typeMutaties.stream().map(GeefPersoonMutatiesNotificatiesClient::words)
                    .filter(Objects::nonNull).toList();
            if (what != null) {
                parts.add(what + (how.isEmpty() ? "" : " (" + String.join(", ", how) + ")"));
            }
        }
        String type = words(n.type);
        String text = (type == null ? "" : type + (parts.isEmpty() ? "" : ": ")) + String.join("; ", parts);
        return text.isBlank() ? null : text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    private static String words(GeefPersoonMutatiesNotificatiesXml.Typed typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.code == null ? null : trim(typed.code.value);
        String beschrijving = typed.code == null ? null : trim(typed.code.beschrijving);
        String omschrijving = trim(typed.omschrijving);
        return omschrijving != null ? omschrijving : beschrijving != null ? beschrijving : code;
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
