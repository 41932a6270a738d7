// A real OpenID Connect provider (oidc-provider, pinned in package-lock.json) configured like ProConnect, for the
// tests only: code flow with PKCE, state and nonce, ProConnect's scopes and claims, its acr values, a signed
// userinfo (ProConnect answers application/jwt), logout at the provider. Accounts and the client come from the
// environment; the login form is plain HTML (login, password, "second factor") so that a browser can fill it.
//
//   OIDC_PORT=9100 OIDC_CLIENT='{"client_id":…,"client_secret":…,"redirect_uris":[…],"post_logout_redirect_uris":[…]}'
//   OIDC_ACCOUNTS='{"agent@x.gouv.fr":{"password":"…","uid":"…","given_name":"…","usual_name":"…","siret":"…","idp_id":"…"}}'
//   node provider.mjs      → prints "oidc-provider prêt sur http://127.0.0.1:9100" when it listens
import http from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 9100);
const issuer = `http://127.0.0.1:${port}`;
const client = JSON.parse(process.env.OIDC_CLIENT);
// By login (the address typed in the form); ProConnect's sub is the account's uid.
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '{}');
const byUid = Object.fromEntries(Object.entries(accounts).map(([login, a]) => [a.uid, { login, ...a }]));

export const ACR_EIDAS1 = 'eidas1';
export const ACR_MFA = ['https://proconnect.gouv.fr/assurance/self-asserted-2fa', 'https://proconnect.gouv.fr/assurance/consistency-checked-2fa'];
const claimsOf = ['email', 'given_name', 'usual_name', 'siret', 'uid', 'idp_id'];

const provider = new Provider(issuer, {
  clients: [{
    response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post',
    id_token_signed_response_alg: 'RS256', userinfo_signed_response_alg: 'RS256', ...client,
  }],
  // ProConnect: one scope per claim.
  scopes: ['openid', ...claimsOf],
  claims: Object.fromEntries([['acr', null], ['amr', null], ...claimsOf.map((c) => [c, [c]])]),
  acrValues: [ACR_EIDAS1, ...ACR_MFA],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    claimsParameter: { enabled: true },
    jwtUserinfo: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  cookies: { keys: ['cle-de-test-seulement'] },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60, IdToken: 3600, AccessToken: 3600 },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const a = byUid[sub];
    if (!a) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, email: a.login, given_name: a.given_name, usual_name: a.usual_name, siret: a.siret, uid: a.uid, idp_id: a.idp_id };
      },
    };
  },
});
provider.proxy = false;

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (uid, error) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fournisseur d'identité de test</title></head>
<body><main><h1>Fournisseur d'identité de test</h1>${error ? `<p role="alert">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login">
<label for="login">Adresse électronique</label><input id="login" name="login" type="email" required autocomplete="username">
<label for="password">Mot de passe</label><input id="password" name="password" type="password" required autocomplete="current-password">
<input id="mfa" name="mfa" type="checkbox" value="1"><label for="mfa">Second facteur</label>
<button type="submit">Se connecter</button></form></main></body></html>`;

const body = (req) => new Promise((resolve, reject) => {
  let data = '';
  req.on('data', (c) => { data += c; });
  req.on('end', () => resolve(new URLSearchParams(data)));
  req.on('error', reject);
});

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  const m = /^\/interaction\/([^/?]+)(\/login)?/.exec(req.url);
  if (!m) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid));
    }
    const form = await body(req);
    const login = form.get('login');
    const account = accounts[login];
    if (!account || account.password !== form.get('password')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid, 'Identifiant ou mot de passe incorrect.'));
    }
    const mfa = form.get('mfa') === '1';
    const grant = new provider.Grant({ accountId: account.uid, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    grant.addOIDCClaims(['acr', 'amr', ...claimsOf]);
    const result = {
      login: { accountId: account.uid, acr: mfa ? ACR_MFA[0] : ACR_EIDAS1, amr: mfa ? ['pwd', 'totp', 'mfa'] : ['pwd'] },
      consent: { grantId: await grant.save() },
    };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  } catch (err) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Erreur du fournisseur de test : ${err.message}`);
  }
});
server.listen(port, '127.0.0.1', () => console.log(`oidc-provider prêt sur ${issuer}`));
