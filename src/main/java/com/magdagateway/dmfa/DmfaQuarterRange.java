package com.magdagateway.dmfa;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** The quarters a DmfA consultation asks about, inclusive at both ends; a missing bound is unbounded. */
public record DmfaQuarterRange(DmfaQuarter from, DmfaQuarter to) {

    public static final DmfaQuarterRange UNBOUNDED = new DmfaQuarterRange(null, null);

    /** Parses the query parameters or throws 400 {@code BAD_REQUEST}; blank means absent. */
    public static DmfaQuarterRange parse(String fromQuarter, String toQuarter) {
        DmfaQuarterRange range = new DmfaQuarterRange(quarter("fromQuarter", fromQuarter),
                quarter("toQuarter", toQuarter));
        if (range.from != null && range.to != null && range.from.isAfter(range.to)) {
            throw new GatewayException(ErrorCode.BAD_REQUEST, "'fromQuarter' must not be after 'toQuarter'");
        }
        return range;
    }

    public boolean contains(DmfaQuarter quarter) {
        return (from == null || !from.isAfter(quarter)) && (to == null || !quarter.isAfter(to));
    }

    private static DmfaQuarter quarter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DmfaQuarter.parse(value).orElseThrow(() -> new GatewayException(ErrorCode.BAD_REQUEST,
                "'" + name + "' must be a quarter written YYYYQn with n from 1 to 4, e.g. 2023Q2"));
    }
}
