package com.magdagateway.dimona;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/**
 * The period a Dimona consultation asks about, inclusive at both ends and unbounded where a bound is missing, against
 * which declarations are compared as MAGDA's {@code YYYY-MM-DD} strings so that an incomplete date never fails.
 */
public record DimonaPeriod(LocalDate from, LocalDate to) {

    /** Strictly four-digit years: {@code LocalDate.parse} would also take {@code +12345-01-01}. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static final DimonaPeriod UNBOUNDED = new DimonaPeriod(null, null);

    /** Parses the query parameters or throws 400 {@code BAD_REQUEST}; blank means absent. */
    public static DimonaPeriod parse(String from, String to) {
        DimonaPeriod period = new DimonaPeriod(date("from", from), date("to", to));
        if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
            throw new GatewayException(ErrorCode.BAD_REQUEST, "'from' must not be after 'to'");
        }
        return period;
    }

    /** Whether a declaration running from {@code start} to {@code end} (null: unknown or open-ended) overlaps. */
    public boolean overlaps(String start, String end) {
        boolean startsInTime = to == null || start == null || start.compareTo(to.toString()) <= 0;
        boolean endsInTime = from == null || end == null || end.compareTo(from.toString()) >= 0;
        return startsInTime && endsInTime;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, with the expected form
        }
        throw new GatewayException(ErrorCode.BAD_REQUEST, "'" + name + "' must be a date written YYYY-MM-DD");
    }
}
