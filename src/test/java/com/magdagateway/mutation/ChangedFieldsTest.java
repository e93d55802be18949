package com.magdagateway.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Which fields a mutation changed: from the previous mutation of the person, else from MAGDA's reason, else unknown. */
class ChangedFieldsTest {

    private final ChangedFields changedFields = new ChangedFields(new ObjectMapper());

    private static MutationStore.Pending person(String insz, String cancelled, String reason, String json) {
        return new MutationStore.Pending(MutationKind.PERSON, "R-" + insz, insz, cancelled, OffsetDateTime.now(), reason,
                json);
    }

    @Test
    void comparesWithThePreviousMutationInTheBatchOrStored() {
        List<String> changed = changedFields.of(List.of(
                person("1", null, null, "{\"insz\":\"1\",\"lastName\":\"A\",\"mainAddress\":{\"street\":\"X\"}}"),
                person("1", null, "Adreswijziging", "{\"insz\":\"1\",\"lastName\":\"B\",\"mainAddress\":{\"street\":\"X\"}}")),
                Map.of("PERSON:1", "{\"insz\":\"1\",\"lastName\":\"A\",\"mainAddress\":{\"street\":\"Y\"}}"));

        assertThat(changed).containsExactly("mainAddress", "lastName"); // the comparison wins over the reason
    }

    @Test
    void anInszChangeIsComparedWithTheOldNumber() {
        List<String> changed = changedFields.of(
                List.of(person("2", "1", null, "{\"insz\":\"2\",\"lastName\":\"A\"}")),
                Map.of("PERSON:1", "{\"insz\":\"1\",\"lastName\":\"A\"}"));

        assertThat(changed).containsExactly("insz");
    }

    @Test
    void withoutAPreviousMutationTheReasonTellsOrNothingDoes() {
        List<String> changed = changedFields.of(List.of(person("3", null, "Naamswijziging", "{}"),
                person("4", null, "Overlijden en adreswijziging", "{}"), person("5", null, "Code 42", "{}"),
                person("6", null, null, "{}")), Map.of());

        assertThat(changed.get(0).split(",")).containsExactly("lastName", "firstNames");
        assertThat(Arrays.asList(changed.get(1).split(","))).containsExactlyInAnyOrder("mainAddress", "addresses", "deathDate");
        assertThat(changed.get(2)).isNull();
        assertThat(changed.get(3)).isNull();
    }
}
