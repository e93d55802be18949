package com.magdagateway.magda;

import java.util.List;

/**
 * A successful MAGDA answer: its typed content (null when MAGDA reported no data), the warnings beside it and the
 * {@code Referte} its {@code Antwoord} carried (null when there was no {@code Antwoord}, empty when it had none).
 */
public record MagdaAnswer<I>(I content, List<MagdaMessage> warnings, String reference) {

    /** An answer whose reference is not known (built by hand, in tests). */
    public MagdaAnswer(I content, List<MagdaMessage> warnings) {
        this(content, warnings, null);
    }

    /** Whether it carried an {@code Antwoord} with another reference than the one we sent. */
    public boolean answersAnotherReference(String sent) {
        return reference != null && !reference.equals(sent);
    }
}
