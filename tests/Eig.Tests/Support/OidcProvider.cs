using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Eig.Tests.Support;

/// <summary>An account of the test identity provider, with ProConnect's claims.</summary>
public sealed record ProConnectAgent(string Email, string Password, string Uid, string GivenName, string UsualName, string Siret,
    string IdpId = "fia1v2");

/// <summary>
/// A real OpenID Connect provider (oidc-provider from npm, pinned in tests/oidc/package-lock.json and installed by
/// the build) configured like ProConnect, started as a node process for one test class and stopped with it.
/// Point the app at it with <see cref="Settings"/>; walk its login form with <see cref="SeConnecterAsync"/>.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "eig-tests";
    public const string ClientSecret = "secret-des-tests-seulement";

    private readonly Process _node;
    public Uri Issuer { get; }

    private OidcProvider(Process node, Uri issuer) { _node = node; Issuer = issuer; }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public static string Folder
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "tests", "oidc", "provider.mjs"))) return Path.Combine(d.FullName, "tests", "oidc");
            throw new InvalidOperationException("tests/oidc/provider.mjs introuvable.");
        }
    }

    /// <param name="appBaseUrls">Where the app runs (its redirect and post-logout URIs are registered there).</param>
    public static async Task<OidcProvider> StartAsync(IEnumerable<ProConnectAgent> agents, params string[] appBaseUrls)
    {
        var folder = Folder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
            throw new InvalidOperationException($"oidc-provider n'est pas installé dans {folder} : la construction de Eig.Tests lance npm ci.");
        var port = FreePort();
        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var bases = appBaseUrls.Select(u => u.TrimEnd('/')).ToArray();
        start.Environment["OIDC_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["OIDC_CLIENT"] = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
            ["redirect_uris"] = bases.Select(b => b + "/signin-proconnect").ToArray(),
            ["post_logout_redirect_uris"] = bases.Select(b => b + "/signout-callback-proconnect").ToArray(),
        });
        start.Environment["OIDC_ACCOUNTS"] = JsonSerializer.Serialize(agents.ToDictionary(a => a.Email, a => new Dictionary<string, string>
        {
            ["password"] = a.Password, ["uid"] = a.Uid, ["given_name"] = a.GivenName, ["usual_name"] = a.UsualName,
            ["siret"] = a.Siret, ["idp_id"] = a.IdpId,
        }));
        var node = Process.Start(start) ?? throw new InvalidOperationException("node n'a pas démarré.");
        var pret = new TaskCompletionSource();
        var erreurs = new System.Text.StringBuilder();
        node.OutputDataReceived += (_, e) => { if (e.Data?.Contains("prêt", StringComparison.Ordinal) == true) pret.TrySetResult(); };
        node.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (erreurs) erreurs.AppendLine(e.Data); };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        var fini = await Task.WhenAny(pret.Task, node.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (fini != pret.Task)
        {
            try { node.Kill(true); } catch (InvalidOperationException) { }
            throw new InvalidOperationException("oidc-provider n'a pas démarré : " + erreurs);
        }
        return new OidcProvider(node, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>The app's configuration keys for this provider.</summary>
    public Dictionary<string, string?> Settings(bool staffMfa = false) => new()
    {
        ["ProConnect:Authority"] = Issuer.ToString(),
        ["ProConnect:ClientId"] = ClientId,
        ["ProConnect:ClientSecret"] = ClientSecret,
        ["ProConnect:RequireHttpsMetadata"] = "false",
        ["ProConnect:StaffMfa"] = staffMfa ? "true" : "false",
    };

    /// <summary>Plays the person at the provider: from the authorization URL the app redirected to, through the
    /// login form, to the URL the provider sends back to the app (its callback with code and state).</summary>
    public static async Task<Uri> SeConnecterAsync(HttpClient navigateur, Uri autorisation, ProConnectAgent agent, bool mfa = false)
    {
        var url = autorisation;
        for (var i = 0; i < 20; i++)
        {
            if (!url.IsLoopback || url.Port != autorisation.Port) return url; // back to the app
            var r = await navigateur.GetAsync(url);
            if ((int)r.StatusCode is >= 300 and < 400)
            {
                url = new Uri(url, r.Headers.Location!);
                continue;
            }
            var html = await r.Content.ReadAsStringAsync();
            var action = System.Text.RegularExpressions.Regex.Match(html, "action=\"([^\"]+/login)\"");
            if (!r.IsSuccessStatusCode || !action.Success) throw new InvalidOperationException($"Page inattendue du fournisseur ({(int)r.StatusCode}) : {html}");
            var champs = new Dictionary<string, string> { ["login"] = agent.Email, ["password"] = agent.Password };
            if (mfa) champs["mfa"] = "1";
            var post = await navigateur.PostAsync(new Uri(url, action.Groups[1].Value), new FormUrlEncodedContent(champs));
            if ((int)post.StatusCode is < 300 or >= 400)
                throw new InvalidOperationException($"Connexion refusée par le fournisseur : {await post.Content.ReadAsStringAsync()}");
            url = new Uri(url, post.Headers.Location!);
        }
        throw new InvalidOperationException("Trop de redirections chez le fournisseur.");
    }

    /// <summary>A client for the provider's side, as a browser: its cookies, no automatic redirects.</summary>
    public static HttpClient Navigateur() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });

    public async ValueTask DisposeAsync()
    {
        try { if (!_node.HasExited) _node.Kill(true); } catch (InvalidOperationException) { }
        await _node.WaitForExitAsync();
        _node.Dispose();
    }
}
