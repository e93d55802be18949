package com.magdagateway.support;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Requests as a well-behaved HR application sends them: a dev-key token and an entity it is granted. */
public final class Api {

    public static final String ISSUER = "https://idp.dev.magda-gateway";
    /** The audience dev and test expect ({@code mp.jwt.verify.audiences}); prod sets MP_JWT_VERIFY_AUDIENCES. */
    public static final String AUDIENCE = "magda-gateway";
    public static final String CLIENT = "hr-app";
    /** Seeded in db/dev: a KSZ-linked department granted to hr-app. */
    public static final String ENTITY = "DWSE";

    private static final PrivateKey KEY = readKey();

    private Api() {
    }

    public static RequestSpecification consult() {
        return as(CLIENT, "consult").header("X-Entity", ENTITY);
    }

    public static RequestSpecification as(String client, String... roles) {
        return given().auth().oauth2(token(client, roles));
    }

    public static String token(String client, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(client).upn(client).groups(Set.of(roles))
                .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign(KEY);
    }

    public static String expiredToken(String client, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(client).groups(Set.of(roles))
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign(KEY);
    }

    public static PrivateKey key() {
        return KEY;
    }

    private static PrivateKey readKey() {
        try {
            return KeyUtils.decodePrivateKey(java.nio.file.Files.readString(Path.of("dev/jwt/privateKey.pem")));
        } catch (Exception e) {
            throw new IllegalStateException("dev/jwt/privateKey.pem is missing", e);
        }
    }
}
