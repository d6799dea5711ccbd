package io.babeldesk.api;

/** A request the API refuses, with the HTTP status and the stable code to answer with. */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;

    public ApiProblem(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public ApiResponse toResponse() {
        return ApiResponse.problem(status, code, getMessage());
    }
}
