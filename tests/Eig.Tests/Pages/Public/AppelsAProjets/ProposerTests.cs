using System.Net;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Public.AppelsAProjets;

/// <summary>The call for projects' front door, /participer/administrations/proposer (the administrations page's
/// "Proposer un projet" button in the program's own files).</summary>
public class ProposerTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private const string Url = "/participer/administrations/proposer";

    [Fact]
    public async Task Get_NoOpenCall_SaysSoAndLeadsBackToTheAdministrationsPage()
    {
        var doc = await EigWebFactory.GetDocumentAsync(_f.NewClient(), Url);
        Assert.Contains("n'est pas ouvert", doc.QuerySelector("main")!.TextContent);
        Assert.NotNull(doc.QuerySelector("main a[href='/participer/administrations']"));
    }

    [Fact]
    public async Task Get_Anonymous_ShowsTheCallFromItsSettings_AndSignUpAsPorteurComingBackHere()
    {
        await AapDonnees.AppelPublieAsync(_f, criteres: 9);
        var doc = await EigWebFactory.GetDocumentAsync(_f.NewClient(), Url);
        var main = doc.QuerySelector("main")!;
        Assert.Contains("Les 9\u00a0critères de sélection", main.TextContent);
        Assert.Equal(9, main.QuerySelectorAll("#appel-criteres ~ ol li, section[aria-labelledby='appel-criteres'] ol li").Length);
        Assert.Contains("Directeur ou directrice technique", main.TextContent);
        Assert.Contains("30", main.QuerySelector("section[aria-labelledby='appel-profils']")!.TextContent);
        var retour = Uri.EscapeDataString(Url);
        Assert.NotNull(main.QuerySelector($"a[href='/compte/inscription?role=porteur&ReturnUrl={retour}']"));
        Assert.NotNull(main.QuerySelector($"a[href='/compte/connexion?ReturnUrl={retour}']"));
    }

    [Fact]
    public async Task Porteur_StartsTheDossierFromTheFrontDoor_ThenIsOfferedToResumeIt()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var client = _f.NewClient();
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        await _f.SignInAsAsync(client, porteur);

        using var start = await EigWebFactory.PostFormAsync(client, Url, new Dictionary<string, string> { ["appelId"] = appel.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.EndsWith("/etape/1", start.Headers.Location!.OriginalString);
        var dossier = await _f.WithDbAsync(db => db.DossiersProjets.SingleAsync(d => d.PorteurId == porteur.Id));

        var doc = await EigWebFactory.GetDocumentAsync(client, Url);
        Assert.NotNull(doc.QuerySelector($"main a[href='/espace-porteur/dossiers/{dossier.Id}']"));
        Assert.Contains(dossier.Reference, doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Candidate_IsToldTheirAccountIsNotAPorteurAccount()
    {
        await AapDonnees.AppelPublieAsync(_f);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Candidat));
        var doc = await EigWebFactory.GetDocumentAsync(client, Url);
        Assert.Contains("n'est pas un compte porteur", doc.QuerySelector("main")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("main form[action*='Commencer']"));
    }

    [Fact]
    public async Task Reglement_UploadedToTheCall_IsServedInlineToAnyone_AndNotForADraftCall()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var pdf = "%PDF-1.4\n% règlement\n"u8.ToArray();
        await _f.WithDbAsync(async db =>
        {
            var fichier = new FichierAap { NomFichier = "reglement-eig.pdf", Taille = pdf.Length, Contenu = pdf, DeposeLe = DateTime.UtcNow };
            db.FichiersAap.Add(fichier);
            (await db.AppelsAProjets.SingleAsync(a => a.Id == appel.Id)).ReglementFichierId = fichier.Id;
            await db.SaveChangesAsync();
        });
        var visitor = _f.NewClient();
        var doc = await EigWebFactory.GetDocumentAsync(visitor, Url);
        Assert.NotNull(doc.QuerySelector($"main a[href='/appels-a-projets/{appel.Id}/reglement']"));

        using var response = await visitor.GetAsync($"/appels-a-projets/{appel.Id}/reglement", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
