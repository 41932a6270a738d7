using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Infrastructure.DeuxInstances;

/// <summary>
/// The deployment guide, run: the service published, two instances in Production on one PostgreSQL database started
/// together (one migrates under the lock, the other waits), deploy/nginx-eig.conf in front of them (TLS, the
/// upstream of both, forwarded headers), and a journey across them: sign-up on A, confirmation on B, sign-in through
/// nginx, the session valid on both, a dossier started through nginx, the confirmation mail sent once although both
/// instances run the outbox sender. The data-protection keys are encrypted with a certificate, as the guide asks.
/// Runs in the PostgreSQL pass of CI (EIG_TEST_POSTGRES) with nginx installed; skipped otherwise.
/// </summary>
public sealed class DeuxInstancesDerriereNginxTests : IAsyncLifetime
{
    private readonly string _dossier = Directory.CreateTempSubdirectory("eig-deux-instances-").FullName;
    private readonly List<Process> _processus = [];
    private string? _nginxConf;
    private string Nginx => new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists) ?? "";

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_nginxConf is not null) await ExecuterAsync(Nginx, ["-p", _dossier, "-c", _nginxConf, "-s", "stop"], _dossier, TimeSpan.FromSeconds(20), verifier: false);
        foreach (var p in _processus)
        {
            try { if (!p.HasExited) p.Kill(entireProcessTree: true); await p.WaitForExitAsync(); } catch (InvalidOperationException) { }
            p.Dispose();
        }
        try { Directory.Delete(_dossier, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task DeuxInstancesDerriereNginx_UnParcoursLesTraverse()
    {
        Assert.SkipWhen(TestDatabase.PostgresServer is null, "EIG_TEST_POSTGRES absent : deux instances demandent PostgreSQL.");
        Assert.SkipWhen(Nginx.Length == 0, "nginx absent : test ignoré.");
        var ct = TestContext.Current.CancellationToken;
        var racine = Racine();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

        // 1. Published (from the build CI just made), as the guide's first step.
        var app = Path.Combine(_dossier, "app");
        await ExecuterAsync("dotnet", ["publish", Path.Combine(racine, "src", "Eig.Web"), "-c", configuration, "--no-build", "-o", app, "-nologo", "-v", "quiet"],
            racine, TimeSpan.FromMinutes(3));

        // 2. Certificates: the keys' (PKCS#12) and nginx's TLS one (PEM), made here as an operator would with openssl.
        var cles = Path.Combine(_dossier, "cles.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var demande = new CertificateRequest("CN=eig-cles", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var c = demande.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(cles, c.Export(X509ContentType.Pfx, "mdp-cles"));
        }
        var (tlsCrt, tlsKey) = (Path.Combine(_dossier, "tls.crt"), Path.Combine(_dossier, "tls.key"));
        using (var rsa = RSA.Create(2048))
        {
            var demande = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var c = demande.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllText(tlsCrt, c.ExportCertificatePem());
            File.WriteAllText(tlsKey, rsa.ExportPkcs8PrivateKeyPem());
        }

        // 3. Two instances started together on one empty database.
        await using var db = TestDatabase.Create();
        var (portA, portB, portHttp, portHttps) = (PortLibre(), PortLibre(), PortLibre(), PortLibre());
        var mails = Path.Combine(_dossier, "mails");
        Dictionary<string, string> Env(int port) => new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Eig"] = db.ConnectionString,
            ["Mail__Mode"] = "Pickup",
            ["Mail__PickupDirectory"] = mails,
            ["Mail__PollSeconds"] = "0.5",
            ["Mail__BaseUrl"] = $"https://127.0.0.1:{portHttps}",
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["DataProtection__Certificat__Chemin"] = cles,
            ["DataProtection__Certificat__MotDePasse"] = "mdp-cles",
            ["RateLimit__FormsPerMinute"] = "1000",
            ["Logging__Json"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var a = Demarrer(app, Env(portA), "a");
        var b = Demarrer(app, Env(portB), "b");
        await Task.WhenAll(PretAsync(portA, a, ct), PretAsync(portB, b, ct));

        // 4. deploy/'s nginx site, with this run's ports and certificate, in a minimal nginx.conf.
        var site = File.ReadAllText(Path.Combine(racine, "deploy", "nginx-eig.conf"))
            .Replace("127.0.0.1:5081", $"127.0.0.1:{portA}").Replace("127.0.0.1:5082", $"127.0.0.1:{portB}")
            .Replace("listen 80;", $"listen 127.0.0.1:{portHttp};").Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{portHttps} ssl http2;")
            .Replace("/etc/ssl/eig/fullchain.pem", tlsCrt).Replace("/etc/ssl/eig/privkey.pem", tlsKey);
        site = string.Join('\n', site.Split('\n').Where(l => !l.TrimStart().StartsWith("listen [::]", StringComparison.Ordinal)));
        Assert.Contains($"server 127.0.0.1:{portA}", site);
        Assert.Contains($"server 127.0.0.1:{portB}", site);
        File.WriteAllText(Path.Combine(_dossier, "site.conf"), site);
        var tmp = Path.Combine(_dossier, "tmp");
        Directory.CreateDirectory(tmp);
        _nginxConf = Path.Combine(_dossier, "nginx.conf");
        File.WriteAllText(_nginxConf, $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{_dossier}}/nginx.pid;
            error_log {{_dossier}}/nginx-error.log;
            events { worker_connections 256; }
            http {
              access_log {{_dossier}}/nginx-access.log;
              client_body_temp_path {{tmp}}; proxy_temp_path {{tmp}}; fastcgi_temp_path {{tmp}}; uwsgi_temp_path {{tmp}}; scgi_temp_path {{tmp}};
              include {{_dossier}}/site.conf;
            }
            """);
        await ExecuterAsync(Nginx, ["-p", _dossier, "-c", _nginxConf], _dossier, TimeSpan.FromSeconds(30));

        var jar = new Bocal();
        using var viaNginx = Client(jar, $"https://127.0.0.1:{portHttps}", directe: false);
        using var surA = Client(jar, $"http://127.0.0.1:{portA}", directe: true);
        using var surB = Client(jar, $"http://127.0.0.1:{portB}", directe: true);

        // The site's outer rules: HTTP → HTTPS, /metrics closed to the public.
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
        {
            var r = await http.GetAsync($"http://127.0.0.1:{portHttp}/appel-a-projets", ct);
            Assert.Equal(HttpStatusCode.MovedPermanently, r.StatusCode);
            Assert.StartsWith("https://", r.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await viaNginx.GetAsync("/metrics", ct)).StatusCode);
        var accueil = await viaNginx.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.OK, accueil.StatusCode);
        Assert.True(accueil.Headers.Contains("Strict-Transport-Security"), "HSTS absent derrière nginx (X-Forwarded-Proto ignoré ?)");

        // An open call, written as staff would have it (the migrations are already applied by the instances).
        Guid appelId;
        // With the keys' certificate too: without it, this host could not read the instances' keys and would add one in clear.
        await using (var f = new EigWebFactory
        {
            SharedDatabase = db,
            Settings = { ["DataProtection:Certificat:Chemin"] = cles, ["DataProtection:Certificat:MotDePasse"] = "mdp-cles" },
        })
            appelId = (await Eig.Tests.Pages.AapDonnees.AppelPublieAsync(f)).Id;

        // 5. Sign-up on A.
        var email = $"porteuse-{Guid.NewGuid().ToString("N")[..12]}@exemple.fr";
        const string motDePasse = "une phrase de passe assez longue";
        var inscription = await EigWebFactory.PostFormAsync(surA, "/compte/inscription", new Dictionary<string, string>
        {
            ["Input.Profil"] = Roles.Porteur, ["Input.NomComplet"] = "Camille Deux-Instances", ["Input.Email"] = email,
            ["Input.Password"] = motDePasse, ["Input.Confirmation"] = motDePasse,
        });
        Assert.Equal(HttpStatusCode.Redirect, inscription.StatusCode);

        // The confirmation mail, written by whichever instance's sender claimed it first: once.
        var mail = await MailAsync(mails, email, ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);   // both senders polled again meanwhile
        Assert.Single(MailReader.ReadFolder(mails), m => m.To == email);
        var lien = new Uri(mail.Link("/compte/confirmer-email")!);
        Assert.Equal(portHttps, lien.Port);

        // 6. Confirmed on B, signed in through nginx: the session holds on both instances.
        var confirmation = await surB.GetAsync(lien.PathAndQuery, ct);
        Assert.True(confirmation.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"confirmation : {confirmation.StatusCode}");
        var connexion = await EigWebFactory.LoginAsync(viaNginx, email, motDePasse);
        Assert.Equal(HttpStatusCode.Redirect, connexion.StatusCode);
        Assert.True(jar.Noms.Any(n => n.StartsWith("__Host-", StringComparison.Ordinal)), "cookies de production attendus (__Host-)");
        Assert.Equal(HttpStatusCode.OK, (await surA.GetAsync("/espace-porteur/dossiers", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await surB.GetAsync("/espace-porteur/dossiers", ct)).StatusCode);

        // 7. A dossier started through nginx, its form reached on the other instances too.
        var commencer = await EigWebFactory.PostFormAsync(viaNginx, "/espace-porteur/dossiers", new Dictionary<string, string> { ["appelId"] = appelId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, commencer.StatusCode);
        var etape = commencer.Headers.Location!.OriginalString;
        Assert.EndsWith("/etape/1", etape);
        Assert.Equal(HttpStatusCode.OK, (await surA.GetAsync(etape, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await surB.GetAsync(etape, ct)).StatusCode);
        await using (var ctx = db.CreateContext())
        {
            var porteur = await ctx.Users.SingleAsync(u => u.Email == email, ct);
            Assert.True(porteur.EmailConfirmed);
            Assert.Equal(1, await ctx.DossiersProjets.CountAsync(d => d.PorteurId == porteur.Id, ct));
            Assert.Equal(1, await ctx.Outbox.CountAsync(m => m.A == email && m.EnvoyeLe != null, ct));
            Assert.True(await ctx.DataProtectionKeys.AllAsync(k => k.Xml!.Contains("encryptedSecret"), ct), "clés stockées en clair");
        }

        Assert.False(a.HasExited || b.HasExited, "une instance s'est arrêtée");
    }

    private static async Task<SentMail> MailAsync(string dossier, string email, CancellationToken ct)
    {
        var fin = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < fin)
        {
            if (MailReader.ReadFolder(dossier).FirstOrDefault(m => m.To == email) is { } m) return m;
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"aucun mail pour {email} dans {dossier}");
    }

    private Process Demarrer(string app, Dictionary<string, string> env, string nom)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(app, "Eig.Web.dll")])
        {
            WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (k, v) in env) info.Environment[k] = v;
        var p = Process.Start(info)!;
        _processus.Add(p);
        var journal = new StreamWriter(Path.Combine(_dossier, $"instance-{nom}.log")) { AutoFlush = true };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (journal) journal.WriteLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (journal) journal.WriteLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private async Task PretAsync(int port, Process p, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var fin = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < fin)
        {
            if (p.HasExited) break;
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/sante", ct)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(300, ct);
        }
        var journaux = string.Join("\n", Directory.GetFiles(_dossier, "instance-*.log").Select(f => f + ":\n" + File.ReadAllText(f)));
        Assert.Fail($"l'instance du port {port} n'a pas démarré (code {(p.HasExited ? p.ExitCode : -1)}) :\n{journaux[^Math.Min(journaux.Length, 4000)..]}");
    }

    private static async Task ExecuterAsync(string fichier, string[] args, string dossier, TimeSpan delai, bool verifier = true)
    {
        var info = new ProcessStartInfo(fichier, args)
        {
            WorkingDirectory = dossier, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var p = Process.Start(info)!;
        var sortie = p.StandardOutput.ReadToEndAsync();
        var erreurs = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(delai);
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { p.Kill(entireProcessTree: true); throw new TimeoutException($"{fichier} {string.Join(' ', args)} : plus de {delai}"); }
        if (verifier && p.ExitCode != 0)
            Assert.Fail($"{fichier} {string.Join(' ', args)} : code {p.ExitCode}\n{await sortie}\n{await erreurs}");
    }

    private static string Racine()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Eig.slnx"))) return d.FullName;
        throw new InvalidOperationException("Eig.slnx introuvable au-dessus de " + AppContext.BaseDirectory);
    }

    private static int PortLibre()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static HttpClient Client(Bocal jar, string baseAddress, bool directe)
    {
        var socket = new SocketsHttpHandler
        {
            AllowAutoRedirect = false, UseCookies = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };
        return new HttpClient(new AvecCookies(jar, directe) { InnerHandler = socket }) { BaseAddress = new Uri(baseAddress) };
    }

    /// <summary>One browser's cookies for the three addresses (nginx, A, B): the Secure ones are sent to the
    /// instances' plain-HTTP loopback ports too, as nginx would forward them.</summary>
    private sealed class Bocal
    {
        private readonly Dictionary<string, string> _cookies = [];
        public IReadOnlyCollection<string> Noms { get { lock (_cookies) return [.. _cookies.Keys]; } }

        public string? Entete() { lock (_cookies) return _cookies.Count == 0 ? null : string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")); }

        public void Lire(HttpResponseMessage r)
        {
            if (!r.Headers.TryGetValues("Set-Cookie", out var valeurs)) return;
            lock (_cookies)
                foreach (var v in valeurs)
                {
                    var paire = v.Split(';', 2)[0];
                    var i = paire.IndexOf('=');
                    var (nom, valeur) = (paire[..i].Trim(), paire[(i + 1)..].Trim());
                    var expire = v.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || valeur.Length == 0;
                    if (expire) _cookies.Remove(nom); else _cookies[nom] = valeur;
                }
        }
    }

    /// <summary>Directly on an instance, the client stands where nginx stands (loopback, a trusted proxy) and says
    /// what nginx says: the visitor came over HTTPS.</summary>
    private sealed class AvecCookies(Bocal jar, bool directe) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (jar.Entete() is { } cookies) request.Headers.Add("Cookie", cookies);
            // The site's name, as a browser sends it (HSTS is never sent to a bare 127.0.0.1).
            if (!directe) request.Headers.Host = "eig.numerique.gouv.fr";
            else
            {
                request.Headers.Add("X-Forwarded-Proto", "https");
                request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            }
            var r = await base.SendAsync(request, ct);
            jar.Lire(r);
            return r;
        }
    }
}
