package com.magdagateway.insz;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a resource take an {@link Insz} parameter: the raw text is validated before the method runs, and an invalid
 * number answers 400 {@code INSZ_INVALID} (JAX-RS wraps the failure; the problem mapper unwraps it).
 */
@Provider
public class InszParamConverter implements ParamConverterProvider {

    private final InszValidator validator;

    public InszParamConverter(InszValidator validator) {
        this.validator = validator;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Insz.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Insz>() {
            @Override
            public Insz fromString(String value) {
                return validator.parse(value);
            }

            @Override
            public String toString(Insz value) {
                return value.value();
            }
        };
    }
}
