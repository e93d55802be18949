package com.magdagateway.insz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The ids the gateway makes up (request ids, MAGDA references, batch ids) never look like an INSZ. */
class InszFreeUuidsTest {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    @Test
    void noGeneratedIdHoldsElevenDigitsInARow() {
        // about one plain random UUID in 150 would: 20,000 plain draws held 126 of them
        assertThat(IntStream.range(0, 20_000).mapToObj(i -> InszFreeUuids.randomText()))
                .noneMatch(id -> ELEVEN_DIGITS.matcher(id).find())
                .allMatch(id -> UUID.fromString(id).version() == 4);
    }

    @Test
    void anElevenDigitRunAnywhereCounts() {
        assertThat(InszFreeUuids.mayBeInsz("5a8e48c1-a508-42f5-9414-629449735967")).isTrue();
        assertThat(InszFreeUuids.mayBeInsz("85073003328")).isTrue();
        assertThat(InszFreeUuids.mayBeInsz("5a8e48c1-a508-42f5-9414-6294497359ab")).isFalse();
    }
}
