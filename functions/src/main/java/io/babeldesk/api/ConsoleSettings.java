package io.babeldesk.api;

/**
 * How the editor console signs editors in. On AWS: the OIDC authorization-code flow with PKCE
 * against the issuer whose tokens the HTTP API's JWT authorizer accepts (a public client: no
 * secret). Under serve: the local editor token, when one is set.
 *
 * @param redirectUri where the issuer sends the browser back; null lets the page use its own address
 */
public record ConsoleSettings(String issuer, String authorizationEndpoint, String tokenEndpoint, String clientId,
                              String scope, String redirectUri, boolean localToken) {
    public static final ConsoleSettings NONE = new ConsoleSettings(null, null, null, null, null, null, false);

    boolean oidcConfigured() {
        return present(authorizationEndpoint) && present(tokenEndpoint) && present(clientId);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
