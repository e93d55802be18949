package com.magdagateway.insz;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** Checks an INSZ before anything else happens: 11 digits, a possible month field and a matching check number. */
@ApplicationScoped
public class InszValidator {

    private final boolean allowTestNumbers;

    public InszValidator(@ConfigProperty(name = "gateway.allow-test-numbers", defaultValue = "false") boolean allowTestNumbers) {
        this.allowTestNumbers = allowTestNumbers;
    }

    /** Returns the validated number or throws 400 {@code INSZ_INVALID}. */
    public Insz parse(String raw) {
        return parse(raw, allowTestNumbers);
    }

    static Insz parse(String raw, boolean allowTestNumbers) {
        if (raw == null || raw.length() != 11 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid("An INSZ has exactly 11 digits");
        }
        int month = Integer.parseInt(raw.substring(2, 4));
        Insz.Kind kind = kindOf(month, allowTestNumbers);
        if (!checkDigitsMatch(raw)) {
            throw invalid("The check digits of this INSZ do not match");
        }
        return new Insz(raw, kind);
    }

    private static Insz.Kind kindOf(int month, boolean allowTestNumbers) {
        if (month <= 12) {
            return Insz.Kind.NATIONAL_REGISTER;
        }
        if ((month >= 20 && month <= 32) || (month >= 40 && month <= 52)) {
            return Insz.Kind.BIS;
        }
        if (month >= 60 && month <= 72) {
            if (allowTestNumbers) {
                return Insz.Kind.TEST;
            }
            throw invalid("Test (TST) numbers are not accepted by this deployment");
        }
        throw invalid("The month field of this INSZ is impossible");
    }

    /** Born before 2000: 97 - (first nine digits mod 97); from 2000 on the nine digits are prefixed with 2. */
    static boolean checkDigitsMatch(String raw) {
        long base = Long.parseLong(raw.substring(0, 9));
        int check = Integer.parseInt(raw.substring(9));
        return check == 97 - (int) (base % 97) || check == 97 - (int) ((2_000_000_000L + base) % 97);
    }

    private static GatewayException invalid(String detail) {
        return new GatewayException(ErrorCode.INSZ_INVALID, detail);
    }
}
