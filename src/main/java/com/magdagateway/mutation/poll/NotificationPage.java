package com.magdagateway.mutation.poll;

import java.util.List;

/**
 * One answer of GeefPersoonMutatiesNotificaties in the gateway's terms: the notifications of the page, the receipt
 * reference to send with the next question, and whether MAGDA said it has nothing further (30016).
 */
public record NotificationPage(List<Notification> notifications, String nextReceipt, boolean noFurtherData) {

    /** MAGDA's 30016: nothing new since the receipt sent; the receipt stays as it was. */
    public static NotificationPage nothingFurther() {
        return new NotificationPage(List.of(), null, true);
    }

    /**
     * One notification as read, not yet checked: MAGDA's Onderwerp/Referte, the person (for an INSZ change the new
     * number) and the number that no longer applies, the day of the change, a reason made of MAGDA's descriptions,
     * and {@code problem} when the Onderwerp cannot be used (its Uitzondering, or a missing element).
     *
     * @param position 1-based position of the Onderwerp in the page
     * @param day the change's date (yyyy-MM-dd) as MAGDA gives it, null when it gives none
     */
    public record Notification(int position, String referte, String insz, String cancelledInsz, String day,
            String reason, boolean inszChange, String problem) {
    }
}
