using System.Net;
using System.Net.Sockets;
using System.Text;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Fichiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

/// <summary>An antivirus that answers what the test says.</summary>
public sealed class AntivirusDeTest(ResultatAnalyse resultat) : IAntivirus
{
    public int Analyses;
    public Task<ResultatAnalyse> AnalyserAsync(byte[] contenu, CancellationToken ct = default)
    {
        Interlocked.Increment(ref Analyses);
        return Task.FromResult(resultat);
    }
}

/// <summary>Finding 7: attachments kept the uploader's name and extension (annexe.hta, a right-to-left override),
/// only five bytes were checked, and no antivirus could be plugged in. One upload check now serves every form.</summary>
public class TeleversementTests
{
    private static async Task<(EigWebFactory F, HttpClient Client, string Url)> DossierAsync(IAntivirus? antivirus = null)
    {
        var f = new EigWebFactory { ServicesDeTest = antivirus is null ? null : s => s.AddSingleton(antivirus) };
        var appel = await AapDonnees.AppelPublieAsync(f);
        var porteur = await f.CreateUserAsync(Roles.Porteur);
        var client = f.NewClient();
        await f.SignInAsAsync(client, porteur);
        var d = await AapDonnees.DossierAsync(f, appel.Id, porteur.Id, deposer: false);
        return (f, client, $"/espace-porteur/dossiers/{d.Id}/pieces-jointes");
    }

    private static async Task<HttpResponseMessage> EnvoyerAsync(HttpClient client, string url, byte[] contenu, string nom)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        var form = doc.QuerySelector("form[enctype='multipart/form-data']")!;
        var token = form.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), EigWebFactory.AntiforgeryField },
            { new ByteArrayContent(contenu), "Input.Fichier", nom },
        };
        return await client.PostAsync(url, content);
    }

    private static async Task<string> ErreurAsync(HttpResponseMessage r) =>
        (await EigWebFactory.ParseAsync(r)).QuerySelector(".fr-error-text")!.TextContent.Trim();

    [Fact]
    public async Task HostileName_IsKeptAsTextOnly_TheFileIsServedUnderAPlatformName()
    {
        var (f, client, url) = await DossierAsync();
        await using var _ = f;

        using var r = await EnvoyerAsync(client, url, PdfDeTest.Simple(), "annexe\u202Egpj.hta");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var stored = await f.WithDbAsync(db => db.FichiersAap.SingleAsync());
        Assert.Equal("annexegpj.hta", stored.NomFichier);
        using var telecharge = await client.GetAsync($"{url}?handler=Telecharger&fichierId={stored.Id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, telecharge.StatusCode);
        var nom = telecharge.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.Matches("^piece-jointe-[0-9a-f]{12}\\.pdf$", nom);
        Assert.Equal("application/pdf", telecharge.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task FiveMagicBytes_AreNotAPdf()
    {
        var (f, client, url) = await DossierAsync();
        await using var _ = f;

        using var r = await EnvoyerAsync(client, url, "%PDF-1.7\n<script>alert(1)</script>\n%%EOF"u8.ToArray(), "faux.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(Televersement.ErreurEndommage, await ErreurAsync(r));
        Assert.Equal(0, await f.WithDbAsync(db => db.FichiersAap.CountAsync()));
    }

    public static TheoryData<string, byte[]> PdfsActifs => new()
    {
        { "javascript", PdfDeTest.AvecJavaScript() },
        { "lancement", PdfDeTest.AvecLancement() },
        // The name written with #xx escapes, as scanners that read names literally miss it.
        { "echappement", Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(PdfDeTest.AvecJavaScript()).Replace("/JavaScript", "/J#61vaScript")) },
    };

    [Theory]
    [MemberData(nameof(PdfsActifs))]
    public async Task PdfWithActiveContent_IsRefused(string sorte, byte[] pdf)
    {
        var (f, client, url) = await DossierAsync();
        await using var _ = f;

        using var r = await EnvoyerAsync(client, url, pdf, $"{sorte}.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(Televersement.ErreurContenuActif, await ErreurAsync(r));
        Assert.Equal(0, await f.WithDbAsync(db => db.FichiersAap.CountAsync()));
    }

    [Theory]
    [InlineData(ResultatAnalyse.Infecte, Televersement.ErreurVirus)]
    [InlineData(ResultatAnalyse.Indisponible, Televersement.ErreurAntivirusIndisponible)]
    public async Task WithAnAntivirus_NothingIsStoredUnlessItSaysClean(ResultatAnalyse resultat, string message)
    {
        var antivirus = new AntivirusDeTest(resultat);
        var (f, client, url) = await DossierAsync(antivirus);
        await using var _ = f;

        using var r = await EnvoyerAsync(client, url, PdfDeTest.Simple(), "etude.pdf");

        Assert.Equal(1, antivirus.Analyses);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(message, await ErreurAsync(r));
        Assert.Equal(0, await f.WithDbAsync(db => db.FichiersAap.CountAsync()));
    }

    /// <summary>A stand-in for clamd speaking its INSTREAM protocol: reads the chunks, answers like ClamAV.</summary>
    private static async Task<int> FauxClamdAsync(Func<byte[], string> reponse)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _ = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            await using var s = client.GetStream();
            var commande = new byte[10];
            await s.ReadExactlyAsync(commande);
            using var recu = new MemoryStream();
            var longueur = new byte[4];
            while (true)
            {
                await s.ReadExactlyAsync(longueur);
                var n = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(longueur);
                if (n == 0) break;
                var morceau = new byte[n];
                await s.ReadExactlyAsync(morceau);
                recu.Write(morceau);
            }
            await s.WriteAsync(Encoding.ASCII.GetBytes(reponse(recu.ToArray()) + "\0"));
            listener.Stop();
        });
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    [Fact]
    public async Task ClamAvClient_SendsTheFile_AndReadsTheVerdict()
    {
        string Verdict(byte[] b) => Encoding.ASCII.GetString(b).Contains("EICAR") ? "stream: Eicar-Test-Signature FOUND" : "stream: OK";
        var infecte = new ClamAvDaemon("127.0.0.1", await FauxClamdAsync(Verdict), NullLogger<ClamAvDaemon>.Instance);
        var sain = new ClamAvDaemon("127.0.0.1", await FauxClamdAsync(Verdict), NullLogger<ClamAvDaemon>.Instance);
        var absent = new ClamAvDaemon("127.0.0.1", 1, NullLogger<ClamAvDaemon>.Instance);

        Assert.Equal(ResultatAnalyse.Infecte, await infecte.AnalyserAsync(Encoding.ASCII.GetBytes(Eicar), TestContext.Current.CancellationToken));
        Assert.Equal(ResultatAnalyse.Sain, await sain.AnalyserAsync(PdfDeTest.Simple(), TestContext.Current.CancellationToken));
        Assert.Equal(ResultatAnalyse.Indisponible, await absent.AnalyserAsync(PdfDeTest.Simple(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RealClamAv_RecognisesEicar_WhenADaemonIsInstalled()
    {
        var host = Environment.GetEnvironmentVariable("EIG_TEST_CLAMAV") ?? "127.0.0.1";
        using (var probe = new TcpClient())
        {
            try { await probe.ConnectAsync(host, 3310, TestContext.Current.CancellationToken); }
            catch (SocketException) { Assert.Skip($"Pas de démon ClamAV sur {host}:3310 (installez clamav-daemon pour ce test)."); }
        }
        var clamav = new ClamAvDaemon(host, 3310, NullLogger<ClamAvDaemon>.Instance);

        Assert.Equal(ResultatAnalyse.Infecte, await clamav.AnalyserAsync(Encoding.ASCII.GetBytes(Eicar), TestContext.Current.CancellationToken));
        Assert.Equal(ResultatAnalyse.Sain, await clamav.AnalyserAsync(PdfDeTest.Simple(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ImagesAreCheckedToTheirEnd_NotJustTheirHeader()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[40]];
        Assert.False(VerificationImage.Complete(png, "image/png"));
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, .. "<?php system($_GET['c']); ?>"u8.ToArray()];
        Assert.False(VerificationImage.Complete(jpeg, "image/jpeg"));
        byte[] jpegComplet = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9];
        Assert.True(VerificationImage.Complete(jpegComplet, "image/jpeg"));
    }
}
