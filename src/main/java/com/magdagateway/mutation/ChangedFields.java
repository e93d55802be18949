package com.magdagateway.mutation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which fields of the contract's Person or Household a mutation changed. Compared with the previous mutation of the
 * same person when the gateway has one (exact); otherwise read from MAGDA's free-text {@code Reden} where it names a
 * subject the gateway knows (best effort); otherwise unknown (null).
 */
@ApplicationScoped
public class ChangedFields {

    /** Words of MAGDA's Reden and the contract fields they stand for, lower case, Dutch as MAGDA writes it. */
    private static final List<Map.Entry<String, List<String>>> REDEN = List.of(
            Map.entry("adres", List.of("mainAddress", "addresses")),
            Map.entry("verblijfplaats", List.of("mainAddress", "addresses")),
            Map.entry("naam", List.of("lastName", "firstNames")),
            Map.entry("nationaliteit", List.of("nationalities")),
            Map.entry("geslacht", List.of("gender")),
            Map.entry("overlijden", List.of("deathDate")),
            Map.entry("burgerlijke staat", List.of("civilStatus", "civilStatusHistory")),
            Map.entry("partner", List.of("civilStatus", "legalCohabitation")),
            Map.entry("samenwoning", List.of("legallyCohabiting", "legalCohabitation")),
            Map.entry("insz", List.of("insz", "replacedBy")),
            Map.entry("rijksregisternummer", List.of("insz")),
            Map.entry("gezin", List.of("members")));

    private final ObjectMapper json;

    public ChangedFields(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One entry per mutation of the batch, in order: the changed fields joined by commas, or null when unknown.
     * {@code previous} maps "KIND:insz" to the person's latest stored JSON; the batch's own rows count as previous
     * for the rows after them.
     */
    public List<String> of(List<MutationStore.Pending> batch, Map<String, String> previous) {
        Map<String, String> latest = new HashMap<>(previous);
        List<String> result = new ArrayList<>(batch.size());
        for (MutationStore.Pending mutation : batch) {
            if (mutation.json() == null) { // a notification: nothing to compare, MAGDA's words are all there is
                result.add(notified(mutation));
                continue;
            }
            String key = mutation.kind().name() + ":" + mutation.insz();
            String before = mutation.cancelledInsz() == null ? latest.get(key)
                    : latest.getOrDefault(key, latest.get(mutation.kind().name() + ":" + mutation.cancelledInsz()));
            Set<String> fields = before != null ? compare(before, mutation.json()) : fromReason(mutation.reason());
            result.add(fields == null ? null : String.join(",", fields));
            latest.put(key, mutation.json());
        }
        return result;
    }

    /** A notification's fields: from MAGDA's descriptions, and the number itself for an INSZ change. */
    private static String notified(MutationStore.Pending mutation) {
        Set<String> fields = new LinkedHashSet<>();
        if (mutation.cancelledInsz() != null) {
            fields.add("insz");
        }
        Set<String> named = fromReason(mutation.reason());
        if (named != null) {
            fields.addAll(named);
        }
        return fields.isEmpty() ? null : String.join(",", fields);
    }

    Set<String> compare(String before, String after) {
        try {
            JsonNode old = json.readTree(before);
            JsonNode now = json.readTree(after);
            Set<String> changed = new LinkedHashSet<>();
            for (Iterator<String> names = now.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!now.get(name).equals(old.get(name))) {
                    changed.add(name);
                }
            }
            return changed;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static Set<String> fromReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = reason.toLowerCase(Locale.ROOT);
        Set<String> fields = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> word : REDEN) {
            if (text.contains(word.getKey())) {
                fields.addAll(word.getValue());
            }
        }
        return fields.isEmpty() ? null : fields;
    }
}
