package com.magdagateway.api;

import java.util.List;

/** The success envelope shared by every person-data and registration resource. */
public record ApiResponse<T>(T data, List<ApiWarning> warnings, ApiSource source) {
}
